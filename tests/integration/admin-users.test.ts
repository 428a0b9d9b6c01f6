// The administration data functions on the real database: each change lands with exactly one
// audit event in the same transaction (or neither does), only ADMIN may call them, one active
// administrator always remains, and two admins editing one record never overwrite each other.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password.ts";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events.ts";
import { listManagedUnits } from "@/lib/data/units/list-managed-units.ts";
import { listUnitOptions } from "@/lib/data/units/list-unit-options.ts";
import { renameUnit } from "@/lib/data/units/rename-unit.ts";
import { LOGIN_TAKEN, userInputSchema } from "@/lib/data/users/create-user.ts";
import { getActiveViewer } from "@/lib/data/users/get-session-viewer.ts";
import { getUserById } from "@/lib/data/users/get-user-by-id.ts";
import { listUsers } from "@/lib/data/users/list-users.ts";
import { registerUser } from "@/lib/data/users/register-user.ts";
import { resetPassword, resetPasswordInputSchema } from "@/lib/data/users/reset-password.ts";
import { setUserActive } from "@/lib/data/users/set-user-active.ts";
import { updateUser, updateUserInputSchema } from "@/lib/data/users/update-user.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { createViewer, seedPlan } from "../helpers/factories.ts";
import { createTestDb, testBackendName, useAsAppDb, type TestDb } from "../helpers/test-db.ts";

// Lets a test make the audit write fail *after* it ran, inside the caller's transaction: the
// change it belongs to must then disappear with it.
const auditFault = vi.hoisted(() => ({ fail: false }));
vi.mock("@/lib/data/audit/record-audit.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/data/audit/record-audit.ts")>();
  return {
    ...actual,
    recordAudit: async (...args: Parameters<typeof actual.recordAudit>) => {
      await actual.recordAudit(...args);
      if (auditFault.fail) throw new Error("audit store unavailable");
    },
  };
});

const m = adminMessages;
const PASSWORD = "Initial2023pw";

describe(`admin users, units and audit (${testBackendName()})`, () => {
  let db: TestDb;
  let admin: Viewer;
  let otherAdmin: Viewer;
  let units: { id: number; name: string }[];
  let nonAdmins: Viewer[];

  beforeAll(async () => {
    db = await createTestDb();
    useAsAppDb(db);
    await seedPlan(db.prisma);
    units = await db.prisma.unit.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } });
    admin = await createViewer(db.prisma, "ADMIN");
    otherAdmin = await createViewer(db.prisma, "ADMIN");
    nonAdmins = [
      await createViewer(db.prisma, "COORDINATOR"),
      await createViewer(db.prisma, "REPORTER", units[0].id),
      await createViewer(db.prisma, "LEADER"),
    ];
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(() => {
    auditFault.fail = false;
  });

  const auditCount = () => db.prisma.auditEvent.count();
  const auditsOf = (entityType: string, id: number) =>
    db.prisma.auditEvent.findMany({ where: { entityType, entityId: String(id) }, orderBy: { id: "asc" } });
  const stored = (id: number) =>
    db.prisma.user.findUniqueOrThrow({
      where: { id },
      select: { login: true, displayName: true, role: true, unitId: true, active: true, passwordHash: true, updatedAt: true },
    });
  let seq = 0;
  async function newReporter(unitIndex = 1) {
    seq += 1;
    const input = userInputSchema.parse({
      login: `rep${seq}`,
      displayName: `填报员${seq}`,
      role: "REPORTER",
      unitId: String(units[unitIndex].id),
      password: PASSWORD,
    });
    return (await registerUser(admin, input)).id;
  }
  const editInput = (id: number, updatedAt: Date, fields: { displayName: string; role: string; unitId: number | "" }) =>
    updateUserInputSchema.parse({ userId: String(id), updatedAt: updatedAt.toISOString(), ...fields, unitId: String(fields.unitId) });

  describe("create", () => {
    it("writes the user and exactly one audit event without the password", async () => {
      const before = await auditCount();
      const input = userInputSchema.parse({
        login: "  NewRep ",
        displayName: "新填报员",
        role: "REPORTER",
        unitId: String(units[2].id),
        password: PASSWORD,
      });
      const { id } = await registerUser(admin, input);
      const user = await stored(id);
      expect(user).toMatchObject({ login: "newrep", displayName: "新填报员", role: "REPORTER", unitId: units[2].id, active: true });
      expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
      expect(await auditCount()).toBe(before + 1);
      const [event] = await auditsOf("User", id);
      expect(event).toMatchObject({ action: "user.create", actorId: admin.id, actorName: admin.name, before: null });
      expect(event.after).toEqual({
        login: "newrep",
        displayName: "新填报员",
        role: "REPORTER",
        unitId: units[2].id,
        regionId: null,
        email: null,
      });
      const text = JSON.stringify(event);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(user.passwordHash);
    });

    it("refuses a login that is taken, and writes nothing", async () => {
      await newReporter();
      const [users, audits] = [await db.prisma.user.count(), await auditCount()];
      const input = userInputSchema.parse({ login: `rep${seq}`, displayName: "重名", role: "LEADER", password: PASSWORD });
      await expect(registerUser(admin, input)).rejects.toMatchObject({ code: "CONFLICT", message: LOGIN_TAKEN });
      expect(await db.prisma.user.count()).toBe(users);
      expect(await auditCount()).toBe(audits);
    });

    it("requires a unit for a reporter and forbids one otherwise, in Chinese", () => {
      const base = { login: "x1", displayName: "某人", password: PASSWORD };
      const noUnit = userInputSchema.safeParse({ ...base, role: "REPORTER", unitId: "" });
      expect(noUnit.success).toBe(false);
      expect(noUnit.error?.issues[0].message).toBe("填报员必须绑定一个责任单位；其他角色不绑定单位。");
      expect(userInputSchema.safeParse({ ...base, role: "COORDINATOR", unitId: String(units[0].id) }).success).toBe(false);
      expect(userInputSchema.safeParse({ ...base, role: "COORDINATOR", unitId: "" }).success).toBe(true);
      expect(userInputSchema.safeParse({ ...base, role: "LEADER", password: "short1" }).error?.issues[0].message).toBe(
        "密码至少 10 个字符。",
      );
    });

    it("refuses a unit that does not exist, and writes nothing", async () => {
      const [users, audits] = [await db.prisma.user.count(), await auditCount()];
      const input = userInputSchema.parse({
        login: "ghost",
        displayName: "无单位",
        role: "REPORTER",
        unitId: "999999",
        password: PASSWORD,
      });
      await expect(registerUser(admin, input)).rejects.toMatchObject({ code: "NOT_FOUND", message: m.users.unitNotFound });
      expect(await db.prisma.user.count()).toBe(users);
      expect(await auditCount()).toBe(audits);
    });

    it("writes neither the user nor the event when the audit write fails", async () => {
      const [users, audits] = [await db.prisma.user.count(), await auditCount()];
      auditFault.fail = true;
      const input = userInputSchema.parse({ login: "atomic", displayName: "原子", role: "LEADER", password: PASSWORD });
      await expect(registerUser(admin, input)).rejects.toThrow("audit store unavailable");
      expect(await db.prisma.user.count()).toBe(users);
      expect(await auditCount()).toBe(audits);
    });
  });

  describe("update", () => {
    it("changes name, role and unit with one audit event holding before and after", async () => {
      const id = await newReporter(1);
      const old = await stored(id);
      const before = await auditCount();
      const result = await updateUser(admin, editInput(id, old.updatedAt, { displayName: "改名", role: "COORDINATOR", unitId: "" }));
      expect(result.changed).toBe(true);
      const now = await stored(id);
      expect(now).toMatchObject({ displayName: "改名", role: "COORDINATOR", unitId: null, passwordHash: old.passwordHash });
      expect(now.updatedAt.getTime()).toBeGreaterThan(old.updatedAt.getTime());
      expect(result.updatedAt.getTime()).toBe(now.updatedAt.getTime());
      expect(await auditCount()).toBe(before + 1);
      const event = (await auditsOf("User", id)).at(-1)!;
      expect(event.action).toBe("user.update");
      expect(event.before).toEqual({
        login: old.login,
        displayName: old.displayName,
        role: "REPORTER",
        unitId: units[1].id,
        regionId: null,
        email: null,
        active: true,
      });
      expect(event.after).toEqual({
        login: old.login,
        displayName: "改名",
        role: "COORDINATOR",
        unitId: null,
        regionId: null,
        email: null,
        active: true,
      });
    });

    it("writes nothing when nothing changed", async () => {
      const id = await newReporter(1);
      const old = await stored(id);
      const before = await auditCount();
      const result = await updateUser(
        admin,
        editInput(id, old.updatedAt, { displayName: old.displayName, role: "REPORTER", unitId: units[1].id }),
      );
      expect(result.changed).toBe(false);
      expect((await stored(id)).updatedAt).toEqual(old.updatedAt);
      expect(await auditCount()).toBe(before);
    });

    it("refuses the later of two edits made from the same version", async () => {
      const id = await newReporter(1);
      const seen = (await stored(id)).updatedAt;
      await updateUser(admin, editInput(id, seen, { displayName: "管理员甲的修改", role: "REPORTER", unitId: units[3].id }));
      const audits = await auditCount();
      await expect(
        updateUser(otherAdmin, editInput(id, seen, { displayName: "管理员乙的修改", role: "LEADER", unitId: "" })),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: m.users.conflict,
      });
      expect(await stored(id)).toMatchObject({ displayName: "管理员甲的修改", role: "REPORTER", unitId: units[3].id });
      expect(await auditCount()).toBe(audits);
    });

    it("lets only one of two simultaneous edits from the same version through", async () => {
      const id = await newReporter(1);
      const seen = (await stored(id)).updatedAt;
      const audits = await auditCount();
      const results = await Promise.allSettled([
        updateUser(admin, editInput(id, seen, { displayName: "甲", role: "REPORTER", unitId: units[4].id })),
        updateUser(otherAdmin, editInput(id, seen, { displayName: "乙", role: "REPORTER", unitId: units[5].id })),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
      expect(await auditCount()).toBe(audits + 1);
    });

    it("refuses a unit that does not exist, and writes nothing", async () => {
      const id = await newReporter(1);
      const old = await stored(id);
      const audits = await auditCount();
      await expect(
        updateUser(admin, editInput(id, old.updatedAt, { displayName: "x", role: "REPORTER", unitId: 999999 })),
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await stored(id)).toEqual(old);
      expect(await auditCount()).toBe(audits);
    });

    it("writes neither the change nor the event when the audit write fails", async () => {
      const id = await newReporter(1);
      const old = await stored(id);
      const audits = await auditCount();
      auditFault.fail = true;
      await expect(
        updateUser(admin, editInput(id, old.updatedAt, { displayName: "不该保存", role: "LEADER", unitId: "" })),
      ).rejects.toThrow();
      expect(await stored(id)).toEqual(old);
      expect(await auditCount()).toBe(audits);
    });

    it("refuses a reporter without a unit in its input schema", () => {
      const parsed = updateUserInputSchema.safeParse({
        userId: "1",
        updatedAt: new Date().toISOString(),
        displayName: "x",
        role: "REPORTER",
        unitId: "",
      });
      expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["unitId"]);
      const stale = updateUserInputSchema.safeParse({ userId: "1", updatedAt: "yesterday", displayName: "x", role: "LEADER", unitId: "" });
      expect(stale.error?.issues[0].message).toBe(m.users.conflict);
    });
  });

  describe("reset password", () => {
    it("sets a new password with one audit event that holds neither password nor hash", async () => {
      const id = await newReporter(1);
      const old = await stored(id);
      const audits = await auditCount();
      const newPassword = "Changed2023pw";
      await resetPassword(admin, resetPasswordInputSchema.parse({ userId: String(id), password: newPassword }));
      const now = await stored(id);
      expect(await verifyPassword(newPassword, now.passwordHash)).toBe(true);
      expect(await verifyPassword(PASSWORD, now.passwordHash)).toBe(false);
      expect(await auditCount()).toBe(audits + 1);
      const event = (await auditsOf("User", id)).at(-1)!;
      expect(event).toMatchObject({ action: "user.reset-password", before: null, after: { passwordReset: true } });
      const text = JSON.stringify(event);
      for (const secret of [newPassword, now.passwordHash, old.passwordHash]) expect(text).not.toContain(secret);
    });

    it("holds new passwords to the password policy, in Chinese", () => {
      expect(resetPasswordInputSchema.safeParse({ userId: "1", password: "onlyletterslong" }).error?.issues[0].message).toBe(
        "密码须同时包含字母和数字。",
      );
      expect(resetPasswordInputSchema.safeParse({ userId: "1", password: "abc123" }).error?.issues[0].message).toBe("密码至少 10 个字符。");
    });

    it("keeps the old password when the audit write fails", async () => {
      const id = await newReporter(1);
      const old = await stored(id);
      const audits = await auditCount();
      auditFault.fail = true;
      await expect(resetPassword(admin, { userId: id, password: "Another2023pw" })).rejects.toThrow();
      expect((await stored(id)).passwordHash).toBe(old.passwordHash);
      expect(await auditCount()).toBe(audits);
    });
  });

  describe("deactivate and reactivate", () => {
    it("deactivates with one audit event, signs the user out, and reactivates", async () => {
      const id = await newReporter(1);
      expect(await getActiveViewer(id)).not.toBeNull();
      const audits = await auditCount();
      const off = await setUserActive(admin, { userId: id, active: false, updatedAt: (await stored(id)).updatedAt });
      expect(off.changed).toBe(true);
      expect((await stored(id)).active).toBe(false);
      expect(await getActiveViewer(id)).toBeNull();
      expect(await auditCount()).toBe(audits + 1);
      const event = (await auditsOf("User", id)).at(-1)!;
      expect(event).toMatchObject({ action: "user.deactivate", before: { active: true }, after: { active: false } });

      await setUserActive(admin, { userId: id, active: true, updatedAt: (await stored(id)).updatedAt });
      expect(await getActiveViewer(id)).not.toBeNull();
      expect((await auditsOf("User", id)).at(-1)).toMatchObject({ action: "user.reactivate", after: { active: true } });
    });

    it("stays active when the audit write fails", async () => {
      const id = await newReporter(1);
      const old = await stored(id);
      const audits = await auditCount();
      auditFault.fail = true;
      await expect(setUserActive(admin, { userId: id, active: false, updatedAt: old.updatedAt })).rejects.toThrow();
      expect(await stored(id)).toEqual(old);
      expect(await auditCount()).toBe(audits);
    });

    it("refuses to deactivate a user changed since the form was shown", async () => {
      const id = await newReporter(1);
      const seen = (await stored(id)).updatedAt;
      await resetPassword(otherAdmin, { userId: id, password: "Meanwhile2023" });
      await expect(setUserActive(admin, { userId: id, active: false, updatedAt: seen })).rejects.toMatchObject({ code: "CONFLICT" });
      expect((await stored(id)).active).toBe(true);
    });

    it("never lets an admin deactivate themselves", async () => {
      const audits = await auditCount();
      await expect(
        setUserActive(admin, { userId: admin.id, active: false, updatedAt: (await stored(admin.id)).updatedAt }),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: m.users.cannotDeactivateSelf,
      });
      expect((await stored(admin.id)).active).toBe(true);
      expect(await auditCount()).toBe(audits);
    });
  });

  describe("the last active administrator", () => {
    it("cannot be demoted or deactivated; another admin can once a second one exists", async () => {
      // Two active admins: deactivating the other one leaves `admin` as the last.
      await setUserActive(admin, { userId: otherAdmin.id, active: false, updatedAt: (await stored(otherAdmin.id)).updatedAt });
      const audits = await auditCount();
      const self = await stored(admin.id);
      await expect(
        updateUser(admin, editInput(admin.id, self.updatedAt, { displayName: self.displayName, role: "COORDINATOR", unitId: "" })),
      ).rejects.toMatchObject({
        code: "CONFLICT",
        message: m.users.lastAdmin,
      });
      // An inactive admin being demoted is no loss: that is allowed.
      await updateUser(
        admin,
        editInput(otherAdmin.id, (await stored(otherAdmin.id)).updatedAt, { displayName: otherAdmin.name, role: "LEADER", unitId: "" }),
      );
      expect(await auditCount()).toBe(audits + 1);
      expect((await stored(admin.id)).role).toBe("ADMIN");

      // Give the other account its admin role and activity back; now `admin` may be demoted, then restored.
      await updateUser(
        admin,
        editInput(otherAdmin.id, (await stored(otherAdmin.id)).updatedAt, { displayName: otherAdmin.name, role: "ADMIN", unitId: "" }),
      );
      await setUserActive(admin, { userId: otherAdmin.id, active: true, updatedAt: (await stored(otherAdmin.id)).updatedAt });
      await updateUser(
        otherAdmin,
        editInput(admin.id, (await stored(admin.id)).updatedAt, { displayName: admin.name, role: "LEADER", unitId: "" }),
      );
      await expect(
        setUserActive(admin, { userId: otherAdmin.id, active: false, updatedAt: (await stored(otherAdmin.id)).updatedAt }),
      ).rejects.toMatchObject({
        message: m.users.lastAdmin,
      });
      await updateUser(
        otherAdmin,
        editInput(admin.id, (await stored(admin.id)).updatedAt, { displayName: admin.name, role: "ADMIN", unitId: "" }),
      );
      expect((await stored(admin.id)).role).toBe("ADMIN");
    });

    it("survives two admins demoting each other at the same moment", async () => {
      const activeAdmins = () => db.prisma.user.count({ where: { role: "ADMIN", active: true } });
      expect(await activeAdmins()).toBe(2);
      const [a, b] = [await stored(admin.id), await stored(otherAdmin.id)];
      const results = await Promise.allSettled([
        updateUser(admin, editInput(otherAdmin.id, b.updatedAt, { displayName: b.displayName, role: "COORDINATOR", unitId: "" })),
        updateUser(otherAdmin, editInput(admin.id, a.updatedAt, { displayName: a.displayName, role: "COORDINATOR", unitId: "" })),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { message: m.users.lastAdmin } });
      expect(await activeAdmins()).toBe(1);
      // Put both back for the tests that follow.
      const demoted = (await stored(admin.id)).role === "ADMIN" ? otherAdmin : admin;
      const keeper = demoted === admin ? otherAdmin : admin;
      await updateUser(
        keeper,
        editInput(demoted.id, (await stored(demoted.id)).updatedAt, { displayName: demoted.name, role: "ADMIN", unitId: "" }),
      );
      expect(await activeAdmins()).toBe(2);
    });
  });

  describe("units", () => {
    it("renames a unit, trimmed, with one audit event", async () => {
      const unit = units[6];
      const audits = await auditCount();
      const result = await renameUnit(admin, { unitId: unit.id, currentName: unit.name, name: "体育卫生与艺术教育科" });
      expect(result.changed).toBe(true);
      expect((await db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe("体育卫生与艺术教育科");
      expect(await auditCount()).toBe(audits + 1);
      expect((await auditsOf("Unit", unit.id)).at(-1)).toMatchObject({
        action: "unit.rename",
        before: { name: unit.name },
        after: { name: "体育卫生与艺术教育科" },
      });
      await renameUnit(admin, { unitId: unit.id, currentName: "体育卫生与艺术教育科", name: unit.name });
    });

    it("refuses a name another unit has, a stale form, and an empty name", async () => {
      const [a, b] = [units[7], units[8]];
      const audits = await auditCount();
      await expect(renameUnit(admin, { unitId: a.id, currentName: a.name, name: b.name })).rejects.toMatchObject({
        code: "CONFLICT",
        message: m.units.nameTaken(b.name),
      });
      await expect(renameUnit(admin, { unitId: a.id, currentName: "旧名称", name: "新名称" })).rejects.toMatchObject({
        code: "CONFLICT",
        message: m.units.conflict,
      });
      const { renameUnitInputSchema } = await import("@/lib/data/units/rename-unit.ts");
      expect(
        renameUnitInputSchema.safeParse({ unitId: String(a.id), currentName: a.name, name: " \u3000 " }).error?.issues[0].message,
      ).toBe(m.units.nameRequired);
      expect(renameUnitInputSchema.parse({ unitId: String(a.id), currentName: a.name, name: "  财务处 " }).name).toBe("财务处");
      expect((await db.prisma.unit.findUniqueOrThrow({ where: { id: a.id } })).name).toBe(a.name);
      expect(await auditCount()).toBe(audits);
    });

    it("keeps the old name when the audit write fails", async () => {
      const unit = units[9];
      auditFault.fail = true;
      await expect(renameUnit(admin, { unitId: unit.id, currentName: unit.name, name: "不该保存的名称" })).rejects.toThrow();
      expect((await db.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(unit.name);
    });

    it("lists every unit with its measures and active reporters", async () => {
      const list = await listManagedUnits(admin);
      expect(list).toHaveLength(units.length);
      const personnel = list.find((u) => u.name === "人事科")!;
      expect(personnel.leads + personnel.coOwns).toBeGreaterThan(0);
      const reporters = await db.prisma.user.count({ where: { role: "REPORTER", active: true, unitId: units[1].id } });
      expect(list.find((u) => u.id === units[1].id)!.reporters).toBe(reporters);
    });
  });

  describe("lists", () => {
    it("filters users by role, unit and status", async () => {
      const { users } = await listUsers(admin, { role: "REPORTER", unit: units[1].id });
      expect(users.length).toBeGreaterThan(0);
      expect(users.every((u) => u.role === "REPORTER" && u.unit?.id === units[1].id)).toBe(true);
      const inactive = await listUsers(admin, { status: "inactive" });
      expect(inactive.users.every((u) => !u.active)).toBe(true);
      expect((await listUsers(admin, {})).users.length).toBe(await db.prisma.user.count());
    });
  });

  describe("non-administrators", () => {
    it("are refused by every admin data function, and nothing changes", async () => {
      const target = await newReporter(1);
      const unit = units[10];
      const snapshot = async () => ({
        users: await db.prisma.user.findMany({ orderBy: { id: "asc" } }),
        units: await db.prisma.unit.findMany({ orderBy: { id: "asc" } }),
        audits: await auditCount(),
      });
      const before = await snapshot();
      const updatedAt = (await stored(target)).updatedAt;
      for (const viewer of nonAdmins) {
        const calls: [string, () => Promise<unknown>][] = [
          ["listUsers", () => listUsers(viewer, {})],
          ["getUserById", () => getUserById(viewer, target)],
          ["listUnitOptions", () => listUnitOptions(viewer)],
          [
            "registerUser",
            () =>
              registerUser(
                viewer,
                userInputSchema.parse({ login: `sneak${viewer.id}`, displayName: "越权", role: "ADMIN", password: PASSWORD }),
              ),
          ],
          ["updateUser", () => updateUser(viewer, editInput(target, updatedAt, { displayName: "越权", role: "ADMIN", unitId: "" }))],
          [
            "updateUser(self)",
            () => updateUser(viewer, editInput(viewer.id, new Date(), { displayName: "越权", role: "ADMIN", unitId: "" })),
          ],
          ["resetPassword", () => resetPassword(viewer, { userId: target, password: "Takeover2023" })],
          ["setUserActive", () => setUserActive(viewer, { userId: target, active: false, updatedAt })],
          ["listManagedUnits", () => listManagedUnits(viewer)],
          ["renameUnit", () => renameUnit(viewer, { unitId: unit.id, currentName: unit.name, name: "越权改名" })],
          ["listAuditEvents", () => listAuditEvents(viewer, {})],
        ];
        for (const [name, call] of calls) {
          await expect(call(), `${viewer.role} ${name}`).rejects.toMatchObject({ code: "FORBIDDEN" });
        }
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
