// An administrator sets a new password for a user (who forgot theirs). The audit event records
// that it happened, never the password or its hash.
import { z } from "zod";
import { hashPassword } from "../../auth/password.ts";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { passwordSchema } from "../../domain/password-policy.ts";
import { changeUser, userIdSchema, type ChangeResult } from "./change-user.ts";

export const resetPasswordInputSchema = z.object({ userId: userIdSchema, password: passwordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordInputSchema>;

export async function resetPassword(viewer: Viewer, input: ResetPasswordInput): Promise<ChangeResult> {
  assertCan(viewer, { action: "user:manage" }); // before spending a bcrypt hash on a refused request
  const passwordHash = await hashPassword(input.password);
  return changeUser(viewer, input.userId, null, async () => ({
    action: "user.reset-password",
    data: { passwordHash },
    audit: { before: null, after: { passwordReset: true } },
  }));
}
