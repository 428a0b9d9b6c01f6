// The GET filter of /admin/audit: works without client JavaScript. Paging cursors are dropped on
// purpose, so a new filter starts at the newest events.
import Link from "next/link";
import type { AuditPage } from "@/lib/data/audit/list-audit-events.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { Button } from "@/components/ui/button.tsx";
import { inputClass } from "@/components/ui/field.tsx";

const m = adminMessages.audit;
export type AuditFilterValues = { actor?: string; action?: string; entity?: string; from?: string; to?: string };

const labelClass = "mb-1 block text-sm font-medium text-slate-700";

export function AuditFilterForm({ values, options }: { values: AuditFilterValues; options: AuditPage["options"] }) {
  const filtered = Object.values(values).some(Boolean);
  return (
    <form
      action="/admin/audit"
      method="get"
      className="mb-5 grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
      aria-label={adminMessages.filter}
    >
      <div>
        <label htmlFor="audit-actor" className={labelClass}>
          {m.actor}
        </label>
        <select id="audit-actor" name="actor" defaultValue={values.actor ?? ""} className={inputClass}>
          <option value="">{adminMessages.all}</option>
          {options.actors.map((a) => (
            <option key={a.id} value={a.id}>{`${a.displayName}（${a.login}）`}</option>
          ))}
          {options.system ? <option value="system">{m.system}</option> : null}
        </select>
      </div>
      <div>
        <label htmlFor="audit-action" className={labelClass}>
          {m.action}
        </label>
        <select id="audit-action" name="action" defaultValue={values.action ?? ""} className={inputClass}>
          <option value="">{adminMessages.all}</option>
          {options.actions.map((a) => (
            <option key={a} value={a}>
              {m.actions[a] ?? a}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-entity" className={labelClass}>
          {m.entityType}
        </label>
        <select id="audit-entity" name="entity" defaultValue={values.entity ?? ""} className={inputClass}>
          <option value="">{adminMessages.all}</option>
          {options.entityTypes.map((t) => (
            <option key={t} value={t}>
              {m.entityTypes[t] ?? t}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className={labelClass}>
          {m.from}
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={values.from} className={inputClass} />
      </div>
      <div>
        <label htmlFor="audit-to" className={labelClass}>
          {m.to}
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={values.to} className={inputClass} />
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm">
          {adminMessages.filter}
        </Button>
        {filtered ? (
          <Link href="/admin/audit" className="text-sm">
            {adminMessages.clearFilter}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
