import { statusMessages } from "@/lib/messages/status.ts";
import type { LinkedPlan } from "@/lib/plan-links.ts";
import { PlanField } from "@/components/plan/plan-field.tsx";
import { Button } from "@/components/ui/button.tsx";

/** Pick the as-of date of a status view (a GET form: works without JavaScript). */
export function AsOfForm({ action, asOf, error, plan }: { action: string; asOf: string; error?: string; plan: LinkedPlan }) {
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-2 print:hidden">
      <PlanField plan={plan} />
      <label className="text-sm text-slate-700">
        {statusMessages.asOf}
        <input type="date" name="asOf" defaultValue={asOf} className="ml-2 rounded border border-slate-300 px-2 py-1" />
      </label>
      <Button type="submit" size="sm">
        查看
      </Button>
      {error ? <p className="w-full text-sm text-red-700">{error}</p> : null}
    </form>
  );
}
