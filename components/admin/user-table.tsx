import Link from "next/link";
import { Badge } from "@/components/ui/badge.tsx";
import type { UserListItem } from "@/lib/data/users/list-users.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { Table } from "@/components/ui/table.tsx";

const m = adminMessages.users;

export function UserStatus({ active }: { active: boolean }) {
  return <Badge tone={active ? "info" : "muted"}>{active ? adminMessages.active : adminMessages.inactive}</Badge>;
}

export function UserTable({ users, viewerId }: { users: UserListItem[]; viewerId: number }) {
  if (users.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{m.noMatch}</p>;
  return (
    <Table
      caption={m.count(users.length)}
      minWidth="min-w-[40rem]"
      columns={[
        { label: m.headers.login },
        { label: m.headers.displayName },
        { label: m.headers.role },
        { label: m.headers.unit },
        { label: m.headers.status },
        { label: m.headers.manage, hidden: true },
      ]}
    >
      {users.map((user) => (
        <tr key={user.id} data-testid="user-row" className={user.active ? undefined : "text-slate-500"}>
          <th scope="row" className="px-4 py-2 font-mono font-normal">
            {user.login}
            {user.id === viewerId ? <span className="ml-1 font-sans text-xs text-slate-600">{m.self}</span> : null}
          </th>
          <td className="px-4 py-2">{user.displayName}</td>
          <td className="whitespace-nowrap px-4 py-2">{adminMessages.roles[user.role]}</td>
          <td className="px-4 py-2">{user.unit?.name ?? <span className="text-slate-500">{adminMessages.none}</span>}</td>
          <td className="px-4 py-2">
            <UserStatus active={user.active} />
          </td>
          <td className="whitespace-nowrap px-4 py-2 text-right">
            <Link href={`/admin/users/${user.id}`} aria-label={m.manageLabel(user.login)}>
              {m.manage}
            </Link>
          </td>
        </tr>
      ))}
    </Table>
  );
}
