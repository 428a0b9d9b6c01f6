// The frame of the portal's tables: a sideways-scrolling box (the page itself never scrolls sideways),
// a caption for screen readers, column headers with scope, and the rows the caller gives.
import type { ReactNode } from "react";

export type Column = { label: string; align?: "right"; hidden?: boolean };

export function DataTable({ caption, columns, minWidth, testId, children }: { caption: string; columns: Column[]; minWidth: string; testId?: string; children: ReactNode }) {
  return (
    // `relative`: the sr-only caption and headers are positioned inside the box, not the page.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className={`w-full text-left text-sm ${minWidth}`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`px-4 py-2 font-medium ${c.align === "right" ? "text-right" : ""}`}>
                {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
