// The dashboard's red items (and 县市区对比's) say a measure's overdue reports once, as a bulletin
// does, instead of one reason per unit and month; other reasons stay as the engine gave them. Only
// the items a page shows are made (and condensed); the rest are counted.
import { describe, expect, it } from "vitest";
import { redItems } from "@/lib/domain/status/dashboard-tables.ts";
import type { PlanStatus } from "@/lib/domain/status/plan-status.ts";

const measure = (id: number, colour: string, reasons: string[]) => ({
  id,
  number: id,
  weight: 1,
  task: { id: 1, number: 3, title: "推进集团化办学", action: { id: 1, number: 1, title: "行动一" } },
  units: [
    { role: "LEAD", unit: { id: 1, name: "基础教育科" } },
    { role: "CO", unit: { id: 2, name: "基础教育科学研究室" } }, // starts with the other's name
  ],
  status: { colour, reasons },
  approved: { nextSteps: "下月完成验收" },
});

// Only what redItems reads; the engine's other fields do not matter here.
const statusOf = (measures: ReturnType<typeof measure>[]) => ({ measures }) as unknown as PlanStatus;

describe("redItems", () => {
  it("condenses each red measure's overdue reports into one reason and keeps the others", () => {
    const { items, total } = redItems(
      statusOf([
        measure(1, "RED", [
          "基础教育科3月进展逾期未报 76 天",
          "基础教育科学研究室3月进展逾期未报 76 天",
          "基础教育科学研究室4月进展逾期未报 45 天",
          "已有 2 期未报送",
          "滞后序时进度 12.3 个百分点",
        ]),
        measure(2, "YELLOW", ["基础教育科3月进展逾期未报 20 天"]),
        measure(3, "RED", ["已超过完成时限（3月31日）81 天仍未完成"]),
      ]),
      10,
    );
    expect(total).toBe(2);
    expect(items.map((i) => i.id)).toEqual([1, 3]);
    expect(items[0].reasons).toEqual(["2个单位3月、4月进展逾期未报，最长76天", "滞后序时进度 12.3 个百分点"]);
    expect(items[0].leadUnit).toBe("基础教育科");
    expect(items[0].nextSteps).toBe("下月完成验收");
    expect(items[1].reasons).toEqual(["已超过完成时限（3月31日）81 天仍未完成"]);
  });

  it("lists the first red measures up to the limit and counts them all", () => {
    const red = Array.from({ length: 5 }, (_, i) => measure(i + 1, "RED", ["滞后序时进度 20 个百分点"]));
    const { items, total } = redItems(statusOf([measure(9, "BLUE", []), ...red]), 3);
    expect(items.map((i) => i.id)).toEqual([1, 2, 3]);
    expect(total).toBe(5);
  });
});
