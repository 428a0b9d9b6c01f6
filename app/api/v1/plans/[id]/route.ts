// GET /api/v1/plans/{id}: the plan's actions → tasks → measures with units, indicators and periods.
import { apiHandler } from "@/lib/api/api-handler.ts";
import { apiRoutes } from "@/lib/api/contract.ts";
import { getPlanStructure } from "@/lib/data/plans/get-plan-structure.ts";

export const GET = apiHandler(apiRoutes.getPlan, async ({ viewer, params }) => ({ body: await getPlanStructure(viewer, params.id) }));
