// An administrator sets a new password for a user (who forgot theirs, or whose account may be in
// someone else's hands): every session of the user ends, and the user's API tokens are revoked
// unless the administrator keeps them. The audit event records that it happened, never the
// password or its hash.
import "server-only";
import { z } from "zod";
import { hashPassword } from "../../auth/password.ts";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { passwordSchema } from "../../domain/password-policy.ts";
import { changeUser, userIdSchema, type ChangeResult } from "./internal/change-user.ts";

export const resetPasswordInputSchema = z.object({
  userId: userIdSchema,
  password: passwordSchema,
  /** A checkbox: "on" keeps the user's API tokens working; unchecked (absent) revokes them. */
  keepTokens: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).optional(),
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInputSchema>;

export async function resetPassword(viewer: Viewer, input: ResetPasswordInput): Promise<ChangeResult> {
  assertCan(viewer, { action: "user:manage" }); // before spending a bcrypt hash on a refused request
  const passwordHash = await hashPassword(input.password);
  return changeUser(viewer, input.userId, null, async (tx, user) => {
    const revoked = input.keepTokens
      ? { count: 0 }
      : await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    return {
      action: "user.reset-password",
      data: { passwordHash },
      endSessions: true,
      audit: { before: null, after: { passwordReset: true, sessionsEnded: true, tokensRevoked: revoked.count } },
    };
  });
}
