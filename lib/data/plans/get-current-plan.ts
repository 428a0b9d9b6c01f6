// The plan the portal shows: the newest year's list (several plans coexist, one per year).
import { cache } from "react";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import { prisma } from "../../db.ts";

export type PlanSummary = {
  id: number;
  title: string;
  year: number;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: IsoDate | null;
};

/** The current plan, or null before any notice was imported. Cached per request. */
export const getCurrentPlan = cache(async (): Promise<PlanSummary | null> => {
  const db = await prisma();
  const plan = await db.plan.findFirst({
    orderBy: [{ year: "desc" }, { issuedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    select: { id: true, title: true, year: true, docNumber: true, issuer: true, issuedOn: true },
  });
  return plan ? { ...plan, issuedOn: plan.issuedOn ? fromDbDate(plan.issuedOn) : null } : null;
});
