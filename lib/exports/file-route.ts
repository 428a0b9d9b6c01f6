// Route handler for a file export: signed-in viewers only, Chinese errors as plain text.
import { getViewer } from "../auth/viewer.ts";
import type { Viewer } from "../auth/permissions.ts";
import { isAppError } from "../errors.ts";
import { authMessages } from "../messages/auth.ts";
import { downloadResponse, type ExportFile } from "./download-response.ts";

export async function serveFile(load: (viewer: Viewer) => Promise<ExportFile | null>): Promise<Response> {
  const viewer = await getViewer();
  const text = (status: number, message: string) =>
    new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!viewer) return text(401, authMessages.signInRequired);
  try {
    const file = await load(viewer);
    return file ? downloadResponse(file) : text(404, "文件不存在。");
  } catch (error) {
    if (isAppError(error)) return text(error.code === "FORBIDDEN" ? 403 : error.code === "NOT_FOUND" ? 404 : 400, error.message);
    console.error("[export] failed", error);
    return text(500, "导出失败，请稍后重试。");
  }
}
