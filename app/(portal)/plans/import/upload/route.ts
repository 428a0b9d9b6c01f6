// POST /plans/import/upload: a notice file from the import form. The answer is a stream of progress
// lines (NDJSON: {"stage":"read"}, {"stage":"parse"}, then {"stage":"done","id":…} or
// {"stage":"error","message":…}), so the browser can show where a large file is while it is read
// and parsed; the upload itself shows its own progress. Nothing of a plan is written here: the file
// is kept for the preview (lib/data/plans/stage-import.ts).
import { getViewer } from "@/lib/auth/viewer.ts";
import type { Viewer } from "@/lib/auth/permissions.ts";
import { stageImport, stageImportSchema, type StageImportInput } from "@/lib/data/plans/stage-import.ts";
import { MAX_NOTICE_BYTES, NEW_REGION, type UploadProgress } from "@/lib/plan-import-form.ts";
import { isAppError } from "@/lib/errors.ts";
import { authMessages } from "@/lib/messages/auth.ts";
import { planMessages } from "@/lib/messages/plans.ts";

const m = planMessages.manage;

/** The page's script asks for progress lines; a plain form post accepts HTML. */
const wantsProgress = (request: Request) => (request.headers.get("accept") ?? "").includes("application/x-ndjson");

/** A form posted without JavaScript: to the preview, or back to the form with the message. */
async function plainPost(
  viewer: Viewer,
  invalid: string | null,
  fields: StageImportInput | undefined,
  file: FormDataEntryValue | null,
): Promise<Response> {
  const back = (message: string) =>
    new Response(null, {
      status: 303,
      headers: {
        Location: `/plans/import?error=${encodeURIComponent(message)}${fields?.previousPlanId ? `&from=${fields.previousPlanId}` : ""}`,
      },
    });
  if (invalid !== null || !fields || !(file instanceof File)) return back(invalid ?? m.fileRequired);
  try {
    const staged = await stageImport(viewer, fields, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
    return new Response(null, { status: 303, headers: { Location: `/plans/import/${staged.id}` } });
  } catch (error) {
    if (!isAppError(error)) console.error("[import] upload failed", error);
    return back(isAppError(error) ? error.message : m.failed);
  }
}
const json = (body: unknown, status: number) => Response.json(body, { status });

export async function POST(request: Request): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return json({ stage: "error", message: authMessages.signInRequired }, 401);
  // The form's fields and the file, with a bound on what is read into memory.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_NOTICE_BYTES + 64 * 1024)
    return json({ stage: "error", message: m.fileTooLarge(MAX_NOTICE_BYTES / 1024 / 1024) }, 413);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json({ stage: "error", message: m.fileRequired }, 400);
  }
  const file = form.get("file");
  // The form's region list ends with "a new county", whose name is typed beside it.
  const chosen = form.get("regionName");
  const regionName = chosen === NEW_REGION ? form.get("newRegionName") : chosen;
  const fields = stageImportSchema.safeParse({
    regionName: regionName ?? undefined,
    previousPlanId: form.get("previousPlanId") ?? undefined,
  });
  const invalid = !fields.success ? fields.error.issues[0].message : !(file instanceof File) || file.size === 0 ? m.fileRequired : null;
  // Without JavaScript the browser posted the form itself: answer with pages, not progress lines.
  if (!wantsProgress(request)) return plainPost(viewer, invalid, fields.data, file);
  if (invalid !== null || !fields.success || !(file instanceof File)) return json({ stage: "error", message: invalid }, 400);

  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: UploadProgress) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        send({ stage: "read" });
        const bytes = Buffer.from(await file.arrayBuffer());
        send({ stage: "parse" });
        const staged = await stageImport(viewer, fields.data, { name: file.name, bytes });
        send({ stage: "done", ...staged });
      } catch (error) {
        if (!isAppError(error)) console.error("[import] upload failed", error);
        send({ stage: "error", message: isAppError(error) ? error.message : m.failed });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
