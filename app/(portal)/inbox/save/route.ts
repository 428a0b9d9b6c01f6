// The report form's save, for the form's script (XMLHttpRequest: upload progress and cancel): the
// same action as the form's server action — session, validation, permission, version — answered as
// JSON (lib/actions/safe-action.ts ActionResult).
import { saveReportAction } from "@/lib/actions/reports/save-report-action.ts";
import { requestMessages } from "@/lib/messages/request.ts";

export async function POST(request: Request): Promise<Response> {
  const formData = await request.formData().catch(() => null);
  if (!formData) return Response.json({ ok: false, error: requestMessages.badForm }, { status: 400 });
  return Response.json(await saveReportAction(null, formData));
}
