// The portal's buttons: one look per purpose instead of a class string pasted into every form.
// No state and no script of their own, so server and client components alike render them.
import Link from "next/link";
import type { ComponentProps } from "react";

// primary: the form's one main action; secondary: another action beside it (save a draft, preview);
// quiet: cancel, print, filters' neighbours; danger: what cannot be taken back (issue, chase all);
// success / warning: a reviewer's approve / return.
const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-brand-600 bg-white text-brand-700 hover:bg-brand-50",
  quiet: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-800",
  success: "bg-green-700 text-white hover:bg-green-800",
  warning: "bg-amber-700 text-white hover:bg-amber-800",
} as const;

const SIZES = {
  xs: "px-3 py-1 text-sm",
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;
type Look = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** The classes of a button's look, for the rare control that is neither a <button> nor a link. */
export function buttonClass({ variant = "primary", size = "md", className = "" }: Look = {}): string {
  return `inline-block rounded-md font-medium no-underline disabled:opacity-60 ${VARIANTS[variant]} ${SIZES[size]} ${className}`.trim();
}

/** A <button>; `type="button"` unless it submits (say so with type="submit"). */
export function Button({ variant, size, className, type = "button", ...rest }: Look & ComponentProps<"button">) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...rest} />;
}

/** A link that looks like a button (a page to go to, not an action to take). */
export function ButtonLink({ variant, size, className, ...rest }: Look & ComponentProps<typeof Link>) {
  return <Link className={buttonClass({ variant, size, className: `hover:no-underline ${className ?? ""}` })} {...rest} />;
}
