// The static half of the one-write-path rule (the database half: tests/integration/one-write-path.test.ts):
// only lib/data/mutate.ts opens a transaction, so every write that needs one goes through it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const sources = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.posix.join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" ? [] : sources(rel);
    return /\.(ts|tsx|mjs)$/.test(d.name) ? [rel] : [];
  });

describe("one write path", () => {
  it("opens transactions only in lib/data/mutate.ts", () => {
    const opening = ["lib", "app", "components", "seeds", "scripts"]
      .flatMap(sources)
      .filter((file) => /\.\$transaction\(/.test(readFileSync(path.join(root, file), "utf8")));
    expect(opening).toEqual(["lib/data/mutate.ts"]);
  });
});
