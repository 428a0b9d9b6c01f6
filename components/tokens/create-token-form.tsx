"use client";
// Create a token and show it once: the token lives only in this component's state, from the
// action's result, and is gone when the page is left or reloaded.
import { useActionState, useState } from "react";
import { createTokenAction } from "@/lib/actions/tokens/create-token-action.ts";
import { apiMessages } from "@/lib/messages/api.ts";
import { Button } from "@/components/ui/button.tsx";

const m = apiMessages.tokens;

export function CreateTokenForm() {
  const [result, action, pending] = useActionState(createTokenAction, null);
  const nameError = result && !result.ok ? (result.fieldErrors?.name?.[0] ?? result.error) : null;
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="token-name" className="mb-1 block text-sm font-medium text-slate-700">
            {m.nameLabel}
          </label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={60}
            autoComplete="off"
            aria-describedby={nameError ? "token-name-hint token-name-error" : "token-name-hint"}
            aria-invalid={nameError ? true : undefined}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-600"
          />
          <p id="token-name-hint" className="mt-1 text-sm text-slate-600">
            {m.nameHint}
          </p>
        </div>
        <Button type="submit" disabled={pending} className="sm:mb-6">
          {pending ? m.creating : m.create}
        </Button>
      </form>
      {nameError ? (
        <p id="token-name-error" className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="token-error" aria-live="polite">
          {nameError}
        </p>
      ) : null}
      {result?.ok ? <NewToken key={result.data.id} token={result.data.token} name={result.data.name} /> : null}
    </div>
  );
}

function NewToken({ token, name }: { token: string; name: string }) {
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4" role="status" data-testid="new-token">
      <p className="mb-2 font-medium text-slate-900">
        {m.created}（{name}）
      </p>
      <label htmlFor="new-token-value" className="mb-1 block text-sm font-medium text-slate-700">
        {m.newTokenLabel}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="new-token-value"
          readOnly
          value={token}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
          aria-describedby="new-token-hint"
          data-testid="new-token-value"
          className="min-w-0 flex-1 basis-72 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm"
        />
        <Button onClick={copy} variant="secondary" size="sm">
          {copyState === "copied" ? m.copied : m.copy}
        </Button>
      </div>
      <p id="new-token-hint" className="mt-2 text-sm text-amber-900">
        {m.newTokenHint}
      </p>
      {copyState === "failed" ? <p className="mt-1 text-sm text-red-800">{m.copyFailed}</p> : null}
    </div>
  );
}
