import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/http/return-path.ts";

describe("safeReturnPath", () => {
  it.each([
    ["/dashboard", "/dashboard"],
    ["/dashboard?plan=3&asOf=2023-06-01", "/dashboard?plan=3&asOf=2023-06-01"],
    ["/measures/12", "/measures/12"],
  ])("keeps a path on this site: %s", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([["//evil.example/"], ["/\\evil.example"], ["https://evil.example/"], ["dashboard"], [""], [null], [undefined], [["/a"]]])(
    "sends anything else to the overview: %j",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});
