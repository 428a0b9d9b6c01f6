// Demo accounts, created only when the database is seeded as a demo (`npm run seed -- --demo`,
// which `npm start` does on the embedded database). Never on a production start.
import type { PrismaClient } from "../lib/generated/prisma/client.ts";
import { createUser } from "../lib/data/users/create-user.ts";
import { mutate } from "../lib/data/mutate.ts";

export const DEMO_PASSWORD = "demo2023duban";

/** The bureau's accounts; reporters are unit01…unitNN in the order units appear in the notice. */
export const DEMO_BUREAU = [
  { login: "admin", displayName: "系统管理员", role: "ADMIN" },
  { login: "coordinator", displayName: "督办科 王明", role: "COORDINATOR" },
  { login: "leader", displayName: "局领导 李华", role: "LEADER" },
] as const;

export function demoReporterLogin(index: number): string {
  return `unit${String(index + 1).padStart(2, "0")}`;
}

/** Creates the demo accounts when there are no accounts yet; returns how many were created. */
export async function seedDemoAccounts(prisma: PrismaClient): Promise<number> {
  if ((await prisma.user.count()) > 0) return 0;
  // Units were created in the order of the notice, so ids give that order.
  const units = await prisma.unit.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } });
  return mutate(null, { permission: "system", db: prisma, touches: { pages: ["/admin/users"] }, timeout: 120_000 }, async (tx) => {
    for (const account of DEMO_BUREAU) {
      await createUser(tx, null, { ...account, password: DEMO_PASSWORD, unitId: null });
    }
    for (const [i, unit] of units.entries()) {
      await createUser(tx, null, {
        login: demoReporterLogin(i),
        displayName: `${unit.name}填报员`,
        role: "REPORTER",
        unitId: unit.id,
        password: DEMO_PASSWORD,
      });
    }
    return DEMO_BUREAU.length + units.length;
  });
}
