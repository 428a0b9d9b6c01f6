// The ledger export of a plan as of a date (default: the plan's status date).
import type { Viewer } from "../../auth/permissions.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { XLSX_TYPE } from "../../exports/download-response.ts";
import { ledgerXlsx } from "../../exports/ledger-xlsx.ts";
import { statusDateOf, type PlanSummary } from "../plans/resolve-plan.ts";
import { getPlanStatus } from "./get-plan-status.ts";

export async function ledgerFile(viewer: Viewer, plan: PlanSummary, requestedAsOf?: IsoDate) {
  const asOf = statusDateOf(plan, requestedAsOf);
  const status = await getPlanStatus(viewer, plan, asOf);
  return { name: `重点任务台账（截至${asOf}）.xlsx`, type: XLSX_TYPE, body: await ledgerXlsx(status, plan.title) };
}
