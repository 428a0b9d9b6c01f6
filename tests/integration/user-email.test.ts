// A user's e-mail address (where notifications are mailed when SMTP is configured): set on the
// admin forms, validated with a Chinese message, audited; blank clears it, leaving it out keeps it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { userInputSchema } from "@/lib/data/users/create-user.ts";
import { registerUser } from "@/lib/data/users/register-user.ts";
import { updateUser, updateUserInputSchema } from "@/lib/data/users/update-user.ts";
import { installTestDb } from "../helpers/app-db.ts";
import { createViewer } from "../helpers/factories.ts";
import { testBackendName, type TestDb } from "../helpers/test-db.ts";

describe(`user e-mail address (${testBackendName()})`, () => {
  let db: TestDb;
  let admin: Viewer;

  beforeAll(async () => {
    db = await installTestDb();
    admin = await createViewer(db.prisma, "ADMIN");
  });
  afterAll(async () => {
    await db?.drop();
  });

  const form = { login: "zhangsan", displayName: "张三", password: "correct-horse-9", role: "LEADER", unitId: "" };
  const stored = (id: number) => db.prisma.user.findUniqueOrThrow({ where: { id }, select: { email: true, updatedAt: true } });

  it("refuses an address that is not one, in Chinese", () => {
    const parsed = userInputSchema.safeParse({ ...form, email: "zhangsan@" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["email", "请填写有效的电子邮箱地址，或留空。"]]);
  });

  it("stores it (trimmed, lower case) on creation, audited; blank means none", async () => {
    const { id } = await registerUser(admin, userInputSchema.parse({ ...form, email: "  ZhangSan@Example.org " }));
    expect((await stored(id)).email).toBe("zhangsan@example.org");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.create", entityId: String(id) } });
    expect(audit.after).toMatchObject({ email: "zhangsan@example.org" });
    const none = await registerUser(admin, userInputSchema.parse({ ...form, login: "lisi", email: "" }));
    expect((await stored(none.id)).email).toBeNull();
  });

  it("changes, keeps (left out) and clears (blank) it on the edit form", async () => {
    const id = (await db.prisma.user.findUniqueOrThrow({ where: { login: "zhangsan" } })).id;
    const edit = async (email?: string) => {
      const { updatedAt } = await stored(id);
      const input = {
        userId: String(id),
        updatedAt: updatedAt.toISOString(),
        displayName: "张三",
        role: "LEADER",
        unitId: "",
        ...(email === undefined ? {} : { email }),
      };
      return updateUser(admin, updateUserInputSchema.parse(input));
    };
    expect((await edit("zs@example.org")).changed).toBe(true);
    expect((await stored(id)).email).toBe("zs@example.org");
    expect((await edit()).changed).toBe(false);
    expect((await stored(id)).email).toBe("zs@example.org");
    expect((await edit("")).changed).toBe(true);
    expect((await stored(id)).email).toBeNull();
    const audits = await db.prisma.auditEvent.findMany({ where: { action: "user.update", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [(a.before as { email: string | null }).email, (a.after as { email: string | null }).email])).toEqual([
      ["zhangsan@example.org", "zs@example.org"],
      ["zs@example.org", null],
    ]);
  });
});
