// A report arrives: the bureau of its plan's region (notifyBureau: administrators, the city's
// coordinators and the county's own) is told, in the submission's transaction. One notification
// per unit, plan and day — a unit filing its month's ten reports makes one line in the bell, which
// leads to the review queue filtered on that unit.
import type { PrismaTx } from "../../../db.ts";
import { planLabel } from "../../../format.ts";
import { deskMessages } from "../../../messages/review-desk.ts";
import { messages } from "../../../messages/zh-CN.ts";
import { notifyBureau } from "../../notifications/notify.ts";

type Arrival = {
  plan: { id: number; year: number; regionId: number };
  unitId: number;
  measure: { number: number; taskNumber: number };
  periodLabel: string;
  today: string;
};

export async function notifyReportArrived(tx: PrismaTx, a: Arrival): Promise<void> {
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: a.unitId }, select: { name: true } });
  const region = await tx.region.findUniqueOrThrow({ where: { id: a.plan.regionId }, select: { name: true } });
  const measure = `${messages.tasks.number(a.measure.taskNumber)} ${messages.tasks.measure(a.measure.number)}`;
  await notifyBureau(tx, a.plan.regionId, {
    kind: "REPORT_SUBMITTED",
    title: deskMessages.arrived.title(unit.name),
    body: deskMessages.arrived.body(planLabel({ year: a.plan.year, region }), measure, a.periodLabel),
    href: `/review?plan=${a.plan.id}&unit=${a.unitId}`,
    dedupeKey: `report-arrived:${a.plan.id}:${a.unitId}:${a.today}`,
  });
}
