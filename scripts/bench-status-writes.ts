// bench:status --writes: readers while units report. `concurrency` readers loop over /dashboard,
// /summary and the status API for `seconds`, while report submissions (POST /api/v1/reports, a
// lead unit's reporter token, submitted at once) and approvals arrive at `rate` writes a second in
// turn. Approvals go through the same data function the review desk's action calls
// (approveReports, lib/data/reports/review-reports.ts), from this process on the server's database —
// as a second instance would: the API has no review route. Then, per endpoint, `rounds` times: one
// write, then `concurrency` requests at once — the first views after a single write.
// Prints per endpoint p50/p95 of the readers, the server's CPU per reader request (all of the
// server's CPU in the phase, writes included, over the reads), and the first views' p50/p95.
import { randomInt } from "node:crypto";
import type { Viewer } from "../lib/auth/permissions.ts";
import { getDb } from "../lib/db.ts";
import { mutate } from "../lib/data/mutate.ts";
import { approveReports } from "../lib/data/reports/review-reports.ts";
import { createToken } from "../lib/data/tokens/create-token.ts";
import { createUser } from "../lib/data/users/create-user.ts";
import { viewerOf } from "../lib/data/users/viewer-of.ts";

export type Reader = { name: string; one: () => Promise<{ ms: number; ok: boolean; status: number; cache: string }> };
export type WriteOptions = {
  baseUrl: string;
  planId: number;
  asOf: string;
  seconds: number;
  rate: number;
  rounds: number;
  concurrency: number;
  serverCpuMs: () => number | null;
};

// NaN without samples (every answer refused): printed as such, and no target is met by it.
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${percentile(s, 50).toFixed(1).padStart(8)}${percentile(s, 95).toFixed(1).padStart(9)}`;
};

export async function benchWithWrites(readers: Reader[], o: WriteOptions): Promise<number> {
  process.env.DUBAN_TODAY = o.asOf; // the approvals' clock: the server's (DUBAN_TODAY) day
  const db = await getDb();
  const prisma = db.prisma;
  try {
    const coordinatorRow = await prisma.user.findFirstOrThrow({ where: { role: "COORDINATOR", active: true }, orderBy: { id: "asc" } });
    const coordinator = viewerOf(coordinatorRow);
    const writes = Math.ceil(o.seconds * o.rate) + o.rounds * readers.length + 4;
    // Lead units' monthly reports not filed yet, for periods started by the date: one per measure,
    // of measures not done (an approved 100 % needs no more reports: the API refuses them).
    const slots = await prisma.$queryRaw<{ measureId: number; unitId: number; periodId: number }[]>`
      SELECT DISTINCT ON (mu."measureId") mu."measureId", mu."unitId", p.id AS "periodId"
      FROM "MeasureUnit" mu JOIN "Measure" m ON m.id = mu."measureId" AND m."planId" = ${o.planId}
      JOIN "ReportingPeriod" p ON p."planId" = m."planId" AND p.kind = 'MONTHLY' AND p."startsOn" <= ${o.asOf}::date
      WHERE mu.role = 'LEAD' AND NOT EXISTS (SELECT 1 FROM "ProgressReport" r WHERE r."measureId" = mu."measureId" AND r."unitId" = mu."unitId" AND r."periodId" = p.id)
        AND NOT EXISTS (SELECT 1 FROM "ProgressReport" d WHERE d."measureId" = mu."measureId" AND d.state = 'APPROVED' AND d.percent >= 100)
      ORDER BY mu."measureId", p."startsOn" DESC LIMIT ${writes}`;
    if (slots.length < writes / 2) throw new Error(`only ${slots.length} unfiled reports to submit; run bench:generate again`);
    // A reporter and a token per unit involved.
    const tokenOf = new Map<number, string>();
    for (const unitId of new Set(slots.map((s) => s.unitId))) {
      const login = `bench-writer-${unitId}`;
      let user = await prisma.user.findUnique({ where: { login } });
      if (!user) {
        await mutate(null, { permission: "system", db: prisma }, (tx) =>
          createUser(tx, null, {
            login,
            displayName: `基准填报员${unitId}`,
            password: `bench-${randomInt(1e9)}-password`,
            role: "REPORTER",
            unitId,
            email: null,
          }),
        );
        user = await prisma.user.findUniqueOrThrow({ where: { login } });
      }
      tokenOf.set(unitId, (await createToken(viewerOf(user), { name: "bench-writes" })).token);
    }

    const submitted: number[] = [];
    const failures: string[] = [];
    let next = 0;
    /** Submits the next unfiled report through the API: its id, or null when refused. */
    const submit = async (): Promise<void> => {
      const slot = slots[next++ % slots.length];
      const res = await fetch(`${o.baseUrl}/api/v1/reports`, {
        method: "POST",
        headers: { Authorization: `Bearer ${tokenOf.get(slot.unitId)}`, "Content-Type": "application/json" },
        body: JSON.stringify({
          measureId: slot.measureId,
          periodId: slot.periodId,
          percent: 30 + randomInt(60),
          progress: "基准：按计划推进",
          submit: true,
          qualityExplanation: "基准数据",
        }),
      });
      if (res.status === 201) submitted.push(((await res.json()) as { id: number }).id);
      else failures.push(`submit HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
    };
    const approve = async (): Promise<void> => {
      const id = submitted.shift();
      if (id === undefined) return submit();
      await approveReports(coordinator as Viewer, [id]).catch((e: unknown) => failures.push(`approve ${String(e)}`));
    };
    let turn = 0;
    const write = () => (turn++ % 2 === 0 ? submit() : approve());

    // Warm-up: every reader twice, then the load phase.
    for (const r of readers) for (let i = 0; i < 2; i++) await Promise.all(Array.from({ length: o.concurrency }, r.one));
    const samples = new Map(readers.map((r) => [r.name, [] as number[]]));
    const caches = new Map(readers.map((r) => [r.name, new Map<string, number>()]));
    // Answers that were not the page (a 429 of the API's rate limit, an error) are counted apart and
    // left out of the times: a fast refusal is no reading.
    const refusedReads = new Map(readers.map((r) => [r.name, new Map<number, number>()]));
    let failed = 0;
    let reads = 0;
    const until = performance.now() + o.seconds * 1000;
    const cpuBefore = o.serverCpuMs();
    const writer = (async () => {
      let written = 0;
      const t0 = performance.now();
      while (performance.now() < until) {
        await write();
        written++;
        const wait = t0 + (written * 1000) / o.rate - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      return written;
    })();
    await Promise.all(
      Array.from({ length: o.concurrency }, async (_, c) => {
        for (let i = c; performance.now() < until; i++) {
          const reader = readers[i % readers.length];
          const s = await reader.one();
          reads++;
          if (!s.ok) {
            failed++;
            const refused = refusedReads.get(reader.name)!;
            refused.set(s.status, (refused.get(s.status) ?? 0) + 1);
            continue;
          }
          samples.get(reader.name)!.push(s.ms);
          const tally = caches.get(reader.name)!;
          tally.set(s.cache, (tally.get(s.cache) ?? 0) + 1);
        }
      }),
    );
    const written = await writer;
    const cpuAfter = o.serverCpuMs();

    // The first views after a single write.
    const firstViews = new Map<string, number[]>();
    for (const reader of readers) {
      const times: number[] = [];
      for (let i = 0; i < o.rounds; i++) {
        await write();
        const round = await Promise.all(Array.from({ length: o.concurrency }, reader.one));
        if (round.some((s) => !s.ok)) failed++;
        times.push(...round.filter((s) => s.ok).map((s) => s.ms));
      }
      firstViews.set(reader.name, times);
    }

    console.log("");
    console.log(
      `  writes during the reads: ${written} in ${o.seconds} s (${(written / o.seconds).toFixed(1)}/s: submissions through the API and approvals, in turn); ${failures.length} refused${failures.length ? ` (first: ${failures[0]})` : ""}`,
    );
    console.log(`  endpoint             n    p50 ms   p95 ms   cache`);
    for (const r of readers) {
      const xs = samples.get(r.name)!;
      const refused = [...refusedReads.get(r.name)!].map(([status, n]) => `HTTP ${status} ×${n}`).join(", ");
      console.log(
        `  ${r.name.padEnd(16)}${String(xs.length).padStart(6)}${fmt(xs)}   ${[...caches.get(r.name)!].map(([k, v]) => `${k} ${v}`).join(", ")}${refused ? `; not timed: ${refused}` : ""}`,
      );
    }
    if ([...refusedReads.values()].some((m) => m.has(429)))
      console.log("  (429: the API token's rate limit; start the server with API_RATE_LIMIT=0 to measure the API itself)");
    if (cpuBefore !== null && cpuAfter !== null)
      console.log(
        `  server CPU per read (all the server's CPU in the phase, writes included, over ${reads} reads): ${((cpuAfter - cpuBefore) / reads).toFixed(1)} ms`,
      );
    console.log(`  first views after a single write (${o.rounds} writes × ${o.concurrency} at once):`);
    for (const [name, xs] of firstViews) console.log(`  ${name.padEnd(16)}${String(xs.length).padStart(6)}${fmt(xs)}`);
    const worst = Math.max(
      ...readers.map((r) =>
        percentile(
          [...samples.get(r.name)!].sort((a, b) => a - b),
          95,
        ),
      ),
    );
    const worstFirst = Math.max(
      ...[...firstViews.values()].map((xs) =>
        percentile(
          [...xs].sort((a, b) => a - b),
          95,
        ),
      ),
    );
    console.log(
      `  targets: reader p95 ≤ 150 ms ${worst <= 150 ? "met" : "missed"} (worst ${worst.toFixed(1)}); first view after a write p95 ≤ 200 ms ${worstFirst <= 200 ? "met" : "missed"} (worst ${worstFirst.toFixed(1)})`,
    );
    await prisma.apiToken.updateMany({ where: { name: "bench-writes", revokedAt: null }, data: { revokedAt: new Date() } });
    return failed > 0 || failures.length > written / 10 ? 1 : 0;
  } finally {
    await db.close();
  }
}
