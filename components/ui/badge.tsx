import type { ReactNode } from "react";

const TONES = {
  brand: "bg-brand-600 text-white",
  muted: "bg-slate-100 text-slate-700 ring-1 ring-inset ring-slate-300",
  info: "bg-brand-50 text-brand-800 ring-1 ring-inset ring-brand-100",
  success: "bg-green-50 text-green-800 ring-1 ring-inset ring-green-200",
  warning: "bg-amber-50 text-amber-900 ring-1 ring-inset ring-amber-300",
  danger: "bg-red-50 text-red-800 ring-1 ring-inset ring-red-200",
} as const;

export function Badge({ children, tone = "muted" }: { children: ReactNode; tone?: keyof typeof TONES }) {
  return <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ${TONES[tone]}`}>{children}</span>;
}
