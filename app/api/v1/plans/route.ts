// GET /api/v1/plans: every plan (id, title, year), newest first.
import { apiHandler } from "@/lib/api/api-handler.ts";
import { apiRoutes } from "@/lib/api/contract.ts";
import { listPlans } from "@/lib/data/plans/list-plans.ts";

export const GET = apiHandler(apiRoutes.listPlans, async ({ viewer }) => ({ body: await listPlans(viewer) }));
