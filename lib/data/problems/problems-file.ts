// The ledger export: every entry the viewer sees under the page's filters (not only one page).
import "server-only";
import type { Viewer } from "../../auth/permissions.ts";
import { XLSX_TYPE, type ExportFile } from "../../exports/download-response.ts";
import { problemsXlsx } from "../../exports/problems-xlsx.ts";
import { formatDate } from "../../format.ts";
import { problemMessages as m } from "../../messages/problems.ts";
import { listProblems, type ProblemFilters } from "./list-problems.ts";
import type { PlanSummary } from "../plans/resolve-plan.ts";

export async function problemsFile(viewer: Viewer, plan: PlanSummary, filters: ProblemFilters): Promise<ExportFile> {
  const list = await listProblems(viewer, plan, filters, { all: true });
  return {
    name: m.export.fileName(formatDate(list.asOf)),
    asciiName: `problems-${list.asOf}.xlsx`,
    type: XLSX_TYPE,
    body: await problemsXlsx(list.rows, `${list.plan.title} ${m.title}`),
  };
}
