// The responsible-unit clause that closes every measure: （责任单位：A、B）, where A leads (牵头)
// and B co-owns (配合). Other bureaus word it as 责任科室 / 责任处室 / 责任部门, or split it into
// （牵头单位：A；配合单位：B、C） (also 牵头科室 / 配合科室 / 协办单位), with full- or half-width
// punctuation, units in nested brackets (各镇（街道）中心学校), a 完成时限 beside the units, or
// without brackets at the end of the measure or on a line of its own (责任单位：A、B).

export type UnitRole = "LEAD" | "CO";
export type ParsedUnit = { name: string; role: UnitRole };
export type UnitClause = {
  index: number;
  end: number;
  units: ParsedUnit[];
  /** The words of a 完成时限 / 完成时间 written inside the clause, if any. */
  deadline: string | null;
};

const OFFICE = "(?:单位|科室|处室|部门|股室)";
const LEAD = `(?:牵头${OFFICE}|主责单位)`;
const RESPONSIBLE = `(?:牵头)?责任${OFFICE}`;
const CO = `(?:配合|协办|参与|协同|协助)${OFFICE}`;
const DEADLINE = "(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限)";
const DEADLINE_LABEL = new RegExp(`^${DEADLINE}$`);
// Named people are not units: 责任领导：王某某 is skipped, not read as a unit.
const PERSON = "(?:责任领导|分管领导|牵头领导|责任人|联系人)";
const LABEL = `(?<label>${LEAD}|${RESPONSIBLE}|${CO}|${DEADLINE}|${PERSON})\\s*[：:]`;
const UNIT_LABEL = new RegExp(`^(?:${LEAD}|${RESPONSIBLE}|${CO})$`);

/** An opening bracket followed by a label: the start of a bracketed clause. */
const BRACKETED_START = new RegExp(`[（(]\\s*(?=(?:${LEAD}|${RESPONSIBLE}|${CO}|${PERSON})\\s*[：:])`, "g");
/** A clause without brackets: at the start of the text or after a sentence, running to its end. */
const BARE = new RegExp(`(?:^|(?<=[。；;！？!?\\s]))(?=(?:${LEAD}|${RESPONSIBLE}|${CO})\\s*[：:])`);
const LABELS = new RegExp(LABEL, "g");

const ROLE_ORDER = [new RegExp(`^${LEAD}$`), new RegExp(`^${RESPONSIBLE}$`), new RegExp(`^${CO}$`)];

export function splitUnitNames(text: string): string[] {
  return text
    .split(/[、，,；;\s]+/)
    .map((n) =>
      n
        .replace(/[。.]+$/, "")
        .replace(/等$/, "")
        .replace(/(?:牵头|负责|配合|参与)$/, "")
        .trim(),
    )
    .filter(Boolean);
}

/** Units in the order listed (牵头 labels before 责任 before 配合): the first leads, the others co-own. */
export function unitsInOrder(names: string[]): ParsedUnit[] {
  return [...new Set(names)].map((name, i) => ({ name, role: i === 0 ? "LEAD" : "CO" }));
}

/** Index of the bracket closing the one at `open`, counting nested brackets; the text's end when unclosed. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "（" || text[i] === "(") depth++;
    else if (text[i] === "）" || text[i] === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

/** The labelled parts of a clause's body: 牵头单位：A；配合单位：B → units A (lead), B; 完成时限 → deadline. */
function readBody(body: string): { units: ParsedUnit[]; deadline: string | null; labelledUnits: boolean } {
  const labels = [...body.matchAll(LABELS)];
  const parts = labels.map((m, i) => ({
    label: m.groups!.label,
    value: body.slice(m.index! + m[0].length, labels[i + 1]?.index ?? body.length).replace(/^[\s]+|[\s；;，,。]+$/g, ""),
  }));
  const names = ROLE_ORDER.flatMap((role) => parts.filter((p) => role.test(p.label)).flatMap((p) => splitUnitNames(p.value)));
  const deadline = parts.find((p) => DEADLINE_LABEL.test(p.label))?.value || null;
  return { units: unitsInOrder(names), deadline, labelledUnits: parts.some((p) => UNIT_LABEL.test(p.label)) };
}

/** The first unit clause in `text`, or null. */
export function findUnitClause(text: string): UnitClause | null {
  const bare = BARE.exec(text);
  for (const open of text.matchAll(BRACKETED_START)) {
    if (bare && bare.index < open.index!) break;
    const close = closingBracket(text, open.index!);
    const read = readBody(text.slice(open.index! + 1, close));
    // （责任领导：王某某） alone names no unit: not the clause.
    if (read.labelledUnits)
      return { index: open.index!, end: Math.min(close + 1, text.length), units: read.units, deadline: read.deadline };
  }
  if (!bare) return null;
  const read = readBody(text.slice(bare.index));
  return { index: bare.index, end: text.length, units: read.units, deadline: read.deadline };
}
