// The portal's tables (Table): a sideways-scrolling box (the page itself never scrolls sideways),
// a caption for screen readers, column headers with scope, and the rows the caller gives. Below the
// sm breakpoint each row becomes a card and each cell carries its column's name (globals.css
// `.card-table`; the names come from a small style rule per table, keyed by its columns).
import type { ReactNode } from "react";

export type Column = { label: string; align?: "right"; hidden?: boolean };

export function Table({
  caption,
  columns,
  minWidth = "",
  dense = false,
  testId,
  children,
}: {
  caption: string;
  columns: Column[];
  /** A Tailwind min-width class (`min-w-[40rem]`) below which the table scrolls sideways from the sm breakpoint. */
  minWidth?: string;
  /** Narrower header padding, for tables with many columns (the rows' cells choose their own). */
  dense?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const key = tableKey(columns);
  return (
    // `relative`: the sr-only caption and headers are positioned inside the box, not the page.
    <div className={`card-table ${key} relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm`}>
      <style href={key} precedence="default">
        {cardLabels(key, columns)}
      </style>
      <table className={`w-full text-left text-sm ${minWidth}`} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className={`${dense ? "px-3" : "px-4"} py-2 font-medium ${c.align === "right" ? "text-right" : ""}`}
              >
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

/** A class name for a set of columns: tables with the same columns share their labels' rule. */
function tableKey(columns: Column[]): string {
  let hash = 0;
  for (const ch of columns.map((c) => c.label).join("|")) hash = (hash * 31 + ch.codePointAt(0)!) | 0;
  return `dt-${(hash >>> 0).toString(36)}`;
}

/** Each cell of a card names its column (a hidden column's name stays unsaid, as in the header). */
function cardLabels(key: string, columns: Column[]): string {
  const rules = columns.map(
    (c, i) => `.${key} tbody tr > :nth-child(${i + 1})::before{content:${JSON.stringify(c.hidden ? "" : c.label)}}`,
  );
  return `@media (max-width: 39.98rem){${rules.join("")}}`;
}
