// Shared test data on a real database: the seed plan and users of each role.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Viewer, Role } from "@/lib/auth/permissions.ts";
import { importPlan } from "@/lib/data/plans/import-plan.ts";
import { parseNotice } from "@/lib/domain/notice/parse-notice.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";

export const SEED_NOTICE_PATH = path.join(process.cwd(), "seeds", "jining-2023-key-tasks.txt");

/** Imports the 2023 notice; returns the plan id. */
export async function seedPlan(prisma: PrismaClient): Promise<number> {
  const text = readFileSync(SEED_NOTICE_PATH, "utf8");
  return (await importPlan(prisma, parseNotice(text), text)).planId;
}

let counter = 0;
/** A user row (with a cheap placeholder hash: these users never sign in with a password). */
export async function createViewer(prisma: PrismaClient, role: Role, unitId: number | null = null): Promise<Viewer> {
  counter += 1;
  const login = `t${role.toLowerCase()}${counter}${Math.random().toString(36).slice(2, 6)}`;
  const user = await prisma.user.create({
    data: { login, displayName: `测试${role}${counter}`, role, unitId, passwordHash: "x" },
  });
  return { id: user.id, role, unitId, name: user.displayName };
}

/** A measure with its owning unit ids, lead first (task 1 measure 3: 人事科 leads, 机关党委 co-owns). */
export async function measureByNumbers(prisma: PrismaClient, planId: number, task: number, measure: number) {
  const m = await prisma.measure.findFirstOrThrow({
    where: { planId, number: measure, task: { number: task } },
    include: { units: { orderBy: { position: "asc" } }, indicators: { orderBy: { position: "asc" } } },
  });
  return { id: m.id, unitIds: m.units.map((u) => u.unitId), indicatorIds: m.indicators.map((i) => i.id) };
}
