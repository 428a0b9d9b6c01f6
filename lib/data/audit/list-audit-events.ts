// The audit trail for the admin page: newest first, 50 a page, keyset-paginated on (at, id) so a
// page costs the same however deep it is, filtered by actor, action, record type and dates (China time).
import "server-only";
import { z } from "zod";
import { calendarDateSchema } from "../../calendar-date.ts";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { adminMessages } from "../../messages/admin.ts";

export const AUDIT_PAGE_SIZE = 50;
const m = adminMessages.audit;
const blankAsUnset = (v: unknown) => (v === "" ? undefined : v);
const invalid = { error: m.badValue };
const cursor = z.preprocess(blankAsUnset, z.coerce.number(invalid).int(invalid).positive(invalid).optional());
const day = z.preprocess(blankAsUnset, calendarDateSchema(m.badDate).optional());

/** The GET filter of /admin/audit. `actor` is a user id or "system"; blank fields mean "all". */
export const auditFilterSchema = z
  .object({
    actor: z.preprocess(
      blankAsUnset,
      z.union([z.literal("system"), z.coerce.number(invalid).int(invalid).positive(invalid)], invalid).optional(),
    ),
    action: z.preprocess(
      blankAsUnset,
      z
        .string()
        .max(60, invalid)
        .regex(/^[a-z][a-z0-9.:_-]*$/, invalid)
        .optional(),
    ),
    entity: z.preprocess(
      blankAsUnset,
      z
        .string()
        .max(60, invalid)
        .regex(/^[A-Za-z][A-Za-z0-9_]*$/, invalid)
        .optional(),
    ),
    from: day,
    to: day,
    /** Show the page of events older than this event. */
    before: cursor,
    /** Show the page of events newer than this event. */
    after: cursor,
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: m.badRange, path: ["to"] });
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export type AuditJson = Prisma.JsonValue;
export type AuditJsonObject = Prisma.JsonObject;

export type AuditEventRow = {
  id: number;
  at: Date;
  actorId: number | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  measureId: number | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

export type AuditPage = {
  events: AuditEventRow[];
  /** Cursor for the newer page (`after=`), or null on the newest page. */
  newer: number | null;
  /** Cursor for the older page (`before=`), or null on the oldest page. */
  older: number | null;
  /** The choices of the filter form: who has acted (`system`: events without a user), which actions and record types occur. */
  options: { actors: { id: number; login: string; displayName: string }[]; system: boolean; actions: string[]; entityTypes: string[] };
  /** Names for ids the page shows: users and units (records and unitId values), measures. */
  labels: {
    users: Record<number, { login: string; displayName: string }>;
    units: Record<number, string>;
    measures: Record<number, { task: number; measure: number }>;
  };
};

const CHINA_OFFSET = "+08:00";
const DAY_MS = 24 * 60 * 60 * 1000;

export async function listAuditEvents(viewer: Viewer, filter: AuditFilter): Promise<AuditPage> {
  assertCan(viewer, { action: "audit:read" });
  const db = await prisma();
  const where: Prisma.AuditEventWhereInput = {
    actorId: filter.actor === undefined ? undefined : filter.actor === "system" ? null : filter.actor,
    action: filter.action,
    entityType: filter.entity,
    at: {
      gte: filter.from ? new Date(`${filter.from}T00:00:00${CHINA_OFFSET}`) : undefined,
      lt: filter.to ? new Date(Date.parse(`${filter.to}T00:00:00${CHINA_OFFSET}`) + DAY_MS) : undefined,
    },
  };

  const cursorId = filter.after ?? filter.before;
  const cursorRow = cursorId ? await db.auditEvent.findUnique({ where: { id: cursorId }, select: { id: true, at: true } }) : null;
  const newerThanCursor = cursorRow !== null && filter.after !== undefined;
  const keyset: Prisma.AuditEventWhereInput | undefined = cursorRow
    ? newerThanCursor
      ? { OR: [{ at: { gt: cursorRow.at } }, { at: cursorRow.at, id: { gt: cursorRow.id } }] }
      : { OR: [{ at: { lt: cursorRow.at } }, { at: cursorRow.at, id: { lt: cursorRow.id } }] }
    : undefined;
  const direction = newerThanCursor ? "asc" : "desc";
  const rows = await db.auditEvent.findMany({
    where: keyset ? { AND: [where, keyset] } : where,
    orderBy: [{ at: direction }, { id: direction }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  const more = rows.length > AUDIT_PAGE_SIZE;
  const events = rows.slice(0, AUDIT_PAGE_SIZE);
  if (newerThanCursor) events.reverse();
  const first = events[0]?.id ?? null;
  const last = events.at(-1)?.id ?? null;
  const newer = newerThanCursor ? (more ? first : null) : cursorRow ? first : null;
  const older = newerThanCursor ? last : more ? last : null;

  const [options, labels] = await Promise.all([filterOptions(db), labelsFor(db, events)]);
  return { events, newer, older, options, labels };
}

type Db = Awaited<ReturnType<typeof prisma>>;

async function filterOptions(db: Db): Promise<AuditPage["options"]> {
  const [actors, actions, entityTypes] = await Promise.all([
    db.auditEvent.groupBy({ by: ["actorId"] }),
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  const ids = actors.map((a) => a.actorId).filter((id): id is number => id !== null);
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, login: true, displayName: true },
    orderBy: { login: "asc" },
  });
  return {
    actors: users,
    system: actors.some((a) => a.actorId === null),
    actions: actions.map((a) => a.action),
    entityTypes: entityTypes.map((e) => e.entityType),
  };
}

/** The unitId values inside a before/after snapshot. */
function unitIdsIn(value: Prisma.JsonValue): number[] {
  if (value && typeof value === "object" && !Array.isArray(value) && typeof value.unitId === "number") return [value.unitId];
  return [];
}

async function labelsFor(db: Db, events: AuditEventRow[]): Promise<AuditPage["labels"]> {
  const idsOf = (type: string) =>
    events
      .filter((e) => e.entityType === type)
      .map((e) => Number(e.entityId))
      .filter(Number.isInteger);
  const unitIds = [...idsOf("Unit"), ...events.flatMap((e) => [...unitIdsIn(e.before), ...unitIdsIn(e.after)])];
  const measureIds = events.map((e) => e.measureId).filter((id): id is number => id !== null);
  const [users, units, measures] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, login: true, displayName: true } }),
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
    db.measure.findMany({ where: { id: { in: measureIds } }, select: { id: true, number: true, task: { select: { number: true } } } }),
  ]);
  return {
    users: Object.fromEntries(users.map((u) => [u.id, u])),
    units: Object.fromEntries(units.map((u) => [u.id, u.name])),
    measures: Object.fromEntries(measures.map((x) => [x.id, { task: x.task.number, measure: x.number }])),
  };
}
