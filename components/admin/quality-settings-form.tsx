"use client";
// 数据质量阈值: how far figures may move before the reporter has to explain them.
import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/action-result.tsx";
import { updateQualitySettingsAction } from "@/lib/actions/quality/update-quality-settings-action.ts";
import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from "@/lib/domain/quality/quality-settings.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";
import { Button } from "@/components/ui/button.tsx";

const m = qualityMessages.settings;
const FIELDS: { name: keyof QualitySettings; label: string; step: string }[] = [
  { name: "jumpPoints", label: m.jumpPoints, step: "1" },
  { name: "targetMultiple", label: m.targetMultiple, step: "any" },
];

export function QualitySettingsForm({ planId, values }: { planId: number; values: QualitySettings }) {
  const [result, action, pending] = useActionState(updateQualitySettingsAction, null);
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return (
    <section aria-labelledby="quality-settings" className="mt-8 max-w-xl">
      <h2 id="quality-settings" className="mb-1 text-lg font-bold">
        {m.title}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{m.intro}</p>
      <form action={action} className="space-y-4" data-testid="quality-settings-form">
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
              inputMode="decimal"
              step={f.step}
              defaultValue={values[f.name]}
              required
              aria-describedby={`${f.name}-hint`}
              className="w-32 rounded-md border border-slate-300 px-3 py-1.5"
            />
            <span id={`${f.name}-hint`} className="ml-3 text-sm text-slate-600">
              默认 {DEFAULT_QUALITY_SETTINGS[f.name]}
            </span>
            {fieldError(f.name) ? <p className="mt-1 text-sm text-red-700">{fieldError(f.name)}</p> : null}
          </div>
        ))}
        <Button type="submit" disabled={pending}>
          {m.save}
        </Button>
        <ActionResultMessage result={result} testId="quality-settings-result" />
      </form>
    </section>
  );
}
