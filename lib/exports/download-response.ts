// A file download response: the right type, an attachment disposition that keeps Chinese names
// (RFC 5987) with an ASCII fallback, and no caching of bureau data by intermediaries.
import { attachmentDisposition } from "../content-disposition.ts";

/** An export as a route serves it: `name` as users see it (dates written 2023年6月20日), `asciiName`
 *  for clients that cannot take it. */
export type ExportFile = { name: string; asciiName: string; type: string; body: Buffer };

export function downloadResponse(file: ExportFile): Response {
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": attachmentDisposition(file.name, file.asciiName),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
