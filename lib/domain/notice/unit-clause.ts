// The responsible-unit clause that closes every measure: （责任单位：A、B）, where A leads (牵头)
// and B co-owns (配合); also the explicit form （牵头单位：A；配合单位：B、C）.

export type UnitRole = "LEAD" | "CO";
export type ParsedUnit = { name: string; role: UnitRole };
export type UnitClause = { index: number; end: number; units: ParsedUnit[] };

const RESPONSIBLE = /[（(]\s*(?:牵头)?责任单位\s*[：:]\s*(?<names>[^）)]*)[）)]/;
const LEAD_AND_CO = /[（(]\s*牵头单位\s*[：:]\s*(?<lead>[^；;）)]*?)\s*(?:[；;，,]\s*(?:配合|协办|参与)单位\s*[：:]\s*(?<co>[^）)]*))?[）)]/;
const BARE_LINE = /^责任单位\s*[：:]\s*(?<names>.+?)[。；;]?$/;

export function splitUnitNames(text: string): string[] {
  const names = text
    .split(/[、，,；;\s]+/)
    .map((n) => n.replace(/等$/, "").trim())
    .filter(Boolean);
  return names;
}

/** Units in the order listed: the first leads (牵头), the others co-own (配合). */
function inListedOrder(names: string[]): ParsedUnit[] {
  return [...new Set(names)].map((name, i) => ({ name, role: i === 0 ? "LEAD" : "CO" }));
}

/** The first unit clause in `text`, or null. The first unit listed leads, the others co-own. */
export function findUnitClause(text: string): UnitClause | null {
  const candidates = [RESPONSIBLE.exec(text), LEAD_AND_CO.exec(text), BARE_LINE.exec(text)].filter(
    (m): m is RegExpExecArray => m !== null,
  );
  if (candidates.length === 0) return null;
  const m = candidates.reduce((a, b) => (b.index < a.index ? b : a));
  const g = m.groups!;
  const names = g.lead !== undefined ? [...splitUnitNames(g.lead), ...splitUnitNames(g.co ?? "")] : splitUnitNames(g.names);
  const units = inListedOrder(names);
  return { index: m.index, end: m.index + m[0].length, units };
}
