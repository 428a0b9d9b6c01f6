// A notice's problems, each with its line and text: nothing is imported until they are corrected.
import Link from "next/link";
import type { ImportPreview } from "@/lib/data/plans/get-import-preview.ts";
import { planMessages } from "@/lib/messages/plans.ts";

const p = planMessages.preview;

/** `again`: where to upload the corrected notice. */
export function ImportIssues({ issues, again }: { issues: ImportPreview["issues"]; again: string }) {
  if (issues.length === 0) return null;
  return (
    <section className="mb-5 rounded-lg border border-red-300 bg-red-50 p-4 sm:p-5" data-testid="import-issues">
      <h2 className="font-bold text-red-900">{p.issuesTitle(issues.length)}</h2>
      <p className="mb-2 text-sm text-red-900">{p.issuesHint}</p>
      <ol className="space-y-2 text-sm">
        {issues.map((issue, i) => (
          <li key={i} data-testid="import-issue">
            <span className="font-medium">{issue.line ? p.line(issue.line) : p.noLine}</span>：{issue.message}
            {issue.text ? (
              <code className="mt-0.5 block whitespace-pre-wrap rounded bg-white px-2 py-1 text-slate-800">{issue.text}</code>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm">
        <Link href={again}>{p.reupload}</Link>
      </p>
    </section>
  );
}
