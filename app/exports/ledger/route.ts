import { ledgerFile } from "@/lib/data/status/ledger-file.ts";
import { asOfSchema } from "@/lib/data/status/status-params.ts";
import { serveFile } from "@/lib/exports/file-route.ts";

export async function GET(request: Request) {
  const asOf = asOfSchema.safeParse(new URL(request.url).searchParams.get("asOf") ?? undefined);
  if (!asOf.success) return new Response(asOf.error.issues[0].message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return serveFile((viewer) => ledgerFile(viewer, asOf.data));
}
