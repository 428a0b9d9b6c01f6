"use client";

import { useActionState, useState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { issueBulletinAction } from "@/lib/actions/bulletins/issue-bulletin-action.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";
import { Button } from "@/components/ui/button.tsx";

/** 印发通报, then a confirmation: issuing is one-way and freezes the bulletin. */
export function IssueBulletinForm({ period }: { period: { id: number; label: string } }) {
  const [result, action, pending] = useActionState(issueBulletinAction, null);
  const [asking, setAsking] = useState(false);
  const issued = result?.ok === true;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="periodId" value={period.id} />
      <input type="hidden" name="confirm" value="yes" />
      {asking && !issued ? (
        <div
          role="alertdialog"
          aria-labelledby="issue-ask"
          className="flex flex-wrap items-center gap-2 rounded-md border border-red-300 bg-red-50 p-3"
        >
          <p id="issue-ask" className="text-sm">
            {m.draft.issueAsk(period.label)}
          </p>
          <Button type="submit" disabled={pending} variant="danger" size="sm">
            {m.draft.issueConfirm}
          </Button>
          <Button onClick={() => setAsking(false)} variant="quiet" size="sm">
            {m.draft.cancel}
          </Button>
        </div>
      ) : (
        <Button disabled={issued} onClick={() => setAsking(true)} size="sm">
          {m.issue}
        </Button>
      )}
      <ActionResultMessage result={result} className="w-full" testId="issue-result" />
      {issued ? (
        <a href={`/bulletins/${(result.data as { id: number }).id}`} className="text-sm" data-testid="issued-link">
          {m.heading(period.label)}
        </a>
      ) : null}
    </form>
  );
}
