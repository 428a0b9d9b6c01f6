import { describe, expect, it } from "vitest";
import { compareChinese } from "@/lib/domain/collate.ts";
import { derivedFrom } from "@/lib/data/status/internal/status-cache.ts";

describe("derivedFrom", () => {
  it("computes once per status object and key, and separately for another status or key", () => {
    const statusA = { asOf: "2023-06-20" };
    const statusB = { asOf: "2023-06-20" };
    let calls = 0;
    const compute = () => ({ n: ++calls });
    const first = derivedFrom(statusA, "dashboard:onTime:30", compute);
    expect(derivedFrom(statusA, "dashboard:onTime:30", compute)).toBe(first);
    expect(calls).toBe(1);
    expect(derivedFrom(statusA, "dashboard:red:30", compute)).toEqual({ n: 2 });
    expect(derivedFrom(statusB, "dashboard:onTime:30", compute)).toEqual({ n: 3 });
  });
});

describe("compareChinese", () => {
  it("orders unit names by pinyin, as localeCompare with zh-CN does", () => {
    const names = ["人事科", "发展规划科", "基础教育科", "教师工作科", "安全科"];
    const expected = [...names].sort((a, b) => a.localeCompare(b, "zh-CN"));
    expect([...names].sort(compareChinese)).toEqual(expected);
    expect(expected[0]).toBe("安全科");
  });
});
