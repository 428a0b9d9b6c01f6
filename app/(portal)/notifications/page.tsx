import type { Metadata } from "next";
import { connection } from "next/server";
import { MarkAllReadButton } from "@/components/notifications/mark-read-forms.tsx";
import { NotificationList } from "@/components/notifications/notification-list.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listNotifications, notificationPageSchema } from "@/lib/data/notifications/list-notifications.ts";
import { notificationMessages as m } from "@/lib/messages/notifications.ts";
import { Pager } from "@/components/ui/pager.tsx";

export const metadata: Metadata = { title: m.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const { page } = notificationPageSchema.parse(await searchParams);
  await connection();
  const viewer = await requirePageViewer();
  const data = await listNotifications(viewer, page);
  return (
    <>
      <PageTitle aside={data.unread > 0 ? <MarkAllReadButton /> : null}>{m.title}</PageTitle>
      <p className="mb-4 text-sm text-slate-700">
        {m.intro} <span data-testid="unread-summary">{m.unreadCount(data.unread)}</span>
      </p>
      {data.pinned.length > 0 ? (
        <section aria-labelledby="pinned-title" className="mb-6">
          <h2 id="pinned-title" className="mb-1 text-lg font-bold">
            {m.pinned}
          </h2>
          <p className="mb-2 text-sm text-slate-600">{m.pinnedHint}</p>
          <NotificationList items={data.pinned} testId="pinned-notifications" />
        </section>
      ) : null}
      <section aria-labelledby="all-title">
        <h2 id="all-title" className="mb-2 text-lg font-bold">
          {m.others} <span className="text-sm font-normal text-slate-600">{m.total(data.total)}</span>
        </h2>
        {data.items.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{data.pinned.length > 0 ? m.noOthers : m.empty}</p>
        ) : (
          <NotificationList items={data.items} testId="notification-list" />
        )}
      </section>
      <Pager
        page={data.page}
        pageCount={data.pageCount}
        href={(n) => `/notifications?page=${n}`}
        label={m.page(data.page, data.pageCount)}
        previous={m.previousPage}
        next={m.nextPage}
      />
    </>
  );
}
