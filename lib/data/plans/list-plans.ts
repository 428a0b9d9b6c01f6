// Every plan, newest year first: where an API client finds the plan id to read. Published data,
// readable by every signed-in viewer.
import type { Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";

export type PlanListItem = { id: number; title: string; year: number; docNumber: string | null; issuedOn: IsoDate | null };

export async function listPlans(_viewer: Viewer): Promise<{ plans: PlanListItem[] }> {
  const db = await prisma();
  const plans = await db.plan.findMany({
    orderBy: [{ year: "desc" }, { issuedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    select: { id: true, title: true, year: true, docNumber: true, issuedOn: true },
  });
  return { plans: plans.map((p) => ({ ...p, issuedOn: p.issuedOn ? fromDbDate(p.issuedOn) : null })) };
}
