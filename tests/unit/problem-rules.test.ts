// The ledger's pure rules: which step from which state, overdue as of a date, the history's
// reading of audit events, the inspection's dates, and the ledger's 黄 reason in the status engine.
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/dates.ts";
import { findingDueOn, inspectionDateProblem, quarterOf, quarterRange } from "@/lib/domain/inspections/inspection-rules.ts";
import { describeProblemEvent } from "@/lib/domain/problems/problem-history.ts";
import { canStep, NEXT_STATE, overdueDays, shortDescription, type ProblemStep } from "@/lib/domain/problems/problem-workflow.ts";
import { measureStatus, type MeasureStatusInput } from "@/lib/domain/status/measure-status.ts";

describe("problem workflow", () => {
  const entries = [
    { name: "draft", state: "OPEN", published: false },
    { name: "open", state: "OPEN", published: true },
    { name: "awaiting verification", state: "RESOLUTION_SUBMITTED", published: true },
    { name: "closed out", state: "RESOLVED", published: true },
  ] as const;
  const allowed: Record<ProblemStep, string[]> = {
    edit: ["draft", "open"],
    remedy: ["draft", "open"],
    publish: ["draft"],
    submit: ["open"],
    verify: ["awaiting verification"],
    reject: ["awaiting verification"],
  };
  const cells = entries.flatMap((e) => (Object.keys(allowed) as ProblemStep[]).map((step) => ({ ...e, step })));
  it.each(cells)("$step on a $name entry", ({ name, state, published, step }) => {
    expect(canStep({ state, published }, step)).toBe(allowed[step].includes(name));
  });
  it("moves OPEN → RESOLUTION_SUBMITTED → RESOLVED, or back to OPEN on rejection", () => {
    expect(NEXT_STATE.submit("OPEN")).toBe("RESOLUTION_SUBMITTED");
    expect(NEXT_STATE.verify("RESOLUTION_SUBMITTED")).toBe("RESOLVED");
    expect(NEXT_STATE.reject("RESOLUTION_SUBMITTED")).toBe("OPEN");
    expect(NEXT_STATE.edit("OPEN")).toBe("OPEN");
  });
});

describe("overdueDays", () => {
  const open = { published: true, dueOn: "2023-06-30", resolvedOn: null };
  it.each([
    ["on the due date", open, "2023-06-30", 0],
    ["the day after", open, "2023-07-01", 1],
    ["a draft, however late", { ...open, published: false }, "2023-08-01", 0],
    ["closed out before the date", { ...open, resolvedOn: "2023-07-03" }, "2023-07-05", 0],
    ["closed out on the date", { ...open, resolvedOn: "2023-07-05" }, "2023-07-05", 0],
    ["closed out only after the date", { ...open, resolvedOn: "2023-07-10" }, "2023-07-05", 5],
  ] as const)("%s", (_name, entry, asOf, days) => {
    expect(overdueDays(entry, asOf)).toBe(days);
  });
});

describe("shortDescription", () => {
  it("keeps short texts, cuts long ones by characters, and folds whitespace", () => {
    expect(shortDescription("  施工许可\n未办结 ")).toBe("施工许可 未办结");
    expect(shortDescription("一二三四五六七八九十一二三四五六七八九十一")).toBe("一二三四五六七八九十一二三四五六七八九十…");
  });
});

describe("describeProblemEvent", () => {
  const snap = {
    state: "OPEN",
    published: true,
    source: "DIRECT",
    measureId: 1,
    unitId: 2,
    description: "a",
    responsiblePerson: "",
    dueOn: "2023-06-30",
    remedy: "",
  };
  it("names a draft's creation, and where an entry came from", () => {
    expect(describeProblemEvent({ action: "problem.create", before: null, after: { ...snap, published: false } })).toMatchObject({
      step: "createDraft",
      fromState: null,
      toState: "OPEN",
      changedFields: [],
    });
    expect(describeProblemEvent({ action: "problem.create", before: null, after: { ...snap, source: "INSPECTION" } })).toMatchObject({
      step: "create",
      source: "INSPECTION",
    });
  });
  it("lists the changed fields and the due date's old and new value", () => {
    const c = describeProblemEvent({
      action: "problem.update",
      before: snap,
      after: { ...snap, dueOn: "2023-07-15", responsiblePerson: "张三" },
    });
    expect(c).toMatchObject({
      step: "edit",
      changedFields: ["responsiblePerson", "dueOn"],
      dueChange: { from: "2023-06-30", to: "2023-07-15" },
    });
  });
  it("reads a resolution's files, a rejection's reason and the state change", () => {
    expect(
      describeProblemEvent({
        action: "problem.resolution.submit",
        before: snap,
        after: { ...snap, state: "RESOLUTION_SUBMITTED", files: ["a.pdf"] },
      }),
    ).toMatchObject({
      step: "submit",
      fromState: "OPEN",
      toState: "RESOLUTION_SUBMITTED",
      files: ["a.pdf"],
      changedFields: [],
    });
    expect(
      describeProblemEvent({
        action: "problem.resolution.reject",
        before: { ...snap, state: "RESOLUTION_SUBMITTED" },
        after: { ...snap, reason: "不全" },
      }),
    ).toMatchObject({ step: "reject", reason: "不全", toState: "OPEN" });
  });
  it("reads another feature's or a malformed event without failing", () => {
    expect(
      describeProblemEvent({ action: "extension.approve", before: { dueOn: "2023-06-30" }, after: { dueOn: "2023-08-31" } }),
    ).toMatchObject({ step: "other", dueChange: { from: "2023-06-30", to: "2023-08-31" } });
    expect(describeProblemEvent({ action: "problem.update", before: "garbage", after: 42 })).toMatchObject({
      step: "edit",
      changedFields: [],
      dueChange: null,
    });
  });
});

describe("inspection rules", () => {
  it("knows a quarter's dates", () => {
    expect(quarterRange(2023, 1)).toEqual({ start: "2023-01-01", end: "2023-03-31" });
    expect(quarterRange(2024, 1).end).toBe("2024-03-31");
    expect(quarterRange(2023, 4)).toEqual({ start: "2023-10-01", end: "2023-12-31" });
    expect(quarterOf("2023-06-30")).toBe(2);
    expect(quarterOf("2023-07-01")).toBe(3);
  });
  it.each([
    [2, "2023-04-01", "2023-06-03", null],
    [2, "2023-07-10", "2023-07-10", null], // a quarter may be inspected after it ended
    [2, "2023-03-31", "2023-06-03", "beforeQuarter"],
    [2, "2023-06-04", "2023-06-03", "future"],
  ] as const)("inspecting Q%s on %s (today %s): %s", (quarter, on, today, problem) => {
    expect(inspectionDateProblem(2023, quarter, on, today)).toBe(problem);
  });
  it("dates a 不符合 finding's entry: its own date, else the form's, else 30 days on", () => {
    expect(findingDueOn("2023-06-02", "2023-07-15", "2023-06-30")).toBe("2023-06-30");
    expect(findingDueOn("2023-06-02", "2023-07-15")).toBe("2023-07-15");
    expect(findingDueOn("2023-06-02")).toBe("2023-07-02");
    expect(addDays("2023-12-20", 30)).toBe("2024-01-19");
  });
});

describe("the ledger in the status engine", () => {
  const base: MeasureStatusInput = {
    startDate: "2023-01-01",
    dueDate: "2023-12-31",
    approved: { percent: 50, approvedOn: "2023-06-01" },
    overdue: [],
    today: "2023-06-20",
  };
  it("an entry overdue on the status date is a 黄 reason in words", () => {
    const s = measureStatus({ ...base, openProblems: [{ description: "项目施工许可手续未办结", dueOn: "2023-06-15" }] });
    expect(s.colour).toBe("YELLOW");
    expect(s.reasons[0]).toBe("问题台账“项目施工许可手续未办结”逾期 5 天未销号");
  });
  it("an entry not yet due, or none, leaves the colour alone", () => {
    expect(measureStatus({ ...base, openProblems: [{ description: "x", dueOn: "2023-06-20" }] }).colour).toBe("BLUE");
    expect(measureStatus(base).colour).toBe("BLUE");
  });
  it("never lightens a red measure, and colours a measure without reports", () => {
    const red = measureStatus({
      ...base,
      approved: { percent: 5, approvedOn: "2023-06-01" },
      openProblems: [{ description: "x", dueOn: "2023-06-01" }],
    });
    expect(red.colour).toBe("RED");
    expect(red.reasons[1]).toContain("问题台账");
    expect(measureStatus({ ...base, approved: null, openProblems: [{ description: "x", dueOn: "2023-06-01" }] }).colour).toBe("YELLOW");
  });
});
