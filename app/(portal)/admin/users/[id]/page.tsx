import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { AdminForbidden } from "@/components/admin/admin-forbidden.tsx";
import { AdminNav } from "@/components/admin/admin-nav.tsx";
import { UserEditForms } from "@/components/admin/user-edit-forms.tsx";
import { UserStatus } from "@/components/admin/user-table.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getUserById } from "@/lib/data/users/get-user-by-id.ts";
import { formatDateTime } from "@/lib/format.ts";
import { adminMessages } from "@/lib/messages/admin.ts";

export const metadata: Metadata = { title: adminMessages.users.title };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const userIdParam = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);
const m = adminMessages.users;

export default async function AdminUserPage({ params, searchParams }: Props) {
  await connection();
  const parsed = userIdParam.safeParse((await params).id);
  if (!parsed.success) notFound();
  const viewer = await requirePageViewer();
  if (!can(viewer, { action: "user:manage" })) return <AdminForbidden />;
  const found = await getUserById(viewer, parsed.data);
  if (!found) notFound();
  const { user, units, counties } = found;
  const created = (await searchParams).created === "1";
  return (
    <>
      <PageTitle eyebrow={<Link href="/admin/users">{m.backToList}</Link>} aside={<UserStatus active={user.active} />}>
        {user.displayName}
        <span className="ml-2 font-mono text-lg font-normal text-slate-600">{user.login}</span>
      </PageTitle>
      <AdminNav current="users" />
      {created ? (
        <p className="mb-5 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" role="status" data-testid="user-created">
          {m.created(user.login)}
        </p>
      ) : null}
      <dl className="mb-5 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="text-slate-600">{m.fields.role}</dt>
        <dd data-testid="user-role">{adminMessages.roles[user.role]}</dd>
        <dt className="text-slate-600">{m.fields.unit}</dt>
        <dd data-testid="user-unit">{user.unit?.name ?? adminMessages.none}</dd>
        <dt className="text-slate-600">{m.createdAt}</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
        <dt className="text-slate-600">{m.updatedAt}</dt>
        <dd>{formatDateTime(user.updatedAt)}</dd>
      </dl>
      <UserEditForms user={user} units={units} counties={counties} isSelf={user.id === viewer.id} />
    </>
  );
}
