"use client";
// One token's revoke button: asks first, then shows the result (or the refusal) beside it.
import { useActionState } from "react";
import { revokeTokenAction } from "@/lib/actions/tokens/revoke-token-action.ts";
import { apiMessages } from "@/lib/messages/api.ts";

const m = apiMessages.tokens;

export function RevokeTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const [result, action, pending] = useActionState(revokeTokenAction, null);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(m.revokeConfirm)) e.preventDefault();
      }}
    >
      <input type="hidden" name="tokenId" value={tokenId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={m.revokeLabel(name)}
        className="rounded border border-red-700 px-2.5 py-1 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? m.revoking : m.revoke}
      </button>
      {result && !result.ok ? (
        <p className="mt-1 text-sm text-red-800" aria-live="polite">
          {result.error}
        </p>
      ) : null}
    </form>
  );
}
