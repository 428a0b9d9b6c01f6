// A plan's quarterly inspections, newest first, with how many findings of each level
// and how many ledger entries they raised. Read by every signed-in user.
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import type { FindingLevel } from "../../domain/inspections/inspection-rules.ts";
import { assertPlanReadable, type PlanSummary } from "../plans/resolve-plan.ts";
import { userNames } from "../users/user-names.ts";

export type InspectionListRow = {
  id: number;
  year: number;
  quarter: number;
  inspectedOn: IsoDate;
  recordedBy: string;
  findings: number;
  levels: Record<FindingLevel, number>;
  problems: number;
};

export async function listInspections(viewer: Viewer, plan: PlanSummary): Promise<{ planYear: number; rows: InspectionListRow[] }> {
  assertCan(viewer, { action: "inspection:read" });
  assertPlanReadable(viewer, plan);
  const db = await prisma();
  const inspections = await db.inspection.findMany({
    where: { planId: plan.id },
    orderBy: [{ inspectedOn: "desc" }, { id: "desc" }],
    select: {
      id: true,
      year: true,
      quarter: true,
      inspectedOn: true,
      createdById: true,
      findings: { select: { level: true, problem: { select: { id: true } } } },
    },
  });
  const nameOf = await userNames(
    db,
    inspections.map((i) => i.createdById),
  );
  return {
    planYear: plan.year,
    rows: inspections.map((i) => {
      const levels: Record<FindingLevel, number> = { CONFORMS: 0, MOSTLY_CONFORMS: 0, NONCONFORMING: 0 };
      for (const f of i.findings) levels[f.level] += 1;
      return {
        id: i.id,
        year: i.year,
        quarter: i.quarter,
        inspectedOn: fromDbDate(i.inspectedOn),
        recordedBy: nameOf.get(i.createdById) ?? "",
        findings: i.findings.length,
        levels,
        problems: i.findings.filter((f) => f.problem).length,
      };
    }),
  };
}
