// A plan's issued bulletins, and the months whose cut-off has passed without one.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, toDbDate } from "../../domain/dates.ts";
import { assertPlanReadable, type PlanSummary } from "../plans/resolve-plan.ts";

export async function listBulletins(viewer: Viewer | null, plan: PlanSummary) {
  assertCan(viewer, { action: "status:read" });
  assertPlanReadable(viewer, plan);
  const db = await prisma();
  const [bulletins, issuable] = await Promise.all([
    db.bulletin.findMany({
      where: { planId: plan.id },
      orderBy: { asOf: "desc" },
      select: { id: true, asOf: true, issuedAt: true, period: { select: { label: true } } },
    }),
    db.reportingPeriod.findMany({
      where: { planId: plan.id, kind: "MONTHLY", bulletin: null, dueOn: { lt: toDbDate(today()) } },
      orderBy: { startsOn: "asc" },
      select: { id: true, label: true, dueOn: true },
    }),
  ]);
  return {
    plan,
    bulletins: bulletins.map((b) => ({ id: b.id, label: b.period.label, asOf: fromDbDate(b.asOf), issuedAt: b.issuedAt })),
    issuable: issuable.map((p) => ({ id: p.id, label: p.label, cutOff: fromDbDate(p.dueOn) })),
  };
}
