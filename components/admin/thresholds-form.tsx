"use client";

import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { updateThresholdsAction } from "@/lib/actions/status/update-thresholds-action.ts";
import type { Thresholds } from "@/lib/domain/status/thresholds.ts";
import { Button } from "@/components/ui/button.tsx";

const FIELDS: { name: keyof Thresholds; label: string; hint: string }[] = [
  { name: "yellowGap", label: "黄色：滞后序时进度超过（个百分点）", hint: "默认 10" },
  { name: "redGap", label: "红色：滞后序时进度超过（个百分点）", hint: "默认 30" },
  { name: "redOverdueDays", label: "红色：逾期未报超过（天）", hint: "默认 7" },
  { name: "redMissedPeriods", label: "红色：未报送达到（期）", hint: "默认 2" },
];

export function ThresholdsForm({ planId, values }: { planId: number; values: Thresholds }) {
  const [result, action, pending] = useActionState(updateThresholdsAction, null);
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form action={action} className="max-w-xl space-y-4">
      <input type="hidden" name="planId" value={planId} />
      {FIELDS.map((f) => (
        <div key={f.name}>
          <label htmlFor={f.name} className="mb-1 block text-sm font-medium text-slate-700">
            {f.label}
          </label>
          <input
            id={f.name}
            name={f.name}
            type="number"
            inputMode="numeric"
            defaultValue={values[f.name]}
            required
            aria-describedby={`${f.name}-hint`}
            className="w-32 rounded-md border border-slate-300 px-3 py-1.5"
          />
          <span id={`${f.name}-hint`} className="ml-3 text-sm text-slate-600">
            {f.hint}
          </span>
          {fieldError(f.name) ? <p className="mt-1 text-sm text-red-700">{fieldError(f.name)}</p> : null}
        </div>
      ))}
      <Button type="submit" disabled={pending}>
        保存
      </Button>
      <ActionResultMessage result={result} testId="thresholds-result" />
    </form>
  );
}
