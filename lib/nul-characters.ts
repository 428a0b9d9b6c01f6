// PostgreSQL stores no NUL character (U+0000) in text or JSON (errors 22021 / 22P05): such input
// is refused at the boundary — every server action (lib/actions/safe-action.ts) and API route
// (lib/api/api-handler.ts) — with a message, before any schema or data function sees it.

/** The path of the first string (or uploaded file's name) holding a NUL, or null when there is none. */
export function pathOfNulCharacter(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (typeof File !== "undefined" && value instanceof File) return value.name.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object" || depth > 64) return null;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof key === "string" && key.includes("\u0000")) return [...path, key];
    const found = pathOfNulCharacter(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
