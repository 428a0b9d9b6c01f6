// GET /api/v1/measures/{id}/reports: the measure's reports this token's user may read.
import { apiHandler } from "@/lib/api/api-handler.ts";
import { apiRoutes } from "@/lib/api/contract.ts";
import { listReportsForApi } from "@/lib/data/reports/list-reports-for-api.ts";

export const GET = apiHandler(apiRoutes.listMeasureReports, async ({ viewer, params }) => ({
  body: await listReportsForApi(viewer, params.id),
}));
