// The ledger export of the current plan as of a date.
import type { Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { XLSX_TYPE } from "../../exports/download-response.ts";
import { ledgerXlsx } from "../../exports/ledger-xlsx.ts";
import { getCurrentPlan } from "../plans/get-current-plan.ts";
import { getPlanStatus } from "./get-plan-status.ts";

export async function ledgerFile(viewer: Viewer, asOf: IsoDate = today()) {
  const plan = await getCurrentPlan();
  if (!plan) return null;
  const status = await getPlanStatus(viewer, plan.id, asOf);
  return { name: `重点任务台账（截至${asOf}）.xlsx`, type: XLSX_TYPE, body: await ledgerXlsx(status, plan.title) };
}
