// Which periodic reports a measure's units owe: the one definition (issue 15). The status engine's
// overdue reports, the units' punctuality and the reminders read it as SQL
// (lib/data/status/period-applies.ts); the inbox and the report form read it here. A property test
// (tests/integration/owed-reports-property.test.ts) proves the SQL equal to this over generated plans.
//
// A measure owes a period (each of its owning units files one report on it) when
//  - the period overlaps the measure's reporting span: from its start date to its due date in force
//    (the notice's, or a later one an extension approved by then gave: 延期, the unit keeps reporting);
//  - it is monthly, or weekly/daily and starts while the measure is escalated to that cadence
//    (推进不力 → 周调度/日调度);
//  - and the measure was not done when the period fell due (or, for a period not due yet, is not done
//    now): done means its lead unit's latest approved report says 100 % and no coordinator reopened it
//    since (DESIGN.md "Done": a done measure owes no further periodic reports; missing reports that
//    fell due before it was done still count).
// A period starting after the notice's due date is owed only from the approval of the first
// extension that reaches it (`owedFrom`): before then nobody could have known it was owed.
// Instants are epoch milliseconds; dates YYYY-MM-DD.
import { endOfChinaDay, type IsoDate } from "../dates.ts";
import { effectiveDueDate, type ApprovedExtension } from "../extensions/extension-rules.ts";

export type PeriodKind = "MONTHLY" | "WEEKLY" | "DAILY";
export type OwingPeriod = { id: number; kind: PeriodKind; startsOn: IsoDate; endsOn: IsoDate; dueOn: IsoDate };

/** One of the lead unit's approved reports that carries a percent (what the colour engine reads). */
export type LeadApproval = { reportId: number; periodStartsOn: IsoDate; percent: number; reviewedAt: number };

export type OwingMeasure = {
  startDate: IsoDate;
  /** The notice's due date. */
  dueDate: IsoDate;
  /** Its approved extensions (延期), whenever approved: only those approved before the instant asked about count. */
  extensions: readonly ApprovedExtension[];
  escalations: readonly { cadence: "WEEKLY" | "DAILY"; startsOn: IsoDate; endsOn: IsoDate | null }[];
  leadApprovals: readonly LeadApproval[];
  /** When coordinators reopened it (重新打开). */
  reopenings: readonly number[];
};

export type OwedPeriod = { periodId: number; owedFrom: number | null };

/** The lead unit's latest approved report before an instant, as the colour engine picks it: by period, then approval. */
export function latestLeadApproval(approvals: readonly LeadApproval[], before: number): LeadApproval | null {
  let latest: LeadApproval | null = null;
  for (const a of approvals) {
    if (a.reviewedAt >= before) continue;
    if (
      latest === null ||
      a.periodStartsOn > latest.periodStartsOn ||
      (a.periodStartsOn === latest.periodStartsOn &&
        (a.reviewedAt > latest.reviewedAt || (a.reviewedAt === latest.reviewedAt && a.reportId > latest.reportId)))
    ) {
      latest = a;
    }
  }
  return latest;
}

/** Whether a reopening at or after `since` and before `before` reopened the measure. */
export function reopenedBetween(reopenings: readonly number[], since: number, before: number): boolean {
  return reopenings.some((at) => at >= since && at < before);
}

/** Done (已完成) at an instant: the latest approved lead report says 100 % and nobody reopened the measure since its approval. */
export function isDoneAt(measure: Pick<OwingMeasure, "leadApprovals" | "reopenings">, at: number): boolean {
  const latest = latestLeadApproval(measure.leadApprovals, at);
  return latest !== null && latest.percent >= 100 && !reopenedBetween(measure.reopenings, latest.reviewedAt, at);
}

/** The periods (of those given) the measure owes, as known at the instant `knownBy`. */
export function owedPeriods(measure: OwingMeasure, periods: readonly OwingPeriod[], knownBy: number): OwedPeriod[] {
  const extensions = measure.extensions.filter((e) => e.decidedAt < knownBy);
  const until = effectiveDueDate(measure.dueDate, extensions, knownBy);
  const owed: OwedPeriod[] = [];
  for (const p of periods) {
    if (p.endsOn < measure.startDate || p.startsOn > until) continue;
    if (
      p.kind !== "MONTHLY" &&
      !measure.escalations.some((e) => e.cadence === p.kind && e.startsOn <= p.startsOn && (e.endsOn === null || p.startsOn < e.endsOn))
    )
      continue;
    const fellDue = Math.min(endOfChinaDay(p.dueOn).getTime(), knownBy);
    if (isDoneAt(measure, fellDue)) continue;
    const reaching = extensions.filter((e) => e.requestedDueOn >= p.startsOn).map((e) => e.decidedAt);
    owed.push({ periodId: p.id, owedFrom: p.startsOn <= measure.dueDate ? null : Math.min(...reaching) });
  }
  return owed;
}
