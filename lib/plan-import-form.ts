// What the notice upload form and its route share (the form is client code: no server imports here).

/** The region list's value for "a new county", whose name is typed beside it (never a region's name). */
export const NEW_REGION = "【新增】";

/** A notice file is a few hundred kilobytes; this bounds what one upload may hold in memory. */
export const MAX_NOTICE_BYTES = 10 * 1024 * 1024;

/** The upload route answers the form's script with these progress lines (NDJSON), one per stage. */
export type UploadProgress =
  | { stage: "read" | "parse" }
  | { stage: "done"; id: number; measures: number | null; problems: number }
  | { stage: "error"; message: string };
