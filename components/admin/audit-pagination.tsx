// Links to the newer and older pages of the audit trail, keeping the filter.
import Link from "next/link";
import { adminMessages } from "@/lib/messages/admin.ts";
import type { AuditFilterValues } from "./audit-filter-form.tsx";

const m = adminMessages.audit;

function href(values: AuditFilterValues, cursor: Record<string, number>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...cursor }))
    if (value !== undefined && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}

export function AuditPagination({
  values,
  newer,
  older,
  paged,
}: {
  values: AuditFilterValues;
  newer: number | null;
  older: number | null;
  paged: boolean;
}) {
  if (newer === null && older === null && !paged) return null;
  return (
    <nav aria-label={m.pagination} className="mt-4 flex flex-wrap gap-4 text-sm">
      {paged ? <Link href={href(values, {})}>{m.latest}</Link> : null}
      {newer !== null ? (
        <Link href={href(values, { after: newer })} rel="prev">
          {m.newer}
        </Link>
      ) : null}
      {older !== null ? (
        <Link href={href(values, { before: older })} rel="next">
          {m.older}
        </Link>
      ) : null}
    </nav>
  );
}
