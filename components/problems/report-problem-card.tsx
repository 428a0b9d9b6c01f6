import Link from "next/link";
import { Card } from "@/components/ui/card.tsx";
import { problemMessages as m } from "@/lib/messages/problems.ts";
import { RaiseFromReportForm } from "./raise-from-report.tsx";

type Props = {
  report: { id: number; state: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED"; problems: string };
  /** The entry already raised from this report, if any. */
  raised: { id: number } | null;
  defaults: { dueOn: string; today: string; personLimit: number };
};

/** Below a unit's own report: its 存在问题 into the ledger (once the report was submitted). */
export function ReportProblemCard({ report, raised, defaults }: Props) {
  if (!raised && !report.problems.trim()) return null;
  const r = m.fromReport;
  return (
    <Card aria-labelledby="raise-title" className="mt-5">
      <h2 id="raise-title" className="mb-1 text-lg font-bold">
        {r.title}
      </h2>
      {raised ? (
        <p className="text-sm" data-testid="raised-problem">
          {r.already}
          <Link href={`/problems/${raised.id}`}>{m.detail.eyebrow(raised.id)}</Link>
        </p>
      ) : report.state === "DRAFT" ? (
        <p className="text-sm text-slate-700">{r.notSubmitted}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">{r.intro}</p>
          <RaiseFromReportForm reportId={report.id} dueOn={defaults.dueOn} today={defaults.today} personLimit={defaults.personLimit} />
        </>
      )}
    </Card>
  );
}
