"use client";
// Record a quarterly inspection: the quarter and date, then per measure visited its finding. Notes
// (and a due date) are asked for where they matter: a 不符合 finding becomes a ledger entry.
import { useState } from "react";
import { FormFeedback } from "@/components/problems/form-feedback.tsx";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { FieldError } from "@/components/ui/field-error.tsx";
import { Field, inputClass } from "@/components/ui/field.tsx";
import { recordInspectionAction } from "@/lib/actions/inspections/record-inspection-action.ts";
import type { InspectionFormData } from "@/lib/data/inspections/list-inspection-measures.ts";
import { addDays } from "@/lib/domain/dates.ts";
import { FINDING_LEVELS, quarterOf } from "@/lib/domain/inspections/inspection-rules.ts";
import { inspectionMessages as m } from "@/lib/messages/inspections.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { Button } from "@/components/ui/button.tsx";

const f = m.form;

export function InspectionForm({ data, limits }: { data: InspectionFormData; limits: { notes: number; findingNotes: number } }) {
  const { result, error, fieldError, pending, onSubmit, errorRef } = useKeptForm(recordInspectionAction);
  const markEdited = useUnsavedEdits(result);
  const [levels, setLevels] = useState<Record<number, string>>({});
  const defaultQuarter = data.today.startsWith(String(data.year)) ? quarterOf(data.today) : 4;
  const visited = Object.values(levels).filter(Boolean).length;

  return (
    <div>
      <FormFeedback result={null} error={error} errorRef={errorRef} testId="inspection-form" />
      <form onSubmit={onSubmit} onChange={markEdited} noValidate className="space-y-6" data-testid="inspection-form">
        <input type="hidden" name="planId" value={data.planId} />
        <input type="hidden" name="year" value={data.year} />
        <div className="grid gap-4 sm:grid-cols-3">
          <p>
            <span className="mb-1 block font-medium">{f.year}</span>
            <span className="block py-2">{data.year}年</span>
          </p>
          <Field id="quarter" label={f.quarter} error={fieldError("quarter")}>
            <select id="quarter" name="quarter" defaultValue={defaultQuarter} className={inputClass}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  {m.quarterLabel(data.year, q)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="inspectedOn" label={f.inspectedOn} error={fieldError("inspectedOn")}>
            <input id="inspectedOn" name="inspectedOn" type="date" max={data.today} defaultValue={data.today} className={inputClass} />
          </Field>
        </div>
        <Field id="inspection-notes" label={f.notes}>
          <textarea id="inspection-notes" name="notes" rows={3} maxLength={limits.notes} className={inputClass} />
        </Field>
        <Field id="defaultDueOn" label={f.defaultDue} hint={f.defaultDueHint} className="max-w-xs">
          <input
            id="defaultDueOn"
            name="defaultDueOn"
            type="date"
            min={data.today}
            defaultValue={addDays(data.today, 30)}
            aria-describedby="defaultDueOn-hint"
            className={inputClass}
          />
        </Field>

        <fieldset>
          <legend className="mb-2 text-lg font-bold">{f.measures}</legend>
          <FieldError id="findings-error" message={fieldError("findings")} />
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {data.measures.map((x) => {
              const label = `${messages.tasks.number(x.task.number)} ${messages.tasks.measure(x.number)}`;
              const level = levels[x.id] ?? "";
              return (
                <li
                  key={x.id}
                  className={`p-3 ${level === "NONCONFORMING" ? "bg-red-50/60" : ""}`}
                  data-testid="inspection-measure"
                  data-measure={label}
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="min-w-0 flex-1 text-sm">
                      <span className="font-medium">{label}</span>
                      <span className="ml-1 text-slate-700">{x.task.title}</span>
                      <span className="mt-0.5 block text-slate-600">{f.lead(x.lead)}</span>
                    </p>
                    <select
                      name={`level_${x.id}`}
                      value={level}
                      onChange={(e) => setLevels({ ...levels, [x.id]: e.currentTarget.value })}
                      aria-label={`${label} ${f.level}`}
                      className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                    >
                      <option value="">{f.notVisited}</option>
                      {FINDING_LEVELS.map((l) => (
                        <option key={l} value={l}>
                          {m.levels[l]}
                        </option>
                      ))}
                    </select>
                  </div>
                  {level ? (
                    <div className="mt-2 grid gap-2 sm:grid-cols-[1fr_11rem]">
                      <div>
                        <label htmlFor={`notes_${x.id}`} className="mb-1 block text-sm">{`${label} ${f.findingNotes}`}</label>
                        <textarea
                          id={`notes_${x.id}`}
                          name={`notes_${x.id}`}
                          rows={2}
                          maxLength={limits.findingNotes}
                          required={level === "NONCONFORMING"}
                          aria-describedby={level === "NONCONFORMING" ? `notes_${x.id}-hint` : undefined}
                          className={inputClass}
                        />
                        {level === "NONCONFORMING" ? (
                          <p id={`notes_${x.id}-hint`} className="mt-1 text-xs text-slate-600">
                            {f.findingNotesHint}
                          </p>
                        ) : null}
                      </div>
                      {level === "NONCONFORMING" ? (
                        <div>
                          <label htmlFor={`due_${x.id}`} className="mb-1 block text-sm">{`${label} ${f.findingDue}`}</label>
                          <input id={`due_${x.id}`} name={`due_${x.id}`} type="date" min={data.today} className={inputClass} />
                        </div>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
          <Button type="submit" disabled={pending}>
            {pending ? f.saving : f.submit}
          </Button>
          <span className="text-sm text-slate-600" aria-live="polite">{`${f.measures}：${visited}`}</span>
        </div>
      </form>
    </div>
  );
}
