// POST /api/v1/reports: create (version null → 201) or update (→ 200) the token's unit's report,
// and submit it with `submit: true`. The unit is always the token user's own (saveReport).
import { apiHandler } from "@/lib/api/api-handler.ts";
import { apiRoutes } from "@/lib/api/contract.ts";
import { saveReport } from "@/lib/data/reports/save-report.ts";

export const POST = apiHandler(apiRoutes.saveReport, async ({ viewer, body }) => {
  const saved = await saveReport(viewer, body, []);
  return { status: body.version === null ? 201 : 200, body: saved };
});
