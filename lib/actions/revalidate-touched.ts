// What Next.js must render afresh after an action's writes, from what they declared they touched
// (lib/data/touched.ts): the one place that maps writes to pages. Colours show on most signed-in
// pages (the header's plan, lists, the measure pages, dashboards), so a write that may move one
// refreshes everything; other writes refresh the pages they name.
import { revalidatePath } from "next/cache";
import { touchesStatus, type Touched } from "../data/touched.ts";

export function revalidateTouched(all: readonly Touched[]): void {
  if (all.some(touchesStatus)) {
    revalidatePath("/", "layout");
    return;
  }
  for (const path of new Set(all.flatMap((t) => t.pages ?? []))) {
    // A pattern ("/measures/[id]") names a page of every id; a plain path that page and those below it.
    revalidatePath(path, path.includes("[") ? "page" : "layout");
  }
}
