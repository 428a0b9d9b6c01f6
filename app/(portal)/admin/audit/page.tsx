import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminForbidden } from "@/components/admin/admin-forbidden.tsx";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { AuditFilterForm, type AuditFilterValues } from "@/components/admin/audit-filter-form.tsx";
import { AuditPagination } from "@/components/admin/audit-pagination.tsx";
import { AuditTable } from "@/components/admin/audit-table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { auditFilterSchema, listAuditEvents } from "@/lib/data/audit/list-audit-events.ts";
import { adminMessages } from "@/lib/messages/admin.ts";

export const metadata: Metadata = { title: adminMessages.audit.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function AdminAuditPage({ searchParams }: Props) {
  await connection();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "audit:read" })) return <AdminForbidden />;
  const raw = await searchParams;
  const values: AuditFilterValues = {
    actor: one(raw.actor),
    action: one(raw.action),
    entity: one(raw.entity),
    from: one(raw.from),
    to: one(raw.to),
  };
  const parsed = auditFilterSchema.safeParse({ ...values, before: one(raw.before), after: one(raw.after) });
  // A filter that does not parse shows its error and no events, rather than unfiltered ones.
  const page = await listAuditEvents(viewer, parsed.success ? parsed.data : {});
  return (
    <>
      <PageTitle eyebrow={adminMessages.nav.label}>{adminMessages.audit.title}</PageTitle>
      <AdminNav current="audit" />
      <AuditFilterForm values={values} options={page.options} />
      {parsed.success ? (
        <>
          <p className="mb-2 text-sm text-slate-600">{adminMessages.audit.pageNote}</p>
          <AuditTable events={page.events} labels={page.labels} />
          <AuditPagination values={values} newer={page.newer} older={page.older} paged={Boolean(parsed.data.before ?? parsed.data.after)} />
        </>
      ) : (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-800" data-testid="filter-error">
          {adminMessages.filterInvalid}
          {[...new Set(parsed.error.issues.map((i) => i.message))].join(" ")}
        </p>
      )}
    </>
  );
}
