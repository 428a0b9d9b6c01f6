import { Deadline } from "@/components/tasks/deadline.tsx";
import { Card } from "@/components/ui/card.tsx";
import { formatDate } from "@/lib/format.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";

/** Above the report form: what the measure asks for and by when this period's report is due. */
export function ReportContext({
  measure,
  period,
}: {
  measure: { text: string; dueDate: string; deadlinePhrase: string | null };
  period: { dueOn: string };
}) {
  return (
    <Card aria-labelledby="measure-text" className="mb-5">
      <h2 id="measure-text" className="mb-2 font-bold">
        {m.form.measureText}
      </h2>
      <p className="leading-7 text-slate-800">{measure.text}</p>
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[6rem_1fr]">
        <dt className="text-slate-600">{m.form.deadline}</dt>
        <dd>
          <Deadline dueDate={measure.dueDate} phrase={measure.deadlinePhrase} />
        </dd>
        <dt className="text-slate-600">{m.form.periodDue}</dt>
        <dd>
          <time dateTime={period.dueOn}>{formatDate(period.dueOn)}</time>
        </dd>
      </dl>
    </Card>
  );
}
