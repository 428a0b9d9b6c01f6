// Whether a request's target (path and query, as sent) is something the portal can read: every
// %-escape decodes to valid UTF-8, and nothing decodes to a control character (a NUL reaches
// PostgreSQL as error 22021). Checked once here, so no page, route or search parses such a URL.

/** Why the target is unreadable, or null when it is fine. */
export function requestTargetError(target: string | undefined): "malformed" | "control" | null {
  if (!target || !target.startsWith("/")) return "malformed";
  // Query values use + for space; everything else is %-escapes over UTF-8.
  const bytes: number[] = [];
  for (let i = 0; i < target.length; i++) {
    const c = target.charCodeAt(i);
    if (c === 0x25) {
      const hex = target.slice(i + 1, i + 3);
      if (!/^[0-9a-f]{2}$/i.test(hex)) return "malformed";
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // Node.js only lets Latin-1 through in a request line; treat what arrives as UTF-8 text.
      bytes.push(...Buffer.from(target[i], "utf8"));
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return "malformed";
  }
  // C0 controls and DEL; tabs and new lines have no business in a URL either.
  return /[\u0000-\u001f\u007f]/.test(text) ? "control" : null;
}
