import type { Metadata } from "next";
import { connection } from "next/server";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { InboxPlan } from "@/components/reports/inbox-plan.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listInbox } from "@/lib/data/reports/list-inbox.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";

export const metadata: Metadata = { title: m.inbox.title };

export default async function InboxPage() {
  await connection();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "inbox:read" })) return <ForbiddenNotice title={m.inbox.title} detail={m.inbox.forbidden} />;
  const inbox = await listInbox(viewer);
  return (
    <>
      <PageTitle eyebrow={m.inbox.unitLine(inbox.unit.name)}>{m.inbox.title}</PageTitle>
      {inbox.plans.length === 0 ? (
        <p className="text-slate-700">{m.inbox.nothingOwed}</p>
      ) : (
        <>
          <p className="mb-5 text-sm text-slate-700">{inbox.plans.length > 1 ? m.inbox.introPlans(inbox.plans.length) : m.inbox.intro}</p>
          {inbox.plans.map((entry) => (
            <InboxPlan key={entry.plan.id} entry={entry} />
          ))}
        </>
      )}
    </>
  );
}
