import type { ReactNode } from "react";

export function PageTitle({ children, eyebrow, aside }: { children: ReactNode; eyebrow?: ReactNode; aside?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div>
        {eyebrow ? <p className="mb-1 text-sm text-slate-600">{eyebrow}</p> : null}
        <h1 className="text-2xl font-bold leading-snug text-slate-900">{children}</h1>
      </div>
      {aside}
    </div>
  );
}
