import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ChaseOverdueForm } from "@/components/chases/chase-overdue-form.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { ReviewDesk } from "@/components/reports/review-desk.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getOverdueSummary } from "@/lib/data/chases/chase-overdue-units.ts";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { getReviewDesk } from "@/lib/data/reports/get-review-desk.ts";
import { planLabel } from "@/lib/format.ts";
import { reviewFiltersSchema } from "@/lib/data/reports/list-review-queue.ts";
import { reportMessages } from "@/lib/messages/reports.ts";
import { deskMessages as d } from "@/lib/messages/review-desk.ts";
import { idParamSchema } from "@/lib/route-params.ts";

export const metadata: Metadata = { title: d.title };

type Props = { params: Promise<{ reportId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewDeskPage({ params, searchParams }: Props) {
  await connection();
  const id = idParamSchema.safeParse((await params).reportId);
  if (!id.success) notFound();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "review:list" })) return <ForbiddenNotice title={d.title} detail={reportMessages.review.forbidden} />;
  const filters = reviewFiltersSchema.parse(await searchParams);
  const desk = await getReviewDesk(viewer, id.data, filters);
  if (!desk) notFound();
  // 一键催报 for the plan of the report on the desk, as on the review list and the dashboard.
  const overdue = can(viewer, { action: "chase:send", plan: planRef(desk.plan) }) ? await getOverdueSummary(viewer, desk.plan) : null;
  return (
    <>
      <PageTitle>{d.title}</PageTitle>
      {overdue ? (
        <div className="mb-4">
          <ChaseOverdueForm planId={desk.plan.id} planName={planLabel(desk.plan)} summary={overdue} />
        </div>
      ) : null}
      <ReviewDesk desk={desk} filters={filters} />
    </>
  );
}
