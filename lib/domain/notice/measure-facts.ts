// What the importer reads off one measure: its start and due dates, indicators and milestones.
// A deadline written apart from the text (a 完成时限 in the clause, a table's column) counts with
// the text's own phrases; it adds milestones only where it names work of its own
// ("6月底前完成方案，年底前验收"), a bare date being the measure's due date and nothing more.
import type { IsoDate } from "../dates.ts";
import { scheduleMeasure } from "./deadlines.ts";
import { extractIndicators } from "./indicators.ts";
import { proposeMilestones } from "./milestones.ts";
import type { DraftMeasure } from "./notice-draft.ts";
import type { ParsedMeasure } from "./parse-notice.ts";

export function measureFacts(draft: DraftMeasure, number: number, plan: { year: number; issuedOn: IsoDate | null }): ParsedMeasure {
  const dated = draft.deadline ? `${draft.text}\n${draft.deadline}` : draft.text;
  const ownMilestones = draft.deadline ? proposeMilestones(draft.deadline, plan.year).filter((m) => m.title !== m.deadlinePhrase) : [];
  return {
    number,
    text: draft.text,
    ...scheduleMeasure(dated, plan),
    units: draft.units,
    indicators: [...extractIndicators(draft.text), ...(draft.target ? extractIndicators(draft.target) : [])],
    milestones: [...proposeMilestones(draft.text, plan.year), ...ownMilestones],
    line: draft.line,
  };
}
