// 审核台 openings: which submitted reports a reviewer has had in front of them. Opening a report on
// the desk records it; approving several reports at once is allowed only for reports the reviewer
// opened after their latest submission, so a batch approval never covers a report nobody read
// (a resubmitted report must be opened again). Written outside lib/data/mutate.ts on purpose: the
// reviewer's own reading state, like a notification marked read, moves no data version (the queue
// and the desk are never served from the response cache); tests/integration/one-write-path.test.ts
// names it among the bookkeeping tables.
import type { Viewer } from "../../../auth/permissions.ts";
import { now } from "../../../clock.ts";
import type { PrismaLike } from "../../../db.ts";
import { AppError } from "../../../errors.ts";
import { deskMessages } from "../../../messages/review-desk.ts";

/** Records that the viewer opened a submitted report on the desk (again: the time moves on). */
export async function recordReportOpened(db: PrismaLike, viewer: Viewer, reportId: number): Promise<void> {
  const openedAt = now();
  await db.reportOpening.upsert({
    where: { userId_reportId: { userId: viewer.id, reportId } },
    create: { userId: viewer.id, reportId, openedAt },
    update: { openedAt },
  });
}

/** Of these reports, the ids the viewer opened since each one's latest submission. One query. */
export async function openedReportIds(
  db: PrismaLike,
  viewer: Viewer,
  reports: { id: number; submittedAt: Date | null }[],
): Promise<Set<number>> {
  if (reports.length === 0) return new Set();
  const openings = await db.reportOpening.findMany({
    where: { userId: viewer.id, reportId: { in: reports.map((r) => r.id) } },
    select: { reportId: true, openedAt: true },
  });
  const openedAt = new Map(openings.map((o) => [o.reportId, o.openedAt]));
  return new Set(reports.filter((r) => r.submittedAt !== null && (openedAt.get(r.id) ?? 0) >= r.submittedAt).map((r) => r.id));
}

/** Refuses a batch that holds a report the viewer has not opened since its latest submission. */
export async function assertAllOpened(db: PrismaLike, viewer: Viewer, ids: number[]): Promise<void> {
  const reports = await db.progressReport.findMany({ where: { id: { in: ids } }, select: { id: true, submittedAt: true } });
  const opened = await openedReportIds(db, viewer, reports);
  const unopened = ids.filter((id) => !opened.has(id));
  if (unopened.length > 0) throw new AppError("FORBIDDEN", deskMessages.notOpened(unopened.length));
}
