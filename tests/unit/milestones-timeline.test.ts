// A measure's timeline (lib/domain/milestones/timeline.ts): what goes on it, in which order, and
// which audit events are colour changes.
import { describe, expect, it } from "vitest";
import { buildTimeline, colourChangeOf, type TimelineInput } from "@/lib/domain/milestones/timeline.ts";

const month = (id: number, m: number, end: number) => {
  const mm = String(m).padStart(2, "0");
  return {
    id,
    kind: "MONTHLY" as const,
    label: `2023年${m}月`,
    startsOn: `2023-${mm}-01`,
    endsOn: `2023-${mm}-${end}`,
    dueOn: `2023-${String(m + 1).padStart(2, "0")}-05`,
  };
};

const input: TimelineInput = {
  asOf: "2023-06-10",
  measure: {
    startDate: "2023-03-30",
    dueDate: "2023-06-30",
    units: [
      { id: 1, name: "机关党委", role: "LEAD" },
      { id: 2, name: "人事科", role: "CO" },
    ],
  },
  milestones: [
    { id: 7, position: 1, title: "5月底前制定方案", dueOn: "2023-05-31", confirmedOn: "2023-06-08", completedOn: "2023-05-30" },
    { id: 8, position: 2, title: "6月5日前报名", dueOn: "2023-06-05", confirmedOn: null, completedOn: null },
    { id: 9, position: 3, title: "6月底前完成全员轮训计划", dueOn: "2023-06-30", confirmedOn: null, completedOn: null },
  ],
  periods: [
    month(1, 3, 31),
    month(2, 4, 30),
    month(3, 5, 31),
    month(4, 6, 30),
    month(5, 7, 31),
    { id: 6, kind: "WEEKLY", label: "第23周", startsOn: "2023-06-05", endsOn: "2023-06-11", dueOn: "2023-06-12" },
  ],
  reports: [
    { periodId: 2, unitId: 1, state: "APPROVED", percent: 30 },
    { periodId: 3, unitId: 1, state: "SUBMITTED", percent: 60 },
  ],
  events: [
    { on: "2023-06-06", action: "escalation.start", actorName: "系统", before: null, after: { cadence: "WEEKLY", reason: "转红" } },
    { on: "2023-06-06", action: "report.submit", actorName: "张三", before: null, after: {} },
    { on: "2023-06-11", action: "status.override", actorName: "李四", before: null, after: { colour: "BLUE", reason: "已整改" } },
  ],
};

describe("buildTimeline", () => {
  const timeline = buildTimeline(input);

  it("puts start, months up to the status date, milestones, colour changes, the status date and the due date in date order", () => {
    // Same day: period before milestone before the due date. No July (after the due date and the
    // status date), no week 23 (no report for it), no event that is not a colour change.
    expect(timeline.map((e) => [e.kind, e.on])).toEqual([
      ["start", "2023-03-30"],
      ["period", "2023-03-31"],
      ["period", "2023-04-30"],
      ["period", "2023-05-31"],
      ["milestone", "2023-05-31"],
      ["milestone", "2023-06-05"],
      ["colour", "2023-06-06"],
      ["asOf", "2023-06-10"],
      ["period", "2023-06-30"],
      ["milestone", "2023-06-30"],
      ["due", "2023-06-30"],
    ]);
  });

  it("gives each milestone its state on the status date", () => {
    const milestones = timeline.filter((e) => e.kind === "milestone");
    expect(milestones).toEqual([
      expect.objectContaining({ id: 7, state: "DONE", completedOn: "2023-05-30", daysPastDue: 0 }),
      expect.objectContaining({ id: 8, state: "MISSED", completedOn: null, daysPastDue: 5 }),
      expect.objectContaining({ id: 9, state: "PENDING", completedOn: null, daysPastDue: 0 }),
    ]);
    // Confirmed on 8 June: as of the 7th it was still missed.
    expect(buildTimeline({ ...input, asOf: "2023-06-07" }).find((e) => e.kind === "milestone")).toMatchObject({
      state: "MISSED",
      daysPastDue: 7,
      completedOn: null,
    });
  });

  it("lists every owning unit per period, with its report or none, overdue once the period's due date passed", () => {
    const may = timeline.find((e) => e.kind === "period" && e.label === "2023年5月");
    expect(may).toMatchObject({
      overdue: true,
      units: [
        { name: "机关党委", role: "LEAD", state: "SUBMITTED", percent: 60 },
        { name: "人事科", role: "CO", state: null, percent: null },
      ],
    });
    expect(timeline.find((e) => e.kind === "period" && e.label === "2023年6月")).toMatchObject({ overdue: false });
  });

  it("a period other than a month appears when a report was made for it", () => {
    const withWeekly = buildTimeline({ ...input, reports: [...input.reports, { periodId: 6, unitId: 1, state: "DRAFT", percent: null }] });
    expect(withWeekly.filter((e) => e.kind === "period").map((e) => e.kind === "period" && e.label)).toContain("第23周");
  });
});

describe("colourChangeOf", () => {
  it.each([
    [
      { action: "status.override", before: null, after: { colour: "RED", reason: "推进缓慢" } },
      { type: "override", colour: "RED", reason: "推进缓慢" },
    ],
    [
      { action: "status.override.lift", before: { colour: "RED", reason: "x" }, after: null },
      { type: "overrideLifted", colour: "RED" },
    ],
    [
      { action: "escalation.start", before: null, after: { cadence: "WEEKLY", reason: "转红" } },
      { type: "escalated", cadence: "WEEKLY", reason: "转红" },
    ],
    [
      { action: "escalation.set", before: null, after: { cadence: "DAILY", reason: "日调度" } },
      { type: "escalationSet", cadence: "DAILY", reason: "日调度" },
    ],
    [{ action: "escalation.end", before: null, after: { endsOn: "2023-06-01" } }, { type: "escalationEnded" }],
    [{ action: "escalation.lift", before: { cadence: "DAILY" }, after: null }, { type: "escalationLifted" }],
    [{ action: "report.approve", before: null, after: { state: "APPROVED" } }, null],
    [{ action: "status.override", before: null, after: { reason: "no colour" } }, null], // unreadable: left out
  ])("%j", (event, expected) => {
    expect(colourChangeOf(event)).toEqual(expected);
  });
});
