"use client";
// Register or edit a ledger entry. The server decides everything (lib/actions/problems); this only
// collects the fields, offers the units of the chosen measure, and keeps the input when refused.
import { useState } from "react";
import { FieldError } from "@/components/ui/field-error.tsx";
import { LimitedText } from "@/components/reports/report-form.tsx";
import { Field, inputClass } from "@/components/ui/field.tsx";
import { createProblemAction, updateProblemAction } from "@/lib/actions/problems/problem-actions.ts";
import type { ProblemMeasureOption } from "@/lib/data/problems/list-problem-measures.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { FormFeedback } from "./form-feedback.tsx";
import { useKeptForm } from "@/components/ui/use-kept-form.ts";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { Button } from "@/components/ui/button.tsx";

const f = m.form;

export type ProblemFormValues = {
  problemId: number;
  version: number;
  measureId: number;
  unitId: number;
  description: string;
  responsiblePerson: string;
  dueOn: string;
  remedy: string;
  /** An approved extension moved the due date: it changes only by extension. */
  dueLocked: boolean;
};

type Props = {
  measures: ProblemMeasureOption[];
  /** A unit registers for itself and may keep a draft; the bureau publishes at once. */
  asUnit: boolean;
  limits: { description: number; remedy: number; person: number };
  today: string;
  /** Editing an entry; absent: a new one. */
  values?: ProblemFormValues;
  defaults: { measureId?: number; dueOn: string };
};

export function ProblemForm({ measures, asUnit, limits, today, values, defaults }: Props) {
  const { result, error, fieldError, pending, onSubmit, errorRef } = useKeptForm(values ? updateProblemAction : createProblemAction);
  const markEdited = useUnsavedEdits(result);
  const [measureId, setMeasureId] = useState(String(values?.measureId ?? defaults.measureId ?? ""));
  const units = measures.find((x) => String(x.id) === measureId)?.units ?? [];
  const describedBy = (name: string, hint?: string) => [hint, fieldError(name) && `${name}-error`].filter(Boolean).join(" ") || undefined;

  return (
    <div>
      <FormFeedback result={result} error={error} errorRef={errorRef} testId="problem-form" />
      <form onSubmit={onSubmit} onChange={markEdited} noValidate className="space-y-5" data-testid="problem-form">
        {values ? (
          <>
            <input type="hidden" name="problemId" value={values.problemId} />
            <input type="hidden" name="version" value={values.version} />
          </>
        ) : null}
        <Field id="measureId" label={f.measure} error={fieldError("measureId")}>
          <select
            id="measureId"
            name="measureId"
            value={measureId}
            onChange={(e) => setMeasureId(e.currentTarget.value)}
            aria-describedby={describedBy("measureId")}
            aria-invalid={fieldError("measureId") ? true : undefined}
            className={inputClass}
          >
            <option value="" disabled>
              {f.chooseMeasure}
            </option>
            {measures.map((x) => (
              <option
                key={x.id}
                value={x.id}
              >{`${messages.tasks.number(x.task.number)} ${messages.tasks.measure(x.number)}：${x.task.title}`}</option>
            ))}
          </select>
        </Field>
        <Field id="unitId" label={f.unit} hint={f.unitHint} error={fieldError("unitId")}>
          {/* A new key when the measure changes: its first (lead) unit is preselected. */}
          <select
            key={measureId}
            id="unitId"
            name="unitId"
            defaultValue={values && String(values.measureId) === measureId ? values.unitId : (units[0]?.id ?? "")}
            aria-describedby={describedBy("unitId", "unitId-hint")}
            aria-invalid={fieldError("unitId") ? true : undefined}
            className={inputClass}
          >
            {units.length === 0 ? <option value="">{f.chooseUnit}</option> : null}
            {units.map((u) => (
              <option key={u.id} value={u.id}>{`${u.name}（${messages.roles[u.role]}）`}</option>
            ))}
          </select>
        </Field>
        <LimitedText
          name="description"
          label={f.description}
          defaultValue={values?.description ?? ""}
          limit={limits.description}
          rows={4}
          error={fieldError("description")}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="responsiblePerson" label={f.person} hint={f.personHint} error={fieldError("responsiblePerson")}>
            <input
              id="responsiblePerson"
              name="responsiblePerson"
              maxLength={limits.person}
              defaultValue={values?.responsiblePerson ?? ""}
              autoComplete="off"
              aria-describedby={describedBy("responsiblePerson", "responsiblePerson-hint")}
              className={inputClass}
            />
          </Field>
          <div>
            <label htmlFor="dueOn" className="mb-1 block font-medium">
              {f.due}
            </label>
            <input
              id="dueOn"
              name="dueOn"
              type="date"
              min={values?.dueLocked ? undefined : today}
              defaultValue={values?.dueOn ?? defaults.dueOn}
              readOnly={values?.dueLocked}
              aria-describedby={describedBy("dueOn", values?.dueLocked ? "due-locked" : undefined)}
              aria-invalid={fieldError("dueOn") ? true : undefined}
              className={`${inputClass} read-only:bg-slate-100`}
            />
            {values?.dueLocked ? (
              <p id="due-locked" className="mt-1 text-sm text-slate-600">
                {f.dueLocked}
              </p>
            ) : null}
            <FieldError id="dueOn-error" message={fieldError("dueOn")} />
          </div>
        </div>
        <LimitedText
          name="remedy"
          label={f.remedy}
          hint={f.remedyHint}
          defaultValue={values?.remedy ?? ""}
          limit={limits.remedy}
          rows={3}
          error={fieldError("remedy")}
        />
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
          {values ? (
            <Button type="submit" disabled={pending}>
              {pending ? f.saving : f.save}
            </Button>
          ) : asUnit ? (
            <>
              <Button type="submit" name="intent" value="draft" disabled={pending} variant="secondary">
                {f.saveDraft}
              </Button>
              <Button type="submit" name="intent" value="publish" disabled={pending}>
                {pending ? f.saving : f.publish}
              </Button>
            </>
          ) : (
            <Button type="submit" name="intent" value="publish" disabled={pending}>
              {pending ? f.saving : f.create}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
