// The plan a page shows: the one its URL names (`?plan=ID`), else the viewer's default plan. A page
// either gets the plan or what to render instead: the "no plan yet" card, a 404 for a plan that
// does not exist, or — for the plan's status, reports and ledger — a notice to another county's
// staff (the plan's text itself is a public notice, shown to everyone).
import type { ReactElement } from "react";
import { notFound } from "next/navigation";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { NoPlan } from "@/components/plan/no-plan.tsx";
import { can, type Viewer } from "@/lib/auth/permissions.ts";
import { planRef, resolvePlan, type PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { planMessages } from "@/lib/messages/plans.ts";

type SearchParams = Record<string, string | string[] | undefined>;
type Gate = { plan: PlanSummary; blocked?: undefined } | { plan?: undefined; blocked: ReactElement };

/** `access: "read"` for pages of the plan's status, reports or ledger; "public" for its text. */
export async function choosePagePlan(
  viewer: Viewer | null,
  searchParams: SearchParams,
  access: "public" | "read",
  title = "",
): Promise<Gate> {
  const choice = await resolvePlan(viewer, searchParams.plan);
  if (choice.kind === "not-found") notFound();
  if (choice.kind === "none") return { blocked: <NoPlan /> };
  if (access === "read" && !can(viewer, { action: "plan:read", plan: planRef(choice.plan) })) {
    return { blocked: <ForbiddenNotice title={title} detail={planMessages.forbidden} /> };
  }
  return { plan: choice.plan };
}
