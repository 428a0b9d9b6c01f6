import type { LinkedPlan } from "@/lib/plan-links.ts";

/** Keeps a GET form (search, filters, as-of date) in its plan: the `plan` field, unless the default plan. */
export function PlanField({ plan }: { plan: LinkedPlan }) {
  return plan && !plan.isDefault ? <input type="hidden" name="plan" value={plan.id} /> : null;
}
