"use client";

import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { issueBulletinAction } from "@/lib/actions/bulletins/issue-bulletin-action.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";

export function IssueBulletinForm({ periods }: { periods: { id: number; label: string; cutOff: string }[] }) {
  const [result, action, pending] = useActionState(issueBulletinAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <label className="text-sm">
        月份
        <select name="periodId" className="ml-2 rounded border border-slate-300 px-2 py-1" required>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}（截止 {p.cutOff}）
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" name="includeQuality" />
        {qualityMessages.bulletin.include}
      </label>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {m.issue}
      </button>
      <ActionResultMessage result={result} className="w-full" testId="issue-result" />
    </form>
  );
}
