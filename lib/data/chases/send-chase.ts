// 催办: bureau staff chase a unit about one of its reports (a measure and a period, whether or not
// the unit has started that report) or about one of its published ledger entries, with a message.
// One transaction: the Chase row, its audit event (with the measure, so it shows in the measure's
// history) and a CHASE notification to each active user of the unit (pinned on their notification
// page while unread). Nothing comes from the form unchecked: the unit must own the measure, the
// period must be the measure's plan's, the entry must be published and not yet 销号.
import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { now } from "../../clock.ts";
import type { PrismaTx } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { notificationMessages } from "../../messages/notifications.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";
import { notifyUnit } from "../notifications/notify.ts";
import { recordIdSchema } from "../../record-id.ts";
import { visibleProblemsWhere } from "../scope/visible-problems.ts";
import { measurePlanRef } from "../plans/measure-plan.ts";

const m = notificationMessages.chase;

const positiveId = (error: string) => z.preprocess((v) => (v === "" ? undefined : v), recordIdSchema(error));
const messageSchema = z
  .string({ error: m.messageRequired })
  .trim()
  .min(1, { error: m.messageRequired })
  .max(500, { error: m.messageTooLong });

export const chaseInputSchema = z.discriminatedUnion(
  "target",
  [
    z.object({
      target: z.literal("report"),
      measureId: positiveId(m.measureNotFound),
      unitId: positiveId(m.chooseUnit),
      periodId: positiveId(m.choosePeriod),
      message: messageSchema,
    }),
    z.object({ target: z.literal("problem"), problemId: positiveId(m.problemNotFound), message: messageSchema }),
  ],
  { error: m.chooseTarget },
);
export type ChaseInput = z.infer<typeof chaseInputSchema>;

export type ChaseSent = { chaseId: number; unitName: string; recipients: number };

export async function sendChase(viewer: Viewer, input: ChaseInput): Promise<ChaseSent> {
  // A chase colours nothing: the measure's page (its history) and the unit's notifications change.
  return mutate(
    viewer,
    { permission: { action: "chase:send", plan: "any" }, touches: { pages: ["/measures/[id]", "/notifications"] } },
    async (tx) => {
      const target = input.target === "report" ? await reportTarget(tx, input) : await problemTarget(tx, viewer, input.problemId);
      // The chase happens in the measure's plan: a county's staff chase only in their county, and
      // nobody chases for reports a frozen plan no longer takes.
      assertCan(viewer, { action: "chase:send", plan: (await measurePlanRef(tx, target.measureId))! });
      const chase = await tx.chase.create({
        data: {
          unitId: target.unit.id,
          measureId: target.measureId,
          periodId: target.periodId,
          reportId: target.reportId,
          problemId: target.problemId,
          message: input.message,
          createdById: viewer.id,
          createdAt: now(),
        },
        select: { id: true },
      });
      await recordAudit(tx, viewer, {
        action: "chase.send",
        entityType: "Chase",
        entityId: chase.id,
        measureId: target.measureId,
        after: {
          unitId: target.unit.id,
          unitName: target.unit.name,
          periodId: target.periodId,
          reportId: target.reportId,
          problemId: target.problemId,
          message: input.message,
        },
      });
      const recipients = await notifyUnit(tx, target.unit.id, {
        kind: "CHASE",
        title: m.notificationTitle(viewer.name, target.subject),
        body: input.message,
        href: target.href,
        chaseId: chase.id,
      });
      return { chaseId: chase.id, unitName: target.unit.name, recipients };
    },
  );
}

type Target = {
  unit: { id: number; name: string };
  measureId: number;
  periodId: number | null;
  reportId: number | null;
  problemId: number | null;
  subject: string;
  href: string;
};

async function reportTarget(tx: PrismaTx, input: Extract<ChaseInput, { target: "report" }>): Promise<Target> {
  // One relation per query: inside a transaction Prisma would send an include's child queries in
  // parallel on the one connection.
  const owns = await tx.measureUnit.findUnique({
    where: { measureId_unitId: { measureId: input.measureId, unitId: input.unitId } },
    select: { unitId: true },
  });
  if (!owns) throw new AppError("NOT_FOUND", m.measureNotFound);
  const link = {
    unit: await tx.unit.findUniqueOrThrow({ where: { id: input.unitId }, select: { id: true, name: true } }),
    measure: await tx.measure.findUniqueOrThrow({
      where: { id: input.measureId },
      select: { id: true, planId: true, number: true, task: { select: { number: true } } },
    }),
  };
  const period = await tx.reportingPeriod.findFirst({
    where: { id: input.periodId, planId: link.measure.planId },
    select: { id: true, label: true },
  });
  if (!period) throw new AppError("NOT_FOUND", m.periodNotFound);
  const report = await tx.progressReport.findUnique({
    where: { measureId_unitId_periodId: { measureId: input.measureId, unitId: input.unitId, periodId: period.id } },
    select: { id: true },
  });
  return {
    unit: link.unit,
    measureId: link.measure.id,
    periodId: period.id,
    reportId: report?.id ?? null,
    problemId: null,
    subject: m.reportSubject({ taskNumber: link.measure.task.number, measureNumber: link.measure.number, periodLabel: period.label }),
    href: `/inbox/${period.id}/${link.measure.id}`,
  };
}

async function problemTarget(tx: PrismaTx, viewer: Viewer, problemId: number): Promise<Target> {
  // Only an entry the viewer may read: a unit's draft is not the bureau's to see, so "not found".
  const problem = await tx.problem.findFirst({
    where: { AND: [{ id: problemId }, visibleProblemsWhere(viewer)] },
    select: { id: true, measureId: true, description: true, state: true, unit: { select: { id: true, name: true } } },
  });
  if (!problem) throw new AppError("NOT_FOUND", m.problemNotFound);
  if (problem.state === "RESOLVED") throw new AppError("CONFLICT", m.problemResolved);
  return {
    unit: problem.unit,
    measureId: problem.measureId,
    periodId: null,
    reportId: null,
    problemId: problem.id,
    subject: m.problemSubject(problem),
    href: `/problems/${problem.id}`,
  };
}
