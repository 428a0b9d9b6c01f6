import { Card } from "@/components/ui/card.tsx";
import type { ChaseOptions } from "@/lib/data/chases/get-chase-options.ts";
import { notificationMessages } from "@/lib/messages/notifications.ts";
import { ChaseForm } from "./chase-form.tsx";

const m = notificationMessages.chase;

/** The measure page's 催办 panel for bureau staff (the page shows it only when there are options). */
export function ChaseCard({ options }: { options: ChaseOptions }) {
  if (options.periods.length === 0 || options.units.length === 0) return null;
  return (
    <Card aria-labelledby="chase-title" className="mb-5 print:hidden">
      <h2 id="chase-title" className="mb-1 text-lg font-bold">
        {m.formTitle}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{m.formIntro}</p>
      <ChaseForm target={{ kind: "report", measureId: options.measureId, units: options.units, periods: options.periods }} />
    </Card>
  );
}
