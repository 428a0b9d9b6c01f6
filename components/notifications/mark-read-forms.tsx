"use client";
// Mark one notification read, or all of them: server actions that only touch the viewer's own rows.
import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications/mark-read-action.ts";
import { notificationMessages as m } from "@/lib/messages/notifications.ts";
import { Button } from "@/components/ui/button.tsx";

export function MarkReadButton({ id, label }: { id: number; label: string }) {
  const [result, action, pending] = useActionState(markNotificationReadAction, null);
  return (
    <form action={action} className="shrink-0">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        aria-label={`${m.markRead}：${label}`}
        data-testid="mark-read"
        className="rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? m.marking : m.markRead}
      </button>
      {result && !result.ok ? <ActionResultMessage result={result} className="mt-1" /> : null}
    </form>
  );
}

export function MarkAllReadButton() {
  const [result, action, pending] = useActionState(markAllNotificationsReadAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending} data-testid="mark-all-read" variant="secondary" size="sm">
        {pending ? m.marking : m.markAllRead}
      </Button>
      <ActionResultMessage result={result} />
    </form>
  );
}
