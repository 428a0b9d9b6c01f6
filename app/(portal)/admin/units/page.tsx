import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminForbidden } from "@/components/admin/admin-forbidden.tsx";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { UnitAdminTable } from "@/components/admin/unit-admin-table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listManagedUnits } from "@/lib/data/units/list-managed-units.ts";
import { adminMessages } from "@/lib/messages/admin.ts";

export const metadata: Metadata = { title: adminMessages.units.title };

export default async function AdminUnitsPage() {
  await connection();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "unit:manage" })) return <AdminForbidden />;
  const units = await listManagedUnits(viewer);
  return (
    <>
      <PageTitle
        eyebrow={adminMessages.nav.label}
        aside={<p className="text-sm text-slate-600">{adminMessages.units.count(units.length)}</p>}
      >
        {adminMessages.units.title}
      </PageTitle>
      <AdminNav current="units" />
      <p className="mb-3 text-sm text-slate-600">{adminMessages.units.countNote}</p>
      <UnitAdminTable units={units} />
    </>
  );
}
