// GET /api/v1/status?asOf=YYYY-MM-DD[&planId=N]: red/yellow/blue of every measure, task and action.
import type { z } from "zod";
import { apiHandler } from "@/lib/api/api-handler.ts";
import { apiRoutes, type statusQuerySchema } from "@/lib/api/contract.ts";
import { getStatusForApi } from "@/lib/data/status/get-status-for-api.ts";

export const GET = apiHandler(apiRoutes.getStatus, async ({ viewer, query }) => ({
  body: await getStatusForApi(viewer, query as z.output<typeof statusQuerySchema>),
}));
