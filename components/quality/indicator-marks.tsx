"use client";
// 只增不减 on the measure page: which indicators must not fall, and for bureau staff a button to
// mark or unmark each.
import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { markIndicatorAction } from "@/lib/actions/quality/mark-indicator-action.ts";
import type { IndicatorMarks as Data } from "@/lib/data/quality/indicator-marks.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";

const m = qualityMessages.mustNotFall;

export function IndicatorMarks({ data }: { data: Data }) {
  const [result, action, pending] = useActionState(markIndicatorAction, null);
  if (data.indicators.length === 0) return null;
  return (
    <Card className="mb-5" aria-labelledby="indicator-marks">
      <h2 id="indicator-marks" className="mb-1 font-bold">
        {qualityMessages.panel.title}：{m.label}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{m.hint}</p>
      <ul className="space-y-1 text-sm" data-testid="indicator-marks">
        {data.indicators.map((i) => (
          <li key={i.id} className="flex flex-wrap items-center gap-2" data-testid="indicator-mark">
            <span>
              {i.label}（{i.unit}）
            </span>
            {i.mustNotFall ? <Badge tone="warning">{m.label}</Badge> : null}
            {data.canManage ? (
              <form action={action}>
                <input type="hidden" name="indicatorId" value={i.id} />
                <input type="hidden" name="mustNotFall" value={i.mustNotFall ? "false" : "true"} />
                <button
                  type="submit"
                  disabled={pending}
                  className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 disabled:opacity-60"
                >
                  {i.mustNotFall ? m.off : m.on}
                  <span className="sr-only">：{i.label}</span>
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      <ActionResultMessage result={result} />
    </Card>
  );
}
