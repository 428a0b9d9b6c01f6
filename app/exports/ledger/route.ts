import { requirePlan } from "@/lib/data/plans/resolve-plan.ts";
import { ledgerFile, ledgerGroupingSchema } from "@/lib/data/status/ledger-file.ts";
import { asOfSchema } from "@/lib/data/status/status-params.ts";
import { serveFile } from "@/lib/exports/file-route.ts";

const badRequest = (message: string) => new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const asOf = asOfSchema.safeParse(query.get("asOf") ?? undefined);
  if (!asOf.success) return badRequest(asOf.error.issues[0].message);
  const by = ledgerGroupingSchema.safeParse(query.get("by") ?? undefined);
  if (!by.success) return badRequest(by.error.issues[0].message);
  return serveFile(async (viewer) => ledgerFile(viewer, await requirePlan(viewer, query.get("plan")), asOf.data, by.data));
}
