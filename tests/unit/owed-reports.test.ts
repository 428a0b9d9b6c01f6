// The one rule for which periodic reports a measure's units owe (lib/domain/status/owed-reports.ts),
// case by case; tests/integration/owed-reports-property.test.ts proves the SQL equal to it.
import { describe, expect, it } from "vitest";
import { endOfChinaDay } from "@/lib/domain/dates.ts";
import { monthlyPeriods } from "@/lib/domain/periods.ts";
import { shortPeriods } from "@/lib/domain/status/escalation.ts";
import { isDoneAt, owedPeriods, type OwingMeasure, type OwingPeriod } from "@/lib/domain/status/owed-reports.ts";

/** An instant during a China day (10:00), or its very end. */
const at = (date: string, time = "10:00") => Date.parse(`${date}T${time}:00+08:00`);
const endOf = (date: string) => endOfChinaDay(date).getTime();

// The 2023 plan's monthly periods (issued 30 March: March–December, due the 5th of the next month), ids 1…
const monthly: (OwingPeriod & { label: string })[] = monthlyPeriods({ year: 2023, issuedOn: "2023-03-30", reportDueDay: 5 }).map(
  (p, i) => ({ id: i + 1, ...p }),
);
const weekly: (OwingPeriod & { label: string })[] = shortPeriods("WEEKLY", "2023-06-05", "2023-07-02").map((p, i) => ({
  id: 100 + i,
  ...p,
}));
const label = (id: number) => [...monthly, ...weekly].find((p) => p.id === id)!.label;

const measure = (over: Partial<OwingMeasure> = {}): OwingMeasure => ({
  startDate: "2023-03-30",
  dueDate: "2023-09-30",
  extensions: [],
  escalations: [],
  leadApprovals: [],
  reopenings: [],
  ...over,
});
const owed = (m: OwingMeasure, knownBy: number, periods = monthly) => owedPeriods(m, periods, knownBy).map((o) => label(o.periodId));
const approval = (reportId: number, month: string, percent: number, reviewedAt: number) => ({
  reportId,
  periodStartsOn: `2023-${month}-01`,
  percent,
  reviewedAt,
});

describe("owedPeriods: the span", () => {
  it("owes every month from its start to its due date", () => {
    expect(owed(measure(), endOf("2023-12-31"))).toEqual([
      "2023年3月",
      "2023年4月",
      "2023年5月",
      "2023年6月",
      "2023年7月",
      "2023年8月",
      "2023年9月",
    ]);
  });
  it("starts with the month it starts in (下半年 → 1 July)", () => {
    expect(owed(measure({ startDate: "2023-07-01", dueDate: "2023-12-31" }), endOf("2023-12-31"))[0]).toBe("2023年7月");
  });
  it("runs to an approved extension's date, the later months owed only from the approval", () => {
    const m = measure({ extensions: [{ requestedDueOn: "2023-11-30", decidedAt: at("2023-09-20") }] });
    const rows = owedPeriods(m, monthly, endOf("2023-12-31"));
    expect(rows.map((r) => label(r.periodId)).slice(-3)).toEqual(["2023年9月", "2023年10月", "2023年11月"]);
    expect(rows.find((r) => label(r.periodId) === "2023年9月")!.owedFrom).toBeNull();
    expect(rows.find((r) => label(r.periodId) === "2023年10月")!.owedFrom).toBe(at("2023-09-20"));
  });
  it("knows an extension only from its approval", () => {
    const m = measure({ extensions: [{ requestedDueOn: "2023-11-30", decidedAt: at("2023-09-20") }] });
    expect(owed(m, at("2023-09-19")).at(-1)).toBe("2023年9月");
  });
  it("is never shortened by an extension older than a corrected notice's later date", () => {
    const m = measure({ extensions: [{ requestedDueOn: "2023-08-31", decidedAt: at("2023-07-01") }] });
    expect(owed(m, endOf("2023-12-31")).at(-1)).toBe("2023年9月");
  });
  it("owes weekly periods only while escalated to weekly reporting", () => {
    const m = measure({ escalations: [{ cadence: "WEEKLY", startsOn: "2023-06-12", endsOn: "2023-06-26" }] });
    expect(owed(m, endOf("2023-12-31"), weekly)).toEqual(["6月12日—6月18日周报", "6月19日—6月25日周报"]);
    expect(
      owed(measure({ escalations: [{ cadence: "DAILY", startsOn: "2023-06-12", endsOn: null }] }), endOf("2023-12-31"), weekly),
    ).toEqual([]);
  });
});

describe("owedPeriods: done means done", () => {
  // The lead unit's May report says 100 %, approved on 10 June.
  const done = measure({ leadApprovals: [approval(1, "04", 40, at("2023-05-04")), approval(2, "05", 100, at("2023-06-10"))] });

  it("owes nothing that falls due after the approval at 100 %", () => {
    // May fell due (5 June) before it was done: owed, and filed by the very report that completed it.
    expect(owed(done, endOf("2023-12-31"))).toEqual(["2023年3月", "2023年4月", "2023年5月"]);
  });
  it("still owes a report that fell due before it was done (an old missing one counts)", () => {
    const late = measure({ leadApprovals: [approval(2, "04", 100, at("2023-06-10"))] });
    expect(owed(late, endOf("2023-12-31"))).toContain("2023年5月"); // due 5 June, done 10 June
  });
  it("excuses the period due on the day of the approval", () => {
    const m = measure({ leadApprovals: [approval(2, "05", 100, at("2023-06-05", "18:00"))] });
    expect(owed(m, endOf("2023-12-31"))).not.toContain("2023年5月");
  });
  it("as of an instant before the approval, the current month is still owed", () => {
    expect(owed(done, at("2023-06-09"))).toContain("2023年6月");
  });
  it("is undone by a later period's approved report below 100 %", () => {
    const m = measure({ leadApprovals: [...done.leadApprovals, approval(3, "07", 90, at("2023-08-03"))] });
    expect(isDoneAt(m, at("2023-08-02"))).toBe(true);
    expect(isDoneAt(m, at("2023-08-04"))).toBe(false);
    expect(owed(m, endOf("2023-12-31"))).toEqual(["2023年3月", "2023年4月", "2023年5月", "2023年7月", "2023年8月", "2023年9月"]);
  });
  it("a reopened measure owes the periods falling due after the reopening, not those excused while it was done", () => {
    const m = measure({ ...done, reopenings: [at("2023-07-20")] });
    expect(isDoneAt(m, at("2023-07-19"))).toBe(true);
    expect(isDoneAt(m, at("2023-07-21"))).toBe(false);
    // June fell due on 5 July, while done; July (due 5 August) is owed again.
    expect(owed(m, endOf("2023-12-31"))).toEqual(["2023年3月", "2023年4月", "2023年5月", "2023年7月", "2023年8月", "2023年9月"]);
  });
  it("a report approved at 100 % after the reopening completes it again", () => {
    const m = measure({ leadApprovals: [...done.leadApprovals, approval(3, "07", 100, at("2023-08-08"))], reopenings: [at("2023-07-20")] });
    expect(isDoneAt(m, at("2023-08-09"))).toBe(true);
    expect(owed(m, endOf("2023-12-31"))).toEqual(["2023年3月", "2023年4月", "2023年5月", "2023年7月"]);
  });
  it("a reopening before the approval changes nothing", () => {
    expect(isDoneAt(measure({ ...done, reopenings: [at("2023-06-01")] }), at("2023-06-11"))).toBe(true);
  });
});
