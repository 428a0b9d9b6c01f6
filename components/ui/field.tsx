// A labelled form control: the label above it, a hint and the field's error below, both tied to
// the control through aria-describedby (give the control `describedBy(id, { hint, error })`).
// The hint's id is `${id}-hint`, the error's `${id}-error` (FieldError, also its test id).
import type { ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error.tsx";

/** The classes of the portal's text inputs and selects. */
export const inputClass = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600";

export function Field({
  id,
  label,
  hint,
  error,
  dense = false,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Smaller words, for filters, settings and administration beside the forms units fill in. */
  dense?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={dense ? "mb-1 block text-sm font-medium text-slate-700" : "mb-1 block font-medium"}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className={dense ? "mt-1 text-xs text-slate-600" : "mt-1 text-sm text-slate-600"}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The control's aria-describedby: its hint, if any, and its error while there is one. */
export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: string }): string | undefined {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}
