import { connection } from "next/server";
import { ActionOverview } from "@/components/plan/action-overview.tsx";
import { NoPlan } from "@/components/plan/no-plan.tsx";
import { PlanCounts } from "@/components/plan/plan-counts.tsx";
import { PlanHeading } from "@/components/plan/plan-heading.tsx";
import { getPlanOverview } from "@/lib/data/plans/get-plan-overview.ts";

export default async function OverviewPage() {
  await connection(); // per request: the build never touches a database
  const overview = await getPlanOverview();
  if (!overview) return <NoPlan />;
  return (
    <>
      <PlanHeading plan={overview.plan} />
      <PlanCounts counts={overview.counts} />
      <ActionOverview actions={overview.actions} />
    </>
  );
}
