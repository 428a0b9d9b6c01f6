"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/actions/auth/sign-in-action.ts";
import { authMessages } from "@/lib/messages/auth.ts";
import { Button } from "@/components/ui/button.tsx";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, action, pending] = useActionState(signInAction, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="login" className="mb-1 block text-sm font-medium text-slate-700">
          {authMessages.loginLabel}
        </label>
        <input
          id="login"
          name="login"
          autoComplete="username"
          required
          autoCapitalize="none"
          spellCheck={false}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600"
        />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium text-slate-700">
          {authMessages.passwordLabel}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600"
        />
      </div>
      {result && !result.ok ? (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="login-error" aria-live="polite">
          {result.error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? authMessages.signingIn : authMessages.signIn}
      </Button>
    </form>
  );
}
