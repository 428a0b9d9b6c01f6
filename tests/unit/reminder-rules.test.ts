// The reminder rules (lib/domain/notifications/reminders.ts) and the job schedule
// (lib/domain/jobs/schedule.ts), case by case.
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "@/lib/domain/dates.ts";
import { chinaMinuteOfDay, dueRunKey, isJobName, SCHEDULES } from "@/lib/domain/jobs/schedule.ts";
import {
  dailyReminders,
  problemReminder,
  reminderStage,
  reportReminder,
  type ProblemItem,
  type ReportSlot,
} from "@/lib/domain/notifications/reminders.ts";

const TODAY = "2023-06-03";

describe("dates", () => {
  it.each([
    ["2023-06-29", 3, "2023-07-02"],
    ["2023-03-01", -1, "2023-02-28"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-12-31", 1, "2024-01-01"],
  ])("%s + %i = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });
});

describe("reminderStage", () => {
  it.each([
    ["2023-06-07", null], // 4 days ahead: too early
    ["2023-06-06", { stage: "DUE_SOON", days: 3 }],
    ["2023-06-04", { stage: "DUE_SOON", days: 1 }],
    ["2023-06-03", { stage: "DUE_SOON", days: 0 }], // due today: not yet late
    ["2023-06-02", { stage: "OVERDUE", days: 1 }],
    ["2023-05-05", { stage: "OVERDUE", days: 29 }],
    ["2023-05-04", { stage: "OVERDUE", days: 30 }], // the last day of overdue reminders
    ["2023-05-03", null], // 31 days late: left to 催办 and the colours
  ])("due %s → %j", (dueOn, expected) => {
    expect(reminderStage(dueOn, TODAY)).toEqual(expected);
  });
});

describe("reportReminder", () => {
  const slot = (state: ReportSlot["state"], dueOn = "2023-06-05"): ReportSlot => ({ measureId: 7, unitId: 3, periodId: 12, dueOn, state });

  it.each([
    [null, "REPORT_DUE_SOON"], // not started
    ["DRAFT", "REPORT_DUE_SOON"],
    ["RETURNED", "REPORT_DUE_SOON"], // back with the unit: it has to submit again
    ["SUBMITTED", null],
    ["APPROVED", null],
  ] as const)("a report in state %s gets %s", (state, kind) => {
    expect(reportReminder(slot(state), TODAY)?.kind ?? null).toBe(kind);
  });

  it("overdue reports get REPORT_OVERDUE with the days late, to the owing unit", () => {
    expect(reportReminder(slot(null, "2023-05-05"), TODAY)).toMatchObject({ kind: "REPORT_OVERDUE", unitId: 3, days: 29 });
  });

  it("the dedupe key names the item, the unit and the day", () => {
    const key = reportReminder(slot(null), TODAY)!.dedupeKey;
    expect(key).toBe("REPORT_DUE_SOON:7:12:3:2023-06-03");
    expect(reportReminder(slot(null), "2023-06-04")!.dedupeKey).not.toBe(key); // tomorrow: a new reminder
    expect(reportReminder({ ...slot(null), unitId: 4 }, TODAY)!.dedupeKey).not.toBe(key); // a co-owning unit: its own
  });
});

describe("problemReminder", () => {
  const entry = (patch: Partial<ProblemItem> = {}): ProblemItem => ({
    id: 5,
    unitId: 9,
    dueOn: "2023-06-04",
    state: "OPEN",
    published: true,
    ...patch,
  });

  it.each([
    [{}, "PROBLEM_DUE_SOON"],
    [{ state: "RESOLUTION_SUBMITTED" as const }, "PROBLEM_DUE_SOON"], // not 销号 yet
    [{ state: "RESOLVED" as const }, null],
    [{ published: false }, null], // a unit's own draft
    [{ dueOn: "2023-05-20" }, "PROBLEM_OVERDUE"],
    [{ dueOn: "2023-06-10" }, null],
  ])("%j → %s", (patch, kind) => {
    expect(problemReminder(entry(patch), TODAY)?.kind ?? null).toBe(kind);
  });

  it("goes to the responsible unit, keyed by entry and day", () => {
    expect(problemReminder(entry(), TODAY)).toMatchObject({ unitId: 9, days: 1, dedupeKey: "PROBLEM_DUE_SOON:5:2023-06-03" });
  });
});

describe("dailyReminders", () => {
  it("keeps only the items that get a reminder today", () => {
    const reports: ReportSlot[] = [
      { measureId: 1, unitId: 1, periodId: 1, dueOn: "2023-06-05", state: null },
      { measureId: 1, unitId: 2, periodId: 1, dueOn: "2023-06-05", state: "SUBMITTED" },
      { measureId: 2, unitId: 1, periodId: 0, dueOn: "2023-05-05", state: "DRAFT" },
    ];
    const problems: ProblemItem[] = [{ id: 1, unitId: 1, dueOn: "2023-06-01", state: "OPEN", published: true }];
    const out = dailyReminders({ reports, problems, today: TODAY });
    expect(out.reports.map((r) => [r.kind, r.item.measureId, r.unitId])).toEqual([
      ["REPORT_DUE_SOON", 1, 1],
      ["REPORT_OVERDUE", 2, 1],
    ]);
    expect(out.problems.map((p) => p.kind)).toEqual(["PROBLEM_OVERDUE"]);
  });
});

describe("job schedule", () => {
  it.each([
    ["reminders", 7 * 60 + 59, null],
    ["reminders", 8 * 60, TODAY],
    ["reminders", 23 * 60 + 59, TODAY], // a server started late in the day still runs the day's run
    ["escalations", 4, null],
    ["escalations", 5, TODAY],
    ["mail", 0, "tick"],
  ] as const)("%s at minute %i → %s", (job, minute, key) => {
    expect(dueRunKey(SCHEDULES[job], TODAY, minute)).toBe(key);
  });

  it("reads the minute of the day in China time", () => {
    expect(chinaMinuteOfDay(new Date("2023-06-03T00:00:00Z"))).toBe(8 * 60); // 08:00 in Beijing
    expect(chinaMinuteOfDay(new Date("2023-06-02T16:05:00Z"))).toBe(5); // 00:05 on 3 June in Beijing
  });

  it("knows its jobs", () => {
    expect(isJobName("reminders")).toBe(true);
    expect(isJobName("drop-tables")).toBe(false);
  });
});
