import Link from "next/link";
import { problemFilterQuery, type ProblemList } from "@/lib/data/problems/list-problems.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";

const l = m.list;

/** How many entries are in each state (for the unit / action / measure chosen), each a link to them. */
export function ProblemCounts({ list }: { list: ProblemList }) {
  const { counts, filters } = list;
  const href = (state: "OPEN" | "RESOLUTION_SUBMITTED" | "RESOLVED" | "DRAFT" | null) =>
    `/problems?${problemFilterQuery({ ...filters, state: state ?? "ALL", overdue: state ? undefined : "1", page: 1 })}`;
  const items: { key: keyof typeof l.countLabels; count: number; href: string }[] = [
    { key: "OPEN", count: counts.OPEN, href: href("OPEN") },
    { key: "RESOLUTION_SUBMITTED", count: counts.RESOLUTION_SUBMITTED, href: href("RESOLUTION_SUBMITTED") },
    { key: "RESOLVED", count: counts.RESOLVED, href: href("RESOLVED") },
    { key: "overdue", count: counts.overdue, href: href(null) },
    ...(counts.DRAFT > 0 ? [{ key: "DRAFT" as const, count: counts.DRAFT, href: href("DRAFT") }] : []),
  ];
  return (
    <dl aria-label={l.counts} className="mb-4 flex flex-wrap gap-2 text-sm" data-testid="problem-counts">
      {items.map((item) => (
        <div
          key={item.key}
          className={`rounded-md border bg-white px-3 py-1.5 ${item.key === "overdue" && item.count > 0 ? "border-red-300" : "border-slate-200"}`}
          data-testid={`count-${item.key}`}
        >
          <dt className="inline text-slate-600">{l.countLabels[item.key]}</dt>
          <dd className="ml-2 inline font-bold tabular-nums">
            <Link href={item.href} aria-label={`${l.countLabels[item.key]} ${item.count}`}>
              {item.count}
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
