// A rollover's unfinished measures of the old plan, to tick for carrying over (结转) into the new one.
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { planLabel } from "@/lib/format.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import type { ImportPreview } from "@/lib/data/plans/get-import-preview.ts";
import { planMessages } from "@/lib/messages/plans.ts";

const p = planMessages.preview;

export function CarryOverChoices({ rollover }: { rollover: NonNullable<ImportPreview["rollover"]> }) {
  return (
    <Card className="mb-5" data-testid="carry-over-choices">
      <h2 className="mb-1 font-bold">{p.carryTitle}</h2>
      <p className="mb-2 text-sm text-slate-700">{p.carryIntro(planLabel(rollover.from))}</p>
      {rollover.unfinished.length === 0 ? (
        <p className="text-sm text-slate-600">{p.carryNone}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rollover.unfinished.map((m) => (
            <li key={m.id} className="py-2 text-sm">
              <label className="flex items-start gap-2">
                <input type="checkbox" name="carry" value={m.id} className="mt-1" data-testid="carry-measure" />
                <span>
                  <span className="font-medium">{`${messages.tasks.number(m.task.number)} ${messages.tasks.measure(m.number)}`}</span>
                  <span className="ml-2">
                    <ColourBadge colour={m.colour as Colour} reason={m.reason} />
                  </span>
                  <span className="mt-0.5 block text-slate-700">{m.text.length > 80 ? `${m.text.slice(0, 80)}…` : m.text}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
