// Reading the before/after snapshot of an audit event for a history. Lenient on purpose: an event
// written by an older version (or another feature) still reads — no snapshot is null, one that does
// not fit the schema reads as empty, so the step is still shown without its details.
import type { z } from "zod";

export function readAuditSnapshot<S extends z.ZodType<object>>(schema: S, json: unknown): z.output<S> | null {
  if (json === null || json === undefined) return null;
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : ({} as z.output<S>);
}
