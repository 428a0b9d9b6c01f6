import Link from "next/link";
import { ProblemStateBadge } from "@/components/problems/problem-state-badge.tsx";
import type { InspectionDetail } from "@/lib/data/inspections/get-inspection.ts";
import { inspectionMessages as m } from "@/lib/messages/inspections.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { FindingLevelBadge } from "./finding-level-badge.tsx";

const d = m.detail;

/** Each measure visited: its finding, notes, and the ledger entry a 不符合 finding raised. */
export function InspectionFindings({ findings }: { findings: InspectionDetail["findings"] }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {findings.map((f) => (
        <li key={f.id} className="py-3" data-testid="inspection-finding" data-level={f.level}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="min-w-0 flex-1">
              <Link
                href={`/measures/${f.measure.id}`}
                className="font-medium"
              >{`${messages.tasks.number(f.measure.task.number)} ${messages.tasks.measure(f.measure.number)}`}</Link>
              <span className="ml-1 text-slate-700">{f.measure.task.title}</span>
              <span className="mt-0.5 block text-slate-600">{`${d.lead}：${f.measure.lead}`}</span>
            </p>
            <FindingLevelBadge level={f.level} />
          </div>
          {f.notes ? <p className="mt-1 whitespace-pre-wrap">{f.notes}</p> : null}
          {f.problem ? (
            <p className="mt-1 flex flex-wrap items-center gap-2">
              <span className="text-slate-600">{d.problem}：</span>
              <Link href={`/problems/${f.problem.id}`} data-testid="finding-problem">
                {d.openProblem(f.problem.id)}
              </Link>
              <ProblemStateBadge state={f.problem.state} published />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
