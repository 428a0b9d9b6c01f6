"use client";
// The unit's report form: save a draft or submit, with evidence files. The server decides
// everything (lib/actions/reports/save-report-action.ts, reached through /inbox/save so that the
// upload shows its progress and can be cancelled); this only collects the fields, keeps the
// user's input when the server refuses it, and prevents a second send while one is pending.
import { useState, type ReactNode } from "react";
import { MilestoneMarksField, type MarkableMilestone } from "@/components/milestones/milestone-marks-field.tsx";
import { chosenFiles, useKeptForm } from "@/components/ui/use-kept-form.ts";
import { UploadStatus } from "@/components/ui/upload-status.tsx";
import { useUnsavedEdits } from "@/components/ui/use-unsaved-guard.ts";
import { useUploadAction } from "@/components/ui/use-upload-action.ts";
import type { SavedReport } from "@/lib/data/reports/save-report.ts";
import { uploadMessages } from "@/lib/messages/upload.ts";
import { MAX_EVIDENCE_BYTES } from "@/lib/domain/evidence-type.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { AttachmentLink } from "./attachment-link.tsx";
import { FieldError } from "@/components/ui/field-error.tsx";
import { QualityCheckField, readFigures, type LiveFigures } from "@/components/quality/quality-check-field.tsx";
import type { QualityContext } from "@/lib/domain/quality/report-checks.ts";
import { Button } from "@/components/ui/button.tsx";
import { inputClass } from "@/components/ui/field.tsx";

export type ReportFormValues = {
  version: number;
  qualityExplanation?: string | null;
  percent: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
  actuals: { indicatorId: number; value: number }[];
  milestoneMarks: { milestoneId: number; reachedOn: Date }[];
  attachments: { id: number; fileName: string; size: number }[];
};

type Props = {
  measureId: number;
  periodId: number;
  editable: boolean;
  report: ReportFormValues | null;
  indicators: { id: number; label: string; target: string; unit: string }[];
  textLimit: number;
  /** The measure's milestones (工作节点) to mark reached, and today (the latest date allowed). */
  milestones?: { items: MarkableMilestone[]; today: string };
  /** What the data-quality checks compare the figures with (数据质量), and today. */
  quality?: { context: QualityContext; today: string };
  /** Shown instead of the form when the report cannot be edited (submitted or approved). */
  children?: ReactNode;
};

const MAX_FILES = 20;
// Below the server's request limit (next.config.js), with room for the other fields.
const MAX_TOTAL_BYTES = 90 * 1024 * 1024;
const f = m.form;

/** aria-describedby naming only the elements that are there. */
const ids = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" ") || undefined;

export function checkFiles(files: File[]): string | null {
  if (files.length > MAX_FILES) return f.clientTooManyFiles;
  const tooLarge = files.find((file) => file.size > MAX_EVIDENCE_BYTES);
  if (tooLarge) return f.clientFileTooLarge(tooLarge.name);
  if (files.reduce((sum, file) => sum + file.size, 0) > MAX_TOTAL_BYTES) return f.clientTotalTooLarge;
  return null;
}

export function ReportForm({ measureId, periodId, editable, report, indicators, textLimit, milestones, quality, children }: Props) {
  const [intent, setIntent] = useState<"save" | "submit">("save");
  const existingFiles = report?.attachments.length ?? 0;
  const [figures, setFigures] = useState<LiveFigures>(() => ({
    percent: report?.percent ?? null,
    actuals: report?.actuals ?? [],
    hasEvidence: existingFiles > 0,
  }));
  // Sent by hand so that React does not reset the fields when the server refuses the input.
  // Sent with XMLHttpRequest (the same action, through /inbox/save): evidence files show their
  // upload's progress and can be cancelled.
  const upload = useUploadAction<SavedReport>("/inbox/save");
  const { result, error, fieldError, pending, onSubmit, errorRef } = useKeptForm(upload.action, (formData) => {
    const problem = checkFiles(chosenFiles(formData, "evidence"));
    if (!problem) setIntent(formData.get("intent") === "submit" ? "submit" : "save");
    return problem;
  });
  const actual = new Map(report?.actuals.map((a) => [a.indicatorId, a.value]));
  // Saved after the last edit: nothing left to lose (the fields remount with what was stored).
  const markEdited = useUnsavedEdits(result);

  return (
    <div>
      {result?.ok ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
          data-testid="form-message"
        >
          {result.message} {m.currentState(m.states[result.data.state])}
        </p>
      ) : null}
      {error ? (
        <p
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800"
          data-testid="form-error"
        >
          {error}
        </p>
      ) : null}
      {!editable ? (
        children
      ) : (
        // A new version (after a successful save) remounts the fields with what was stored.
        <form
          key={report?.version ?? 0}
          onSubmit={onSubmit}
          onChange={(e) => {
            setFigures(readFigures(e.currentTarget, existingFiles));
            markEdited();
          }}
          noValidate
          className="space-y-6"
          data-testid="report-form"
        >
          <input type="hidden" name="measureId" value={measureId} />
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="version" value={report?.version ?? ""} />

          <div>
            <label htmlFor="percent" className="mb-1 block font-medium">
              {f.percent}
            </label>
            <input
              id="percent"
              name="percent"
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              defaultValue={report?.percent ?? ""}
              aria-describedby={ids("percent-hint", fieldError("percent") && "percent-error")}
              aria-invalid={fieldError("percent") ? true : undefined}
              className={`${inputClass} max-w-32`}
            />
            <p id="percent-hint" className="mt-1 text-sm text-slate-600">
              {f.percentHint}
            </p>
            <FieldError id="percent-error" message={fieldError("percent")} />
          </div>

          <LimitedText
            name="progress"
            label={f.progress}
            hint={f.progressHint}
            defaultValue={report?.progress ?? ""}
            limit={textLimit}
            rows={6}
            error={fieldError("progress")}
          />
          <LimitedText
            name="problems"
            label={f.problems}
            defaultValue={report?.problems ?? ""}
            limit={textLimit}
            rows={4}
            error={fieldError("problems")}
          />
          <LimitedText
            name="nextSteps"
            label={f.nextSteps}
            defaultValue={report?.nextSteps ?? ""}
            limit={textLimit}
            rows={4}
            error={fieldError("nextSteps")}
          />

          <fieldset>
            <legend className="mb-2 font-medium">{f.indicators}</legend>
            {indicators.length === 0 ? (
              <p className="text-sm text-slate-600">{f.noIndicators}</p>
            ) : (
              <div className="space-y-3">
                {indicators.map((i) => (
                  <div key={i.id}>
                    <label htmlFor={`actual_${i.id}`} className="mb-1 block text-sm">
                      {i.label}
                      <span className="ml-2 text-slate-600">（{f.indicatorTarget(i.target)}）</span>
                    </label>
                    <div className="flex items-center gap-2">
                      <input
                        id={`actual_${i.id}`}
                        name={`actual_${i.id}`}
                        type="number"
                        inputMode="decimal"
                        min={0}
                        step="any"
                        defaultValue={actual.get(i.id) ?? ""}
                        aria-describedby={ids(fieldError("actuals") && "actuals-error")}
                        className={`${inputClass} max-w-48`}
                      />
                      <span className="text-sm text-slate-700">{i.unit}</span>
                    </div>
                  </div>
                ))}
              </div>
            )}
            <FieldError id="actuals-error" message={fieldError("actuals")} />
          </fieldset>

          {milestones ? (
            <MilestoneMarksField
              milestones={milestones.items}
              marks={report?.milestoneMarks ?? []}
              today={milestones.today}
              error={fieldError("milestones")}
            />
          ) : null}

          <fieldset>
            <legend className="mb-2 font-medium">{f.evidence}</legend>
            {report?.attachments.length ? (
              <>
                <p className="mb-1 text-sm text-slate-700">{f.existingFiles}</p>
                <ul className="mb-3 space-y-1 text-sm" data-testid="existing-files">
                  {report.attachments.map((file) => (
                    <li key={file.id} className="flex flex-wrap items-center gap-x-4">
                      <span>
                        <AttachmentLink file={file} />
                      </span>
                      <span className="flex items-center gap-1">
                        <input type="checkbox" id={`remove-${file.id}`} name="removeAttachmentIds" value={file.id} />
                        <label htmlFor={`remove-${file.id}`}>
                          {f.remove}
                          <span className="sr-only">“{file.fileName}”</span>
                        </label>
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="mb-2 text-sm text-slate-600">{f.noFiles}</p>
            )}
            <label htmlFor="evidence" className="mb-1 block text-sm">
              {f.addFiles}
            </label>
            <input
              id="evidence"
              name="evidence"
              type="file"
              multiple
              aria-describedby={ids("evidence-hint", fieldError("evidence") && "evidence-error")}
              accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,application/pdf,image/*"
              className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
            />
            <p id="evidence-hint" className="mt-1 text-sm text-slate-600">
              {f.evidenceHint}
            </p>
            <FieldError id="evidence-error" message={fieldError("evidence")} />
          </fieldset>

          {quality ? (
            <QualityCheckField
              context={quality.context}
              today={quality.today}
              figures={figures}
              serverWarnings={result && !result.ok ? result.fieldErrors?.qualityExplanation : undefined}
              defaultExplanation={report?.qualityExplanation ?? ""}
            />
          ) : null}

          <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
            <Button type="submit" name="intent" value="save" disabled={pending} variant="secondary">
              {pending && intent === "save" ? f.saving : f.saveDraft}
            </Button>
            <Button type="submit" name="intent" value="submit" disabled={pending} aria-describedby="submit-hint">
              {pending && intent === "submit" ? f.submitting : f.submit}
            </Button>
            {upload.uploading ? (
              <Button onClick={upload.cancel} variant="quiet" size="sm" data-testid="upload-cancel">
                {uploadMessages.cancel}
              </Button>
            ) : null}
            <p id="submit-hint" className="text-sm text-slate-600">
              {f.submitHint}
            </p>
          </div>
          <UploadStatus state={upload.state} testId="upload-progress" />
        </form>
      )}
    </div>
  );
}

export function LimitedText(props: {
  name: string;
  label: string;
  hint?: string;
  defaultValue: string;
  limit: number;
  rows: number;
  error?: string;
}) {
  const [count, setCount] = useState(props.defaultValue.length);
  const { name } = props;
  return (
    <div>
      <label htmlFor={name} className="mb-1 block font-medium">
        {props.label}
      </label>
      <textarea
        id={name}
        name={name}
        rows={props.rows}
        maxLength={props.limit}
        defaultValue={props.defaultValue}
        onChange={(e) => setCount(e.currentTarget.value.length)}
        aria-describedby={ids(`${name}-hint`, props.error && `${name}-error`)}
        aria-invalid={props.error ? true : undefined}
        className={inputClass}
      />
      <p id={`${name}-hint`} className="mt-1 flex flex-wrap justify-between gap-2 text-sm text-slate-600">
        <span>{props.hint ? `${props.hint}${f.limit(props.limit)}。` : `${f.limit(props.limit)}。`}</span>
        <span aria-hidden="true" className="tabular-nums">
          {f.count(count, props.limit)}
        </span>
      </p>
      <FieldError id={`${name}-error`} message={props.error} />
    </div>
  );
}
