import { describe, expect, it } from "vitest";
import { acceptsGzip } from "@/lib/api/accept-encoding.ts";

describe("acceptsGzip", () => {
  it.each([
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["GZIP", true],
    ["*", true],
    ["gzip;q=0", false],
    ["gzip;q=0.0, identity", false],
    ["*;q=0", false],
    ["identity", false],
    ["br", false],
    ["", false],
  ])("%s → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
  it("without the header: no", () => expect(acceptsGzip(null)).toBe(false));
});
