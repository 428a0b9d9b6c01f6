// A document table's column widths: each column fits its header and short cells on one line, the
// rest of the width goes to the columns with long texts by weight, and they always sum to the total.
import { describe, expect, it } from "vitest";
import { columnWidths, textWidth } from "@/lib/domain/bulletin/column-widths.ts";

const table = (rows: string[][]) => ({
  columns: [
    { header: "序号", width: 0 },
    { header: "事项", width: 2 },
    { header: "存在问题", width: 1 },
    { header: "完成\n进度", width: 0 },
  ],
  rows,
});

describe("columnWidths", () => {
  it("counts CJK and % as one character and other ASCII as a little over half", () => {
    expect(textWidth("已完成")).toBe(3);
    expect(textWidth("23.6%")).toBeCloseTo(4 * 0.55 + 1);
  });

  it("gives every column its header and short cells plus margins, and the rest to long texts by weight", () => {
    const long = "任务9措施1 扩充学前教育资源，新建改扩建幼儿园";
    const widths = columnWidths(table([["1", long, "用地手续未完成，正在协调自然资源部门办理", "100%"]]), 420, 42);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(420);
    expect(widths[0]).toBeCloseTo((2 + 1.5) * 10);
    expect(widths[3]).toBeCloseTo((textWidth("100%") + 1.5) * 10);
    // 事项 (weight 2) gets twice the spare of 存在问题 (weight 1).
    expect(widths[1] - (2 + 1.5) * 10).toBeCloseTo(2 * (widths[2] - (4 + 1.5) * 10));
  });

  it("gives no spare width to a column whose cells are all short or empty", () => {
    const widths = columnWidths(table([["1", "任务9措施1 扩充学前教育资源，新建改扩建幼儿园", "", "10%"]]), 420, 42);
    expect(widths[2]).toBeCloseTo((4 + 1.5) * 10);
  });

  it("shrinks all columns alike when even their headers do not fit", () => {
    const wide = {
      columns: Array.from({ length: 12 }, (_, i) => ({ header: `很长的列标题${"甲乙丙丁戊己庚辛壬癸子丑"[i]}`, width: 1 })),
      rows: [],
    };
    const widths = columnWidths(wide, 420, 42);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(420);
    expect(new Set(widths.map((w) => w.toFixed(6))).size).toBe(1);
  });
});
