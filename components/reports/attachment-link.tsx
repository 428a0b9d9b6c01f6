import { formatFileSize } from "@/lib/format.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";

/** A download link to an evidence file (the route checks who may read it). */
export function AttachmentLink({ file }: { file: { id: number; fileName: string; size: number } }) {
  return (
    <>
      {/* A plain <a>: the route answers with a download, not a page to prefetch. */}
      <a
        href={`/attachments/${file.id}`}
        download={file.fileName}
        aria-label={m.details.download(file.fileName)}
        data-testid="attachment-link"
      >
        {file.fileName}
      </a>
      <span className="ml-2 text-slate-600">{formatFileSize(file.size)}</span>
    </>
  );
}
