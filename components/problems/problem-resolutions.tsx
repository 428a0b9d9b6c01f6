import type { ReactNode } from "react";
import { AttachmentLink } from "@/components/reports/attachment-link.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { ProblemDetail } from "@/lib/data/problems/get-problem.ts";
import { formatDateTime } from "@/lib/format.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";

const d = m.detail;
const DECISION = { pending: "info", verified: "success", rejected: "warning" } as const;

/** The resolutions the viewer may read, oldest first, each with its evidence and the bureau's
 *  decision; the forms to resolve or decide come as children. */
export function ProblemResolutions({ problem, children }: { problem: ProblemDetail; children?: ReactNode }) {
  return (
    <Card aria-labelledby="resolutions-title" className="mb-5">
      <h2 id="resolutions-title" className="mb-3 text-lg font-bold">
        {d.resolutionsTitle}
      </h2>
      {problem.resolutions.length === 0 ? (
        <p className="text-sm text-slate-700">{problem.hiddenResolutions ? d.resolutionsHidden : d.noResolutions}</p>
      ) : null}
      <ol className="space-y-3">
        {problem.resolutions.map((r) => {
          const decision = r.accepted === null ? "pending" : r.accepted ? "verified" : "rejected";
          return (
            <li key={r.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="resolution" data-decision={decision}>
              <p className="mb-2 flex flex-wrap items-center gap-2">
                <Badge tone={DECISION[decision]}>{d.decision[decision]}</Badge>
                <span className="text-slate-600">{d.submittedBy(r.submittedBy, formatDateTime(r.submittedAt))}</span>
                {r.decidedAt ? <span className="text-slate-600">{d.decidedAt(formatDateTime(r.decidedAt))}</span> : null}
              </p>
              <p className="whitespace-pre-wrap leading-6">{r.text}</p>
              {r.rejectReason ? (
                <p className="mt-2 rounded bg-amber-50 p-2 text-amber-900" data-testid="reject-reason">
                  {d.rejectReason(r.rejectReason)}
                </p>
              ) : null}
              <div className="mt-2">
                <span className="text-slate-600">{d.evidence}：</span>
                <ul className="mt-1 space-y-0.5">
                  {r.attachments.map((file) => (
                    <li key={file.id}>
                      <AttachmentLink file={file} />
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          );
        })}
      </ol>
      {problem.resolutions.length > 0 && problem.hiddenResolutions > 0 ? (
        <p className="mt-3 text-sm text-slate-600">{d.resolutionsHidden}</p>
      ) : null}
      {children ? <div className="mt-4 border-t border-slate-200 pt-4">{children}</div> : null}
    </Card>
  );
}
