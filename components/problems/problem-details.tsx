import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card.tsx";
import { ExtendedDueDate } from "@/components/ui/extended-due-date.tsx";
import type { ProblemDetail } from "@/lib/data/problems/get-problem.ts";
import { formatDateTime } from "@/lib/format.ts";
import { inspectionMessages } from "@/lib/messages/inspections.ts";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { measureLabel } from "./problem-table.tsx";

const d = m.detail;
const Empty = () => <span className="text-slate-600">{d.empty}</span>;

function Source({ problem }: { problem: ProblemDetail }) {
  const s = problem.sourceLabel;
  if (s?.kind === "REPORT") return <>{d.sourceReport(s.period)}</>;
  if (s?.kind === "INSPECTION")
    return <Link href={`/inspections/${s.inspectionId}`}>{d.sourceInspection(inspectionMessages.quarterLabel(s.year, s.quarter))}</Link>;
  return <>{m.sources[problem.source]}</>;
}

/** An entry's fields, as the ledger names them. */
export function ProblemDetails({ problem }: { problem: ProblemDetail }) {
  const rows: [string, ReactNode, string][] = [
    [
      d.fields.measure,
      <Link key="m" href={`/measures/${problem.measure.id}`}>{`${measureLabel(problem)}：${problem.measure.task.title}`}</Link>,
      "measure",
    ],
    [
      d.fields.description,
      <span key="d" className="whitespace-pre-wrap">
        {problem.description}
      </span>,
      "description",
    ],
    [d.fields.unit, problem.unit.name, "unit"],
    [d.fields.person, problem.responsiblePerson || <Empty />, "person"],
    [d.fields.due, <ExtendedDueDate key="due" dueOn={problem.dueOn} originalDueOn={problem.originalDueOn} />, "due"],
    [d.fields.remedy, problem.remedy ? <span className="whitespace-pre-wrap">{problem.remedy}</span> : <Empty />, "remedy"],
    [d.fields.source, <Source key="s" problem={problem} />, "source"],
    [d.fields.createdAt, formatDateTime(problem.createdAt), "created"],
    ...(problem.resolvedAt ? [[d.fields.resolvedAt, formatDateTime(problem.resolvedAt), "resolved"] as [string, ReactNode, string]] : []),
  ];
  return (
    <Card className="mb-5">
      <dl className="grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[7rem_1fr]">
        {rows.map(([label, value, key]) => (
          // On a phone each label sits right above its value; from sm on, in two columns.
          <div key={key} className="sm:contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="leading-6" data-testid={`problem-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
