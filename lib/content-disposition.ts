// The Content-Disposition header of a download (RFC 6266), with the file's real name in UTF-8
// (RFC 5987 `filename*`) and an ASCII fallback for clients that ignore it: the one given (an export's
// name in plain words and digits, "ledger-2023-05-31.xlsx"), else the name with what is not
// printable ASCII replaced.

export function attachmentDisposition(fileName: string, asciiName?: string): string {
  const fallback = (asciiName ?? fileName).replace(/[^\x20-\x7e]|["\\%;]/g, "_");
  // encodeURIComponent leaves ' ( ) * alone, but RFC 5987's attr-char does not allow them.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
