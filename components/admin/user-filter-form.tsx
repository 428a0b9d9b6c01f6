// The GET filter of /admin/users: works without client JavaScript.
import Link from "next/link";
import type { UserFilter } from "@/lib/data/users/list-users.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { RoleSelect, UnitSelect } from "./form-field.tsx";
import { Button } from "@/components/ui/button.tsx";
import { inputClass } from "@/components/ui/field.tsx";

const m = adminMessages.users;

export function UserFilterForm({ filter, units }: { filter: UserFilter; units: { id: number; name: string }[] }) {
  const filtered = filter.role || filter.unit || filter.status;
  return (
    <form action="/admin/users" method="get" className="mb-5 flex flex-wrap items-end gap-3" aria-label={adminMessages.filter}>
      <div className="min-w-36">
        <label htmlFor="filter-role" className="mb-1 block text-sm font-medium text-slate-700">
          {m.filterRole}
        </label>
        <RoleSelect id="filter-role" defaultValue={filter.role ?? ""} allOption />
      </div>
      <div className="min-w-48 flex-1 sm:flex-none">
        <label htmlFor="filter-unit" className="mb-1 block text-sm font-medium text-slate-700">
          {m.filterUnit}
        </label>
        <UnitSelect id="filter-unit" name="unit" units={units} defaultValue={filter.unit} emptyLabel={adminMessages.all} />
      </div>
      <div className="min-w-28">
        <label htmlFor="filter-status" className="mb-1 block text-sm font-medium text-slate-700">
          {m.filterStatus}
        </label>
        <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={inputClass}>
          <option value="">{adminMessages.all}</option>
          <option value="active">{adminMessages.active}</option>
          <option value="inactive">{adminMessages.inactive}</option>
        </select>
      </div>
      <Button type="submit" size="sm">
        {adminMessages.filter}
      </Button>
      {filtered ? (
        <Link href="/admin/users" className="self-center text-sm">
          {adminMessages.clearFilter}
        </Link>
      ) : null}
    </form>
  );
}
