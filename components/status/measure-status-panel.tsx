import { formatDate } from "@/lib/format.ts";
import { Card } from "@/components/ui/card.tsx";
import type { getMeasureStatus } from "@/lib/data/status/get-measure-status.ts";
import { gapWords } from "@/lib/domain/status/gap-words.ts";
import { statusMessages as m } from "@/lib/messages/status.ts";
import { ColourBadge } from "./colour-badge.tsx";
import { EscalationForm } from "./escalation-form.tsx";
import { OverrideForm } from "./override-form.tsx";
import { ReopenForm } from "./reopen-form.tsx";

type Data = NonNullable<Awaited<ReturnType<typeof getMeasureStatus>>>;

/** The measure's colour with its reasons, its progress against 序时进度, and the coordinators' controls. */
export function MeasureStatusPanel({ measureId, data }: { measureId: number; data: Data }) {
  const { status } = data;
  return (
    <Card className="mb-5" aria-labelledby="measure-status">
      <h2 id="measure-status" className="mb-2 font-bold">
        红黄蓝状态（{m.asOf} {formatDate(data.asOf)}）
      </h2>
      <p className="flex flex-wrap items-center gap-2" data-testid="measure-colour">
        <ColourBadge colour={status.colour} />
        {status.overridden ? (
          <span className="text-sm text-slate-600">{m.override.computedBeside(m.colours[status.computedColour])}</span>
        ) : null}
      </p>
      <ul className="mt-2 list-disc pl-5 text-sm text-slate-800" data-testid="measure-reasons">
        {status.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-slate-600">
        {m.expected} {status.expected}% · {m.actual} {status.actual === null ? "—" : `${status.actual}%`}
        {status.gap !== null ? ` · ${gapWords(status.gap)}` : ""}
      </p>
      {data.escalation ? (
        <p className="mt-2 text-sm" data-testid="measure-escalation">
          {m.escalation.inForce(m.escalation.cadences[data.escalation.cadence], data.escalation.startsOn)}：{data.escalation.reason}
        </p>
      ) : null}
      {data.canOverride ? (
        <div className="mt-4 space-y-4 border-t border-slate-100 pt-3 print:hidden">
          <OverrideForm measureId={measureId} overridden={status.overridden} />
          <EscalationForm measureId={measureId} inForce={!!data.escalation} />
          {status.done && data.canReopen ? <ReopenForm measureId={measureId} /> : null}
        </div>
      ) : null}
    </Card>
  );
}
