// What a month's bulletin would say if issued now: the plan's status at the month's cut-off (the
// period's due date) with the units' punctuality counting the month's own reports, the extensions
// granted in the month, optionally its data-quality warnings, and the colour counts of the month
// before (for 总体情况's change since last month). The preview shows it; issuing freezes it.
import { assertCan, type Viewer } from "../../../auth/permissions.ts";
import { today } from "../../../clock.ts";
import { prisma } from "../../../db.ts";
import { bulletinQualityRows, bulletinSnapshot, type BulletinSnapshot } from "../../../domain/bulletin/bulletin-snapshot.ts";
import { endOfChinaDay, fromDbDate, type IsoDate } from "../../../domain/dates.ts";
import { COLOURS, type Colour } from "../../../domain/status/measure-status.ts";
import { AppError } from "../../../errors.ts";
import { bulletinMessages as m } from "../../../messages/bulletins.ts";
import { listGrantedExtensions } from "../../extensions/list-granted-extensions.ts";
import { getPlanStatusWithHistory } from "../../status/get-plan-status.ts";
import { getPlanSummary, planRef, type PlanSummary } from "../../plans/resolve-plan.ts";
import { listQualityWarnings } from "../../quality/list-quality-warnings.ts";

export type PreparedBulletin = {
  plan: PlanSummary;
  period: { id: number; label: string; cutOff: IsoDate };
  snapshot: BulletinSnapshot;
  /** The colour counts at the previous month's cut-off (null for the plan's first month). */
  previous: Record<Colour, number> | null;
};

export async function prepareBulletin(
  viewer: Viewer,
  periodId: number,
  options: { includeQuality?: boolean } = {},
): Promise<PreparedBulletin> {
  assertCan(viewer, { action: "bulletin:issue", plan: "any" });
  const db = await prisma();
  const period = await db.reportingPeriod.findUnique({
    where: { id: periodId },
    select: {
      id: true,
      label: true,
      startsOn: true,
      endsOn: true,
      dueOn: true,
      kind: true,
      plan: { select: { id: true, title: true, docNumber: true, issuer: true } },
    },
  });
  if (!period || period.kind !== "MONTHLY") throw new AppError("NOT_FOUND", m.periodNotFound);
  const plan = await getPlanSummary(viewer, period.plan.id);
  if (!plan) throw new AppError("NOT_FOUND", m.periodNotFound);
  assertCan(viewer, { action: "bulletin:issue", plan: planRef(plan) });
  const cutOff = fromDbDate(period.dueOn);
  if (cutOff >= today()) throw new AppError("CONFLICT", m.beforeCutOff(period.label, cutOff));

  const before = await db.reportingPeriod.findFirst({
    where: { planId: period.plan.id, kind: "MONTHLY", startsOn: { lt: period.startsOn } },
    orderBy: { startsOn: "desc" },
    select: { dueOn: true },
  });
  const previousCutOff = before ? fromDbDate(before.dueOn) : null;
  // One reading for the month and the month before.
  const { status, punctuality, earlier } = await getPlanStatusWithHistory(
    viewer,
    plan,
    cutOff,
    previousCutOff ? [previousCutOff] : [],
    "through",
  );
  const monthStart = new Date(Date.parse(`${fromDbDate(period.startsOn)}T00:00:00+08:00`));
  const extensions = await listGrantedExtensions(db, period.plan.id, monthStart, endOfChinaDay(fromDbDate(period.endsOn)));
  // The month's reports (periods starting in it) submitted with data-quality warnings by the cut-off.
  const quality = options.includeQuality
    ? bulletinQualityRows(
        await listQualityWarnings(viewer, period.plan.id, cutOff, { from: fromDbDate(period.startsOn), to: fromDbDate(period.endsOn) }),
      )
    : undefined;
  const snapshot = bulletinSnapshot({
    plan: { title: period.plan.title, docNumber: period.plan.docNumber, issuer: period.plan.issuer },
    periodLabel: period.label,
    status,
    punctuality,
    extensions,
    quality,
  });
  const previous = earlier[0]
    ? (Object.fromEntries(COLOURS.map((c) => [c, earlier[0].measures.filter((x) => x.status.colour === c).length])) as Record<
        Colour,
        number
      >)
    : null;
  return { plan, period: { id: period.id, label: period.label, cutOff }, snapshot, previous };
}
