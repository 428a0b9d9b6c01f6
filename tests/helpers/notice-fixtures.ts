// The county-style notices in tests/fixtures/notices, and finding a line in them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function noticeFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/notices/${name}`, import.meta.url)), "utf8");
}

/** 1-based number of the first line of `text` that starts with `prefix`. */
export function lineStarting(text: string, prefix: string): number {
  const index = text.split("\n").findIndex((l) => l.startsWith(prefix));
  if (index < 0) throw new Error(`no line starting with ${prefix}`);
  return index + 1;
}
