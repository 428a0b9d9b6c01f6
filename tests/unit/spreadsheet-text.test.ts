// Text that a spreadsheet (or the CSV it is saved as) could read as a formula keeps a leading apostrophe.
import { describe, expect, it } from "vitest";
import { spreadsheetText, spreadsheetValue } from "@/lib/exports/spreadsheet-text.ts";

describe("spreadsheetText", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+86 537", "'+86 537"],
    ["-", "'-"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=cmd", "'\t=cmd"],
    ["\r=cmd", "'\r=cmd"],
    ["进展 =1", "进展 =1"],
    ["", ""],
    ["2023-06-05", "2023-06-05"],
  ])("%j → %j", (input, expected) => expect(spreadsheetText(input)).toBe(expected));

  it("leaves numbers and empty cells as they are", () => {
    expect([spreadsheetValue(-5), spreadsheetValue(null), spreadsheetValue(undefined)]).toEqual([-5, null, undefined]);
  });
});
