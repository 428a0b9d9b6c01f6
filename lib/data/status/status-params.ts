// ?asOf=YYYY-MM-DD on every status view, validated at the boundary.
import "server-only";
import { z } from "zod";
import { calendarDateSchema } from "../../calendar-date.ts";
import { SCORE_SORTS } from "../../domain/status/dashboard-tables.ts";
import { statusMessages } from "../../messages/status.ts";

export const asOfSchema = calendarDateSchema(statusMessages.asOfInvalid).optional();

export const dashboardParamsSchema = z.object({
  asOf: asOfSchema,
  sort: z.enum(SCORE_SORTS).catch("onTime"),
  /** "all": every unit in the scoreboard and the heatmap, not only the first ones. */
  units: z.enum(["all"]).optional().catch(undefined),
});
