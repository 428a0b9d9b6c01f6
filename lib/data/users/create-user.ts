// Creates an account (admin page, the create-admin command, demo seed). Audited.
import "server-only";
import { z } from "zod";
import { ROLES, type Role, type Viewer } from "../../auth/permissions.ts";
import { hashPassword } from "../../auth/password.ts";
import type { PrismaLike } from "../../db.ts";
import { loginSchema, passwordSchema } from "../../domain/password-policy.ts";
import { AppError } from "../../errors.ts";
import { adminMessages } from "../../messages/admin.ts";
import { recordAudit } from "../audit/record-audit.ts";

/** A REPORTER files for exactly one unit; the other roles for none. Shared by create and update. */
export function reporterUnitRule<T extends { role: Role; unitId: number | null }>(schema: z.ZodType<T>) {
  return schema.refine((u) => (u.role === "REPORTER") === (u.unitId !== null), {
    error: "填报员必须绑定一个责任单位；其他角色不绑定单位。",
    path: ["unitId"],
  });
}

export const displayNameSchema = z.string().trim().min(1, { error: "请填写姓名。" }).max(40, { error: "姓名不能超过 40 个字。" });
export const roleSchema = z.enum(ROLES, { error: "请选择角色。" });
/** Where notifications are mailed (when SMTP is configured); blank means none, left out means unchanged. */
export const emailSchema = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim().toLowerCase() : v),
  z.email({ error: adminMessages.users.emailInvalid }).max(254, { error: adminMessages.users.emailInvalid }).nullable().optional(),
);
/** A unit id from a form or JSON; blank or missing means no unit. */
export const unitIdSchema = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.coerce.number({ error: "请选择责任单位。" }).int({ error: "请选择责任单位。" }).positive({ error: "请选择责任单位。" }).nullable(),
);

/** A county a coordinator or leader is confined to; blank or missing means the whole city. */
export const regionIdSchema = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z.coerce
    .number({ error: adminMessages.users.regionInvalid })
    .int({ error: adminMessages.users.regionInvalid })
    .positive({ error: adminMessages.users.regionInvalid })
    .nullable(),
);

/** Only a county's own coordinators and leaders belong to a county (DESIGN.md "Roles"). */
export function countyScopeRule<T extends { role: Role; regionId: number | null }>(schema: z.ZodType<T>) {
  return schema.refine((u) => u.regionId === null || u.role === "COORDINATOR" || u.role === "LEADER", {
    error: adminMessages.users.regionOnlyForStaff,
    path: ["regionId"],
  });
}

export const userInputSchema = countyScopeRule(
  reporterUnitRule(
    z.object({
      login: loginSchema,
      displayName: displayNameSchema,
      password: passwordSchema,
      role: roleSchema,
      unitId: unitIdSchema,
      email: emailSchema,
      regionId: regionIdSchema.optional().transform((v) => v ?? null),
    }),
  ),
);
/** `regionId` may be left out by callers that create no county staff (the seed, the admin command). */
export type UserInput = Omit<z.infer<typeof userInputSchema>, "regionId"> & { regionId?: number | null };

export const LOGIN_TAKEN = "该用户名已被使用。";

/** Inside the caller's transaction (`db` may be a tx), so the audit event lands with the user. */
export async function createUser(db: PrismaLike, actor: Viewer | null, input: UserInput): Promise<{ id: number }> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: {
        login: input.login,
        displayName: input.displayName,
        role: input.role,
        unitId: input.unitId,
        regionId: input.regionId ?? null,
        email: input.email ?? null,
        passwordHash,
      },
      select: { id: true },
    });
    // The password (even hashed) never goes into the audit trail.
    await recordAudit(db, actor, {
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: {
        login: input.login,
        displayName: input.displayName,
        role: input.role,
        unitId: input.unitId,
        regionId: input.regionId ?? null,
        email: input.email ?? null,
      },
    });
    return user;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", LOGIN_TAKEN);
    throw error;
  }
}
