// The stored responses of one server process: least recently used first out, bounded by their
// total size. A key being rendered is "pending": requests for it wait for that one rendering
// instead of each rendering the same page (eight people opening the dashboard after a change).

export type StoredResponse = { status: number; headers: Record<string, string | string[]>; body: Buffer };

type Fill = { settle: (response: StoredResponse | null) => void };

export class ResponseStore {
  private readonly entries = new Map<string, StoredResponse>();
  private readonly pending = new Map<string, Promise<StoredResponse | null>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The stored response, or the one being rendered for this key (null if that fails), or undefined. */
  lookup(key: string): StoredResponse | Promise<StoredResponse | null> | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // most recently used last
      this.entries.set(key, hit);
      return hit;
    }
    return this.pending.get(key);
  }

  /** Marks the key pending until `settle`: with a response to keep it, with null to give up. */
  begin(key: string): Fill {
    let resolve!: (response: StoredResponse | null) => void;
    const promise = new Promise<StoredResponse | null>((r) => (resolve = r));
    this.pending.set(key, promise);
    return {
      settle: (response) => {
        if (this.pending.get(key) === promise) this.pending.delete(key);
        if (response) this.put(key, response);
        resolve(response);
      },
    };
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private put(key: string, response: StoredResponse): void {
    if (response.body.length > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.delete(key);
    this.entries.set(key, response);
    this.bytes += response.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }
}
