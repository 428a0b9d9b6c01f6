import Link from "next/link";
import { Badge } from "@/components/ui/badge.tsx";
import type { NotificationItem } from "@/lib/data/notifications/list-notifications.ts";
import { formatDateTime } from "@/lib/format.ts";
import { notificationMessages as m } from "@/lib/messages/notifications.ts";
import { MarkReadButton } from "./mark-read-forms.tsx";

const TONES: Record<string, "danger" | "warning" | "info" | "muted"> = {
  CHASE: "danger",
  REPORT_OVERDUE: "danger",
  PROBLEM_OVERDUE: "danger",
  REPORT_RETURNED: "warning",
  PROBLEM_ASSIGNED: "warning",
  REPORT_DUE_SOON: "warning",
  PROBLEM_DUE_SOON: "warning",
};

/** Notifications as a list: unread ones stand out and can be marked read; each leads to its page. */
export function NotificationList({ items, testId }: { items: NotificationItem[]; testId: string }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm" data-testid={testId}>
      {items.map((n) => {
        const unread = n.readAt === null;
        return (
          <li
            key={n.id}
            data-testid="notification"
            data-kind={n.kind}
            data-unread={unread ? "true" : "false"}
            className={`flex flex-wrap items-start gap-3 p-3 sm:flex-nowrap sm:p-4 ${unread ? "bg-brand-50/60" : ""}`}
          >
            <span aria-hidden="true" className={`mt-2 h-2 w-2 shrink-0 rounded-full ${unread ? "bg-red-600" : "bg-transparent"}`} />
            <div className="min-w-0 flex-1">
              <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <Badge tone={TONES[n.kind] ?? "info"}>{m.kinds[n.kind] ?? n.kind}</Badge>
                <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                <span className={unread ? "font-medium text-red-700" : ""}>{unread ? m.unread : m.read}</span>
              </p>
              <p className={`break-words ${unread ? "font-bold text-slate-900" : "text-slate-800"}`} data-testid="notification-title">
                {n.href ? <Link href={n.href}>{n.title}</Link> : n.title}
              </p>
              {n.body ? (
                <p className="mt-1 break-words whitespace-pre-line text-sm text-slate-700" data-testid="notification-body">
                  {n.body}
                </p>
              ) : null}
            </div>
            {unread ? <MarkReadButton id={n.id} label={n.title} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
