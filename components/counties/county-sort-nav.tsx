// How the counties are ordered (most red items, weighted progress, on-time rate…): the current order
// marked, the others as links.
import Link from "next/link";
import { COUNTY_SORTS, type CountySort } from "@/lib/domain/status/county-comparison.ts";
import { planMessages } from "@/lib/messages/plans.ts";

const c = planMessages.counties;

/** `sortHref`: the comparison in another order. */
export function CountySortNav({ sort, sortHref }: { sort: CountySort; sortHref: (sort: CountySort) => string }) {
  return (
    <nav aria-label={c.sortLabel} className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
      <span className="text-slate-600">{c.sortLabel}：</span>
      {COUNTY_SORTS.map((s) =>
        s === sort ? (
          <span key={s} aria-current="true" className="font-semibold">
            {c.sorts[s]}
          </span>
        ) : (
          <Link key={s} href={sortHref(s)}>
            {c.sorts[s]}
          </Link>
        ),
      )}
    </nav>
  );
}
