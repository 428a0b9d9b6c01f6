// The ledger export of a plan as of a date (default: the plan's status date), one sheet per action
// or per unit.
import "server-only";
import { z } from "zod";
import type { Viewer } from "../../auth/permissions.ts";
import type { IsoDate } from "../../domain/dates.ts";
import { XLSX_TYPE, type ExportFile } from "../../exports/download-response.ts";
import type { LedgerGrouping } from "../../exports/ledger-rows.ts";
import { ledgerXlsx } from "../../exports/ledger-xlsx.ts";
import { formatDate } from "../../format.ts";
import { ledgerMessages } from "../../messages/ledger.ts";
import { statusDateOf, type PlanSummary } from "../plans/resolve-plan.ts";
import { getPlanStatus } from "./get-plan-status.ts";

/** `?by=`: one sheet per action (default) or per unit. */
export const ledgerGroupingSchema = z.enum(["action", "unit"], { error: ledgerMessages.byInvalid }).default("action");

export async function ledgerFile(
  viewer: Viewer,
  plan: PlanSummary,
  requestedAsOf?: IsoDate,
  by: LedgerGrouping = "action",
): Promise<ExportFile> {
  const asOf = statusDateOf(plan, requestedAsOf);
  const status = await getPlanStatus(viewer, plan, asOf);
  return {
    name: `${ledgerMessages.fileName(formatDate(asOf))}.xlsx`,
    asciiName: `ledger-${asOf}.xlsx`,
    type: XLSX_TYPE,
    body: await ledgerXlsx(status, plan.title, by),
  };
}
