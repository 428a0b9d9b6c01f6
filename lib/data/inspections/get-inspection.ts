// One quarterly inspection with its findings in the plan's order and the ledger entries its
// 不符合 findings raised (published entries: everyone signed in may follow the link).
import "server-only";
import { assertCan, type Viewer } from "../../auth/permissions.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, type IsoDate } from "../../domain/dates.ts";
import type { FindingLevel } from "../../domain/inspections/inspection-rules.ts";
import type { ProblemState } from "../../domain/problems/problem-workflow.ts";
import { visibleProblemsWhere } from "../scope/visible-problems.ts";
import { plansInScopeWhere } from "../scope/plans-in-scope.ts";

export type InspectionDetail = {
  id: number;
  planId: number;
  year: number;
  quarter: number;
  inspectedOn: IsoDate;
  notes: string;
  recordedBy: string;
  createdAt: Date;
  findings: {
    id: number;
    level: FindingLevel;
    notes: string;
    measure: { id: number; number: number; task: { number: number; title: string }; lead: string };
    problem: { id: number; state: ProblemState } | null;
  }[];
};

export async function getInspection(viewer: Viewer, id: number): Promise<InspectionDetail | null> {
  assertCan(viewer, { action: "inspection:read" });
  const db = await prisma();
  const inspection = await db.inspection.findFirst({
    where: { id, plan: plansInScopeWhere(viewer) },
    select: {
      id: true,
      planId: true,
      year: true,
      quarter: true,
      inspectedOn: true,
      notes: true,
      createdAt: true,
      createdById: true,
      findings: {
        orderBy: [{ measure: { task: { number: "asc" } } }, { measure: { number: "asc" } }],
        select: {
          id: true,
          level: true,
          notes: true,
          measure: {
            select: {
              id: true,
              number: true,
              task: { select: { number: true, title: true } },
              units: { where: { role: "LEAD" }, select: { unit: { select: { name: true } } } },
            },
          },
          problem: { select: { id: true, state: true } },
        },
      },
    },
  });
  if (!inspection) return null;
  const visible = await db.problem.findMany({
    where: { AND: [{ id: { in: inspection.findings.flatMap((f) => (f.problem ? [f.problem.id] : [])) } }, visibleProblemsWhere(viewer)] },
    select: { id: true },
  });
  const readable = new Set(visible.map((p) => p.id));
  const recorder = await db.user.findUnique({ where: { id: inspection.createdById }, select: { displayName: true } });
  return {
    id: inspection.id,
    planId: inspection.planId,
    year: inspection.year,
    quarter: inspection.quarter,
    inspectedOn: fromDbDate(inspection.inspectedOn),
    notes: inspection.notes,
    recordedBy: recorder?.displayName ?? "",
    createdAt: inspection.createdAt,
    findings: inspection.findings.map((f) => ({
      id: f.id,
      level: f.level,
      notes: f.notes,
      measure: { id: f.measure.id, number: f.measure.number, task: f.measure.task, lead: f.measure.units[0]?.unit.name ?? "" },
      problem: f.problem && readable.has(f.problem.id) ? { id: f.problem.id, state: f.problem.state } : null,
    })),
  };
}
