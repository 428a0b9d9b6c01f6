import type { Metadata } from "next";
import { connection } from "next/server";
import { AdminForbidden } from "@/components/admin/admin-forbidden.tsx";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { UserFilterForm } from "@/components/admin/user-filter-form.tsx";
import { UserTable } from "@/components/admin/user-table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listUsers, userFilterSchema } from "@/lib/data/users/list-users.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { ButtonLink } from "@/components/ui/button.tsx";

export const metadata: Metadata = { title: adminMessages.users.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function AdminUsersPage({ searchParams }: Props) {
  await connection();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "user:manage" })) return <AdminForbidden />;
  const raw = await searchParams;
  const parsed = userFilterSchema.safeParse({ role: one(raw.role), unit: one(raw.unit), status: one(raw.status) });
  const filter = parsed.success ? parsed.data : {};
  const { users, units } = await listUsers(viewer, filter);
  return (
    <>
      <PageTitle
        eyebrow={adminMessages.nav.label}
        aside={
          <ButtonLink href="/admin/users/new" size="sm">
            {adminMessages.users.newUser}
          </ButtonLink>
        }
      >
        {adminMessages.users.title}
      </PageTitle>
      <AdminNav current="users" />
      <UserFilterForm filter={filter} units={units} />
      {parsed.success ? null : (
        <p className="mb-4 text-sm text-red-700" data-testid="filter-error">
          {adminMessages.filterInvalid}
          {parsed.error.issues[0]?.message}
        </p>
      )}
      <p className="mb-2 text-sm text-slate-600" role="status">
        {adminMessages.users.count(users.length)}
      </p>
      <UserTable users={users} viewerId={viewer.id} />
    </>
  );
}
