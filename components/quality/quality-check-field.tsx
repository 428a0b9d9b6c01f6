"use client";
// The report form's data-quality check (数据质量): the warnings the figures raise, computed as the
// reporter types by the same pure rules the server applies on submission
// (lib/domain/quality/report-checks.ts), and the explanation the reporter must give to submit
// them. When the server finds warnings the browser did not (figures changed meanwhile by another
// report), its list is shown instead.
import { EXPLANATION_LIMIT, warningsOf, type QualityContext } from "@/lib/domain/quality/report-checks.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";
import { FieldError } from "@/components/ui/field-error.tsx";

const f = qualityMessages.form;

/** The figures the checks read, as the form holds them now. */
export type LiveFigures = { percent: number | null; actuals: { indicatorId: number; value: number }[]; hasEvidence: boolean };

const numberOrNull = (v: FormDataEntryValue | null) =>
  typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : null;

/** Reads the figures from the report form (its percent, actual_<id> and evidence fields). */
export function readFigures(form: HTMLFormElement, existingFiles: number): LiveFigures {
  const data = new FormData(form);
  const actuals = [...data.keys()]
    .map((key) => [key.match(/^actual_(\d+)$/), numberOrNull(data.get(key))] as const)
    .flatMap(([match, value]) => (match && value !== null ? [{ indicatorId: Number(match[1]), value }] : []));
  const chosen = (form.elements.namedItem("evidence") as HTMLInputElement | null)?.files?.length ?? 0;
  const removed = data.getAll("removeAttachmentIds").length;
  return { percent: numberOrNull(data.get("percent")), actuals, hasEvidence: existingFiles - removed + chosen > 0 };
}

export function QualityCheckField(props: {
  context: QualityContext;
  today: string;
  figures: LiveFigures;
  /** The warnings the server refused a submission for (its field errors), if any. */
  serverWarnings?: string[];
  defaultExplanation: string;
}) {
  const live = warningsOf(props.context, { ...props.figures, today: props.today }).map((w) => w.text);
  const shown = live.length ? live : (props.serverWarnings ?? []);
  const refused = !!props.serverWarnings?.length;
  return (
    <section
      hidden={shown.length === 0}
      aria-labelledby="quality-title"
      className="rounded-md border-2 border-amber-400 bg-amber-50 p-4 text-amber-950"
      data-testid="quality-check"
    >
      <h3 id="quality-title" className="font-bold">
        {f.title}
      </h3>
      <p className="mt-1 text-sm">{f.intro}</p>
      <ul className="mt-2 list-disc pl-5 text-sm" data-testid="quality-warning-list">
        {shown.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <label htmlFor="qualityExplanation" className="mt-3 block font-medium">
        {f.explanation}
      </label>
      <textarea
        id="qualityExplanation"
        name="qualityExplanation"
        rows={3}
        maxLength={EXPLANATION_LIMIT}
        defaultValue={props.defaultExplanation}
        aria-describedby={refused ? "qualityExplanation-hint qualityExplanation-error" : "qualityExplanation-hint"}
        aria-invalid={refused ? true : undefined}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm"
      />
      <p id="qualityExplanation-hint" className="mt-1 text-sm">
        {f.explanationHint}
      </p>
      <FieldError id="qualityExplanation-error" message={refused ? f.required(props.serverWarnings!.length) : undefined} />
    </section>
  );
}
