import { describe, expect, it } from "vitest";
import { recordIdSchema } from "@/lib/record-id.ts";

describe("recordIdSchema", () => {
  it.each([
    ["1", 1],
    [" 42 ", 42],
    [2_147_483_647, 2_147_483_647],
  ])("accepts %j", (input, expected) => {
    expect(recordIdSchema().parse(input)).toBe(expected);
  });
  it.each(["0", "-3", "1.5", "abc", "2147483648", "99999999999999999999"])("refuses %j with the message given", (input) => {
    const result = recordIdSchema("找不到这条通知。").safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("找不到这条通知。");
  });
  it("says 编号无效 by default", () => {
    expect(recordIdSchema().safeParse("2147483648").error?.issues[0].message).toBe("编号无效。");
  });
});
