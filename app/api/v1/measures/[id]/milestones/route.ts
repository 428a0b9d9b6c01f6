// GET /api/v1/measures/{id}/milestones[?asOf=YYYY-MM-DD]: the measure's milestones and their states.
import type { z } from "zod";
import { apiHandler } from "@/lib/api/api-handler.ts";
import { apiRoutes, type milestonesQuerySchema } from "@/lib/api/contract.ts";
import { listMeasureMilestones } from "@/lib/data/milestones/list-measure-milestones.ts";

export const GET = apiHandler(apiRoutes.listMeasureMilestones, async ({ viewer, params, query }) => ({
  body: await listMeasureMilestones(viewer, params.id, (query as z.output<typeof milestonesQuerySchema>).asOf),
}));
