// The public JSON shape of a parsed notice (`npm run import -- <file> --json`), documented in
// the README: stable field names and order, dates as YYYY-MM-DD, low/high null unless RANGE.
import type { ParsedNotice } from "./parse-notice.ts";

export function noticeJson(notice: ParsedNotice) {
  return {
    plan: {
      title: notice.plan.title,
      year: notice.plan.year,
      docNumber: notice.plan.docNumber,
      issuer: notice.plan.issuer,
      issuedOn: notice.plan.issuedOn,
    },
    actions: notice.actions.map((action) => ({
      number: action.number,
      title: action.title,
      tasks: action.tasks.map((task) => ({
        number: task.number,
        title: task.title,
        measures: task.measures.map((m) => ({
          number: m.number,
          text: m.text,
          dueDate: m.dueDate,
          deadlinePhrase: m.deadlinePhrase,
          units: m.units.map((u) => ({ name: u.name, role: u.role })),
          indicators: m.indicators.map((i) => ({
            label: i.label,
            target: i.target,
            low: i.low,
            high: i.high,
            unit: i.unit,
            comparator: i.comparator,
            source: i.source,
          })),
          milestones: m.milestones.map((ms) => ({ title: ms.title, dueOn: ms.dueOn, deadlinePhrase: ms.deadlinePhrase })),
        })),
      })),
    })),
  };
}
