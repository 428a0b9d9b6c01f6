import { problemFiltersSchema } from "@/lib/data/problems/list-problems.ts";
import { problemsFile } from "@/lib/data/problems/problems-file.ts";
import { serveFile } from "@/lib/exports/file-route.ts";

export async function GET(request: Request) {
  const filters = problemFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return serveFile((viewer) => problemsFile(viewer, filters));
}
