// Evidence file download. Only for a viewer who may read the file's report or ledger resolution;
// anyone else (signed out included) gets the same 404 as for a file that does not exist.
import { connection } from "next/server";
import { getViewer } from "@/lib/auth/viewer.ts";
import { getAttachment } from "@/lib/data/evidence/get-attachment.ts";
import { attachmentDisposition } from "@/lib/content-disposition.ts";
import { evidenceFileName } from "@/lib/domain/evidence-file-name.ts";
import { EXTENSIONS_BY_MIME } from "@/lib/domain/evidence-type.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { idParamSchema } from "@/lib/route-params.ts";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = idParamSchema.safeParse((await params).id);
  const file = id.success ? await getAttachment(await getViewer(), id.data) : null;
  if (!file) {
    return new Response(m.attachmentNotFound, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.data.byteLength),
      // Named for what it is, also for files stored before names were cleaned (run.bat holding a PDF).
      "Content-Disposition": attachmentDisposition(evidenceFileName(file.fileName, EXTENSIONS_BY_MIME[file.mimeType] ?? ["bin"])),
      "X-Content-Type-Options": "nosniff",
      // Private evidence: never kept by shared caches; the browser revalidates access each time.
      "Cache-Control": "private, no-store",
    },
  });
}
