"use server";
// Sign-in and sign-out. Sign-in is the one action without a viewer, so it does not use the
// safe-action wrapper, but follows it: zod at the boundary, Chinese messages, masked failures.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "../../auth/auth.ts";
import { getSessionClaims, requireViewer } from "../../auth/viewer.ts";
import { endAllOwnSessions, revokeSession } from "../../data/users/end-sessions.ts";
import { authMessages } from "../../messages/auth.ts";
import { GENERIC_FAILURE, type ActionResult } from "../safe-action.ts";

const signInSchema = z.object({
  login: z.string().trim().min(1).max(80),
  password: z.string().min(1).max(200),
  // Only a path on this site: never redirect to another origin after sign-in.
  callbackUrl: z
    .string()
    .regex(/^\/(?![/\\])[^\s]*$/)
    .catch("/"),
});

export async function signInAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = signInSchema.safeParse({
    login: formData.get("login") ?? "",
    password: formData.get("password") ?? "",
    callbackUrl: formData.get("callbackUrl") ?? "/",
  });
  if (!parsed.success) return { ok: false, error: authMessages.loginRequiredFields };
  const { login, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { login, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      // code is "<reason>:<Chinese message>" (lib/auth/auth.ts)
      const message = error.code.includes(":") ? error.code.slice(error.code.indexOf(":") + 1) : authMessages.invalidCredentials;
      return { ok: false, error: message };
    }
    if (error instanceof AuthError) {
      console.error("[auth] sign-in failed", error.type);
      return { ok: false, error: GENERIC_FAILURE };
    }
    throw error;
  }
  // The header (in the root layout) shows who is signed in: render every layout afresh.
  revalidatePath("/", "layout");
  redirect(callbackUrl);
}

/** Signs out here, and revokes this session, so a copy of its cookie taken before stops working too. */
export async function signOutAction(): Promise<void> {
  const claims = await getSessionClaims();
  if (claims) await revokeSession(claims);
  await signOut({ redirect: false });
  revalidatePath("/", "layout");
  redirect("/login");
}

/** Ends every session of the signed-in user (every browser and device), then signs out here. */
export async function signOutEverywhereAction(): Promise<void> {
  await endAllOwnSessions(await requireViewer());
  await signOut({ redirect: false });
  revalidatePath("/", "layout");
  redirect("/login");
}
