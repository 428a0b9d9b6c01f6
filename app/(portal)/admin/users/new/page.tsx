import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminForbidden } from "@/components/admin/admin-forbidden.tsx";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { UserCreateForm } from "@/components/admin/user-create-form.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listCountyOptions, listUnitOptions } from "@/lib/data/units/list-unit-options.ts";
import { adminMessages } from "@/lib/messages/admin.ts";

export const metadata: Metadata = { title: adminMessages.users.newUserTitle };

export default async function NewUserPage() {
  await connection();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "user:manage" })) return <AdminForbidden />;
  const [units, counties] = await Promise.all([listUnitOptions(viewer), listCountyOptions(viewer)]);
  return (
    <>
      <PageTitle eyebrow={<Link href="/admin/users">{adminMessages.users.backToList}</Link>}>{adminMessages.users.newUserTitle}</PageTitle>
      <AdminNav current="users" />
      <Card className="max-w-3xl">
        <UserCreateForm units={units} counties={counties} />
      </Card>
    </>
  );
}
