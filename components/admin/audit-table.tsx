// Audit events, newest first: time (Beijing), who, what, which record, and the before/after of each
// changed field behind a <details> (no client JavaScript).
import Link from "next/link";
import type { AuditEventRow, AuditJson as Json, AuditJsonObject, AuditPage } from "@/lib/data/audit/list-audit-events.ts";
import { formatDateTime } from "@/lib/format.ts";
import { adminMessages } from "@/lib/messages/admin.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { Table } from "@/components/ui/table.tsx";

const m = adminMessages.audit;
type Labels = AuditPage["labels"];

export function AuditTable({ events, labels }: { events: AuditEventRow[]; labels: Labels }) {
  if (events.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{m.empty}</p>;
  return (
    <Table
      caption={m.title}
      minWidth="min-w-[48rem]"
      columns={[
        { label: m.headers.at },
        { label: m.headers.actor },
        { label: m.headers.action },
        { label: m.headers.record },
        { label: m.headers.changes },
      ]}
    >
      {events.map((event) => (
        <tr key={event.id} data-testid="audit-row" className="align-top">
          <th scope="row" className="whitespace-nowrap px-4 py-2 font-normal tabular-nums">
            <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time>
          </th>
          <td className="px-4 py-2">{event.actorName}</td>
          <td className="whitespace-nowrap px-4 py-2">{m.actions[event.action] ?? event.action}</td>
          <td className="px-4 py-2">
            <AuditRecord event={event} labels={labels} />
          </td>
          <td className="min-w-64 px-4 py-2">
            <AuditChanges event={event} labels={labels} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

function AuditRecord({ event, labels }: { event: AuditEventRow; labels: Labels }) {
  const type = m.entityTypes[event.entityType] ?? event.entityType;
  const id = Number(event.entityId);
  const user = event.entityType === "User" ? labels.users[id] : undefined;
  const unit = event.entityType === "Unit" ? labels.units[id] : undefined;
  const measure = event.measureId !== null ? labels.measures[event.measureId] : undefined;
  return (
    <>
      <span className="text-slate-600">{type} </span>
      {user ? (
        <Link href={`/admin/users/${id}`}>{`${user.displayName}（${user.login}）`}</Link>
      ) : unit ? (
        <Link href={`/units/${id}`}>{unit}</Link>
      ) : (
        <span className="tabular-nums">#{event.entityId}</span>
      )}
      {measure ? (
        <span className="block text-xs">
          <Link href={`/tasks/${measure.task}`}>{`${messages.tasks.number(measure.task)} ${messages.tasks.measure(measure.measure)}`}</Link>
        </span>
      ) : null}
    </>
  );
}

const isRecord = (v: Json): v is AuditJsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** The fields to show: those that changed when both sides exist, otherwise every field of the side there is. */
function changedFields(before: Json, after: Json): string[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  if (!isRecord(before) || !isRecord(after)) return keys;
  return keys.filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null));
}

function showValue(key: string, value: Json | undefined, labels: Labels): string {
  if (value === undefined || value === null || value === "") return "—";
  if (key === "role" && typeof value === "string") return adminMessages.roles[value as keyof typeof adminMessages.roles] ?? value;
  if (key === "unitId" && typeof value === "number") return labels.units[value] ?? `#${value}`;
  if (key === "active" && typeof value === "boolean") return value ? adminMessages.active : adminMessages.inactive;
  if (typeof value === "boolean") return value ? m.yes : m.no;
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

function AuditChanges({ event, labels }: { event: AuditEventRow; labels: Labels }) {
  if (event.before === null && event.after === null) return <span className="text-slate-600">—</span>;
  const fields = changedFields(event.before, event.after);
  const before = isRecord(event.before) ? event.before : {};
  const after = isRecord(event.after) ? event.after : {};
  return (
    <details>
      <summary className="cursor-pointer text-brand-700">{m.details}</summary>
      {fields.length === 0 ? (
        <p className="mt-2 text-slate-600">{m.noChanges}</p>
      ) : (
        <table className="mt-2 w-full text-xs">
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-2 font-medium">
                {m.field}
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                {m.before}
              </th>
              <th scope="col" className="py-1 font-medium">
                {m.after}
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((key) => (
              <tr key={key} className="border-t border-slate-100 align-top">
                <th scope="row" className="py-1 pr-2 font-normal text-slate-600">
                  {m.fields[key] ?? key}
                </th>
                <td className="max-w-48 break-words py-1 pr-2">{isRecord(event.before) ? showValue(key, before[key], labels) : "—"}</td>
                <td className="max-w-48 break-words py-1">{isRecord(event.after) ? showValue(key, after[key], labels) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
