import { requirePlan } from "@/lib/data/plans/resolve-plan.ts";
import { ledgerFile } from "@/lib/data/status/ledger-file.ts";
import { asOfSchema } from "@/lib/data/status/status-params.ts";
import { serveFile } from "@/lib/exports/file-route.ts";

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const asOf = asOfSchema.safeParse(query.get("asOf") ?? undefined);
  if (!asOf.success) return new Response(asOf.error.issues[0].message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return serveFile(async (viewer) => ledgerFile(viewer, await requirePlan(viewer, query.get("plan")), asOf.data));
}
