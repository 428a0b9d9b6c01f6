import { requirePlan } from "@/lib/data/plans/resolve-plan.ts";
import { problemFiltersSchema } from "@/lib/data/problems/list-problems.ts";
import { problemsFile } from "@/lib/data/problems/problems-file.ts";
import { serveFile } from "@/lib/exports/file-route.ts";

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const filters = problemFiltersSchema.parse(Object.fromEntries(query));
  return serveFile(async (viewer) => problemsFile(viewer, await requirePlan(viewer, query.get("plan")), filters));
}
