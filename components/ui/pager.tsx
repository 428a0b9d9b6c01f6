// The pages of a long list: previous, "page n of m", next. Nothing for a list of one page.
import Link from "next/link";

export function Pager({
  page,
  pageCount,
  href,
  label,
  previous,
  next,
}: {
  page: number;
  pageCount: number;
  /** The address of page `n` (1-based), with the list's filters. */
  href: (n: number) => string;
  /** "第 n / m 页": names the navigation and sits between the links. */
  label: string;
  previous: string;
  next: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? <Link href={href(page - 1)}>← {previous}</Link> : <span />}
      <span>{label}</span>
      {page < pageCount ? <Link href={href(page + 1)}>{next} →</Link> : <span />}
    </nav>
  );
}
