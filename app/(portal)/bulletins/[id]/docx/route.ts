import { bulletinIdSchema } from "@/lib/data/bulletins/bulletin-id.ts";
import { bulletinFile } from "@/lib/data/bulletins/bulletin-file.ts";
import { serveFile } from "@/lib/exports/file-route.ts";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = bulletinIdSchema.safeParse((await params).id);
  return serveFile(async (viewer) => (id.success ? bulletinFile(viewer, id.data, "docx") : null));
}
