import { TITLE_LIMIT } from "@/lib/data/milestones/milestone-input.ts";
import { milestoneMessages as m } from "@/lib/messages/milestones.ts";

const f = m.form;
const inputClass = "w-full rounded border border-slate-300 bg-white px-2 py-1";

type Name = "title" | "dueOn" | "plannedPercent";

/** The fields of a milestone (the add and edit forms share them); `idPrefix` keeps ids unique on the page. */
export function MilestoneFields({
  idPrefix,
  values,
  errors,
}: {
  idPrefix: string;
  values?: { title: string; dueOn: string; plannedPercent: number | null };
  errors?: Record<string, string[] | undefined>;
}) {
  const error = (name: Name) => errors?.[name]?.[0];
  const props = (name: Name) => ({
    id: `${idPrefix}-${name}`,
    name,
    "aria-invalid": error(name) ? true : undefined,
    "aria-describedby": error(name) ? `${idPrefix}-${name}-error` : undefined,
  });
  const label = (name: Name, text: string) => (
    <label htmlFor={`${idPrefix}-${name}`} className="mb-1 block text-sm font-medium">
      {text}
    </label>
  );
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_10rem_8rem]">
      <div>
        {label("title", f.title)}
        <textarea
          {...props("title")}
          rows={2}
          maxLength={TITLE_LIMIT}
          defaultValue={values?.title ?? ""}
          placeholder={f.titleHint}
          className={inputClass}
        />
        <FieldError id={`${idPrefix}-title-error`} message={error("title")} />
      </div>
      <div>
        {label("dueOn", f.dueOn)}
        <input {...props("dueOn")} type="date" defaultValue={values?.dueOn ?? ""} className={inputClass} />
        <FieldError id={`${idPrefix}-dueOn-error`} message={error("dueOn")} />
      </div>
      <div>
        {label("plannedPercent", f.plannedPercent)}
        <input
          {...props("plannedPercent")}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          defaultValue={values?.plannedPercent ?? ""}
          className={inputClass}
        />
        <FieldError id={`${idPrefix}-plannedPercent-error`} message={error("plannedPercent")} />
      </div>
      <p className="text-sm text-slate-600 sm:col-span-3">{f.plannedHint}</p>
    </div>
  );
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}
