import { connection } from "next/server";
import { ActionOverview } from "@/components/plan/action-overview.tsx";
import { PlanCounts } from "@/components/plan/plan-counts.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { PlanHeading } from "@/components/plan/plan-heading.tsx";
import { getViewer } from "@/lib/auth/viewer.ts";
import { getPlanOverview } from "@/lib/data/plans/get-plan-overview.ts";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OverviewPage({ searchParams }: Props) {
  await connection(); // per request: the build never touches a database
  const { plan, blocked } = await choosePagePlan(await getViewer(), await searchParams, "public");
  if (!plan) return blocked;
  const overview = await getPlanOverview(plan);
  return (
    <>
      <PlanHeading plan={overview.plan} />
      <PlanCounts counts={overview.counts} />
      <ActionOverview actions={overview.actions} plan={overview.plan} />
    </>
  );
}
