import { connection } from "next/server";
import { ActionOverview } from "@/components/plan/action-overview.tsx";
import { PlanCounts } from "@/components/plan/plan-counts.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { PlanHeading } from "@/components/plan/plan-heading.tsx";
import { getViewer } from "@/lib/auth/viewer.ts";
import { colourOf, getStatusIndex } from "@/lib/data/status/get-status-index.ts";
import { getPlanOverview } from "@/lib/data/plans/get-plan-overview.ts";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  await connection(); // per request: the build never touches a database
  const viewer = await getViewer();
  const { plan, blocked } = await choosePagePlan(viewer, await searchParams, "public");
  if (!plan) return blocked;
  // Colours for signed-in viewers who may read the plan's status (one computation for the plan).
  const [overview, status] = await Promise.all([getPlanOverview(plan), getStatusIndex(viewer, plan)]);
  return (
    <>
      <PlanHeading plan={overview.plan} />
      <PlanCounts counts={overview.counts} />
      <ActionOverview actions={overview.actions} plan={overview.plan} colours={status ? colourOf(status.tasks) : undefined} />
    </>
  );
}
