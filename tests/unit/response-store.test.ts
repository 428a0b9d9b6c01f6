// The response cache's store (lib/http/response-cache/response-store.ts): least recently used out
// first, bounded by the total size of the kept bodies; a key being rendered is pending, and its
// waiters get what the one rendering settles with.
import { describe, expect, it } from "vitest";
import { ResponseStore, type StoredResponse } from "@/lib/http/response-cache/response-store.ts";

const response = (bytes: number, fill = "a"): StoredResponse => ({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8" },
  body: Buffer.alloc(bytes, fill),
});

/** Puts a response in through the only way in: begin() then settle(). */
function keep(store: ResponseStore, key: string, stored: StoredResponse | null): void {
  store.begin(key).settle(stored);
}

/** The keys still stored (lookup() refreshes recency, so only use this at the end of a test). */
const storedKeys = (store: ResponseStore, keys: string[]) => keys.filter((key) => store.lookup(key) !== undefined);

describe("ResponseStore: bounded by total body bytes, least recently used out first", () => {
  it("keeps responses up to the bound and counts their bytes", () => {
    const store = new ResponseStore(100);
    expect(store.size).toEqual({ entries: 0, bytes: 0 });
    keep(store, "a", response(40));
    keep(store, "b", response(60));
    expect(store.size).toEqual({ entries: 2, bytes: 100 }); // exactly at the bound: nothing evicted
    expect(store.lookup("a")).toMatchObject({ status: 200, body: Buffer.alloc(40, "a") });
    expect(store.lookup("b")).toMatchObject({ body: Buffer.alloc(60, "a") });
  });

  it("evicts the least recently stored response when the bound is passed", () => {
    const store = new ResponseStore(100);
    keep(store, "a", response(40));
    keep(store, "b", response(40));
    keep(store, "c", response(40)); // 120 > 100: "a" goes
    expect(store.size).toEqual({ entries: 2, bytes: 80 });
    expect(storedKeys(store, ["a", "b", "c"])).toEqual(["b", "c"]);
  });

  it("evicts as many old responses as it takes to fit a large new one", () => {
    const store = new ResponseStore(100);
    keep(store, "a", response(30));
    keep(store, "b", response(30));
    keep(store, "c", response(30));
    keep(store, "big", response(90)); // 180: a, b and c must all go (60 and 30 are still > 100-90)
    expect(store.size).toEqual({ entries: 1, bytes: 90 });
    expect(storedKeys(store, ["a", "b", "c", "big"])).toEqual(["big"]);
  });

  it("a lookup makes a response the most recently used, so another one is evicted instead", () => {
    const store = new ResponseStore(100);
    keep(store, "a", response(40));
    keep(store, "b", response(40));
    expect(store.lookup("a")).toBeDefined(); // "a" is now newer than "b"
    keep(store, "c", response(40));
    expect(store.size).toEqual({ entries: 2, bytes: 80 });
    expect(storedKeys(store, ["a", "b", "c"])).toEqual(["a", "c"]);
  });

  it("does not keep a body larger than the whole bound, and evicts nothing for it", () => {
    const store = new ResponseStore(100);
    keep(store, "a", response(50));
    keep(store, "huge", response(101));
    expect(store.lookup("huge")).toBeUndefined();
    expect(store.size).toEqual({ entries: 1, bytes: 50 });
    expect(store.lookup("a")).toBeDefined();
  });

  it("replacing a key's response counts only the new body", () => {
    const store = new ResponseStore(100);
    keep(store, "a", response(30, "x"));
    keep(store, "b", response(30));
    keep(store, "a", response(50, "y"));
    expect(store.size).toEqual({ entries: 2, bytes: 80 });
    expect((store.lookup("a") as StoredResponse).body).toEqual(Buffer.alloc(50, "y"));
    keep(store, "a", response(10, "z"));
    expect(store.size).toEqual({ entries: 2, bytes: 40 });
    // With the count right, 60 more bytes still fit without evicting anything.
    keep(store, "c", response(60));
    expect(store.size).toEqual({ entries: 3, bytes: 100 });
    expect(storedKeys(store, ["a", "b", "c"])).toEqual(["a", "b", "c"]);
  });

  it("a replaced response becomes the most recently used", () => {
    const store = new ResponseStore(100);
    keep(store, "a", response(40));
    keep(store, "b", response(40));
    keep(store, "a", response(40, "n")); // "b" is now the oldest
    keep(store, "c", response(40));
    expect(storedKeys(store, ["a", "b", "c"])).toEqual(["a", "c"]);
  });
});

describe("ResponseStore: pending keys", () => {
  it("an unknown key is undefined", () => {
    expect(new ResponseStore(100).lookup("nothing")).toBeUndefined();
  });

  it("begin() makes lookup() return a promise that resolves to the settled response, which is then kept", async () => {
    const store = new ResponseStore(100);
    const fill = store.begin("k");
    const waiting = store.lookup("k");
    expect(waiting).toBeInstanceOf(Promise);
    expect(store.lookup("k")).toBe(waiting); // every waiter shares the one rendering
    expect(store.size).toEqual({ entries: 0, bytes: 0 });
    const rendered = response(20, "r");
    fill.settle(rendered);
    await expect(waiting).resolves.toBe(rendered);
    // Kept: the next lookup is the response itself, not a promise.
    expect(store.lookup("k")).toBe(rendered);
    expect(store.size).toEqual({ entries: 1, bytes: 20 });
  });

  it("settling with null resolves the waiters to null and keeps nothing", async () => {
    const store = new ResponseStore(100);
    const fill = store.begin("k");
    const waiting = store.lookup("k");
    fill.settle(null);
    await expect(waiting).resolves.toBeNull();
    expect(store.lookup("k")).toBeUndefined();
    expect(store.size).toEqual({ entries: 0, bytes: 0 });
  });

  it("a pending key does not hide or disturb other keys", async () => {
    const store = new ResponseStore(100);
    keep(store, "done", response(10));
    const fill = store.begin("pending");
    expect(store.lookup("done")).toMatchObject({ status: 200 });
    expect(store.lookup("other")).toBeUndefined();
    fill.settle(response(10));
    expect(store.size).toEqual({ entries: 2, bytes: 20 });
  });

  it("a response too large to keep still reaches the waiters, but is not kept", async () => {
    const store = new ResponseStore(100);
    const fill = store.begin("k");
    const waiting = store.lookup("k");
    const huge = response(200);
    fill.settle(huge);
    await expect(waiting).resolves.toBe(huge);
    expect(store.lookup("k")).toBeUndefined();
    expect(store.size).toEqual({ entries: 0, bytes: 0 });
  });

  it("a rendering that settles late does not drop a newer rendering's pending mark", async () => {
    const store = new ResponseStore(100);
    const first = store.begin("k");
    const second = store.begin("k"); // e.g. begun after the first was given up on
    const waitingOnSecond = store.lookup("k");
    first.settle(null);
    expect(store.lookup("k")).toBe(waitingOnSecond); // still pending: later arrivals wait for it
    second.settle(response(10, "b"));
    await expect(waitingOnSecond).resolves.toMatchObject({ body: Buffer.alloc(10, "b") });
    expect(store.lookup("k")).toMatchObject({ body: Buffer.alloc(10, "b") });
  });
});
