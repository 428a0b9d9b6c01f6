// npm run bench:submit [-- <server URL>] [--requests N] [--concurrency C]
// Many concurrent POST /api/v1/reports against a RUNNING server on PostgreSQL, then a check that
// the database holds exactly what was sent. A script that prints figures, not a test.
//
// Needs DATABASE_URL = the database that server uses (it creates one API token per unit for an
// active reporter of that unit, and reads the rows back); server URL from the argument, BENCH_URL,
// or http://127.0.0.1:3000. Each submission goes to a distinct (measure, unit, period) that has no
// report yet, as the token's own unit: a third are saved as drafts, a third submitted at once, a
// third saved and then submitted with the version the first answer gave (two requests in a row).
// The tokens are revoked at the end. Exit status 1 when the check fails.
import { parseArgs } from "node:util";
import { getDb } from "../lib/db.ts";
import type { Viewer } from "../lib/auth/permissions.ts";
import { createToken } from "../lib/data/tokens/create-token.ts";
import { revokeToken } from "../lib/data/tokens/revoke-token.ts";
import { viewerOf } from "../lib/data/users/viewer-of.ts";

type Kind = "draft" | "submit" | "draft-then-submit";
type Job = { measureId: number; unitId: number; periodId: number; kind: Kind; token: string };
type Sample = { status: number; ms: number };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { requests: { type: "string", default: "500" }, concurrency: { type: "string", default: "16" } },
});
const baseUrl = (positionals[0] ?? process.env.BENCH_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const wantedRequests = Number(values.requests);
const concurrency = Number(values.concurrency);
const KINDS: Kind[] = ["draft", "submit", "draft-then-submit"];
const requestsOf = (kind: Kind) => (kind === "draft-then-submit" ? 2 : 1);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) {
    console.error("bench:submit 需要 DATABASE_URL：被测服务器所用的 PostgreSQL 数据库（内置 PGlite 只能由一个进程打开）。");
    return 2;
  }
  if (!(Number.isInteger(wantedRequests) && wantedRequests > 0 && Number.isInteger(concurrency) && concurrency > 0)) {
    console.error("--requests 与 --concurrency 须为正整数。");
    return 2;
  }
  const db = await getDb();
  const prisma = db.prisma;
  const runTag = `bench-${Date.now().toString(36)}`;
  const tokens: { viewer: Viewer; id: number }[] = [];
  try {
    // One active reporter per unit, and a fresh token for each.
    const units = await prisma.unit.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, users: { where: { role: "REPORTER", active: true }, orderBy: { id: "asc" }, take: 1 } },
    });
    const tokenOf = new Map<number, string>();
    for (const unit of units) {
      const user = unit.users[0];
      if (!user) {
        console.warn(`  ${unit.name}：没有有效的填报员账号，跳过（先运行 npm run seed -- --demo）。`);
        continue;
      }
      const viewer: Viewer = viewerOf(user);
      const created = await createToken(viewer, { name: runTag });
      tokens.push({ viewer, id: created.id });
      tokenOf.set(unit.id, created.token);
    }

    // Every (measure, unit, period) a unit owns and has not reported on yet, spread over units.
    const [owned, periods, existing] = await Promise.all([
      prisma.measureUnit.findMany({
        select: { measureId: true, unitId: true, measure: { select: { planId: true } } },
        orderBy: [{ measureId: "asc" }, { unitId: "asc" }],
      }),
      prisma.reportingPeriod.findMany({ select: { id: true, planId: true }, orderBy: { startsOn: "asc" } }),
      prisma.progressReport.findMany({ select: { measureId: true, unitId: true, periodId: true } }),
    ]);
    const taken = new Set(existing.map((r) => `${r.measureId}/${r.unitId}/${r.periodId}`));
    const free = periods.flatMap((p) =>
      owned
        .filter((o) => o.measure.planId === p.planId && tokenOf.has(o.unitId) && !taken.has(`${o.measureId}/${o.unitId}/${p.id}`))
        .map((o) => ({ measureId: o.measureId, unitId: o.unitId, periodId: p.id })),
    );
    const jobs: Job[] = [];
    let planned = 0;
    for (const combo of free) {
      const kind = KINDS[jobs.length % KINDS.length];
      if (planned + requestsOf(kind) > wantedRequests) break;
      jobs.push({ ...combo, kind, token: tokenOf.get(combo.unitId)! });
      planned += requestsOf(kind);
    }
    if (planned < wantedRequests)
      console.warn(`  只有 ${free.length} 个尚未填报的（措施、单位、周期）组合：发送 ${planned} 个请求，而不是 ${wantedRequests} 个。`);
    if (jobs.length === 0) return 1;

    console.log(`bench:submit → ${baseUrl}`);
    console.log(
      `  units with a token ${tokenOf.size}, jobs ${jobs.length} (${KINDS.map((k) => `${jobs.filter((j) => j.kind === k).length} ${k}`).join(", ")}), requests ${planned}, concurrency ${concurrency}`,
    );

    const post = async (token: string, body: object, samples: Sample[]) => {
      const t0 = performance.now();
      const res = await fetch(`${baseUrl}/api/v1/reports`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = (await res.json().catch(() => null)) as { version?: number; error?: { message: string } } | null;
      samples.push({ status: res.status, ms: performance.now() - t0 });
      if (res.status >= 300 && samples.filter((s) => s.status === res.status).length <= 3)
        console.warn(`  HTTP ${res.status}: ${json?.error?.message ?? ""}`);
      return { status: res.status, version: json?.version };
    };

    // Warm-up (not timed): the server's first requests compile routes and open connections.
    await Promise.all(
      [...tokenOf.values()].map((token) =>
        fetch(`${baseUrl}/api/v1/plans`, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.arrayBuffer()),
      ),
    );

    const samples: Sample[] = [];
    const queue = [...jobs];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const body = {
            measureId: job.measureId,
            periodId: job.periodId,
            percent: 40,
            progress: `${runTag} ${job.kind}`,
            nextSteps: "按计划推进",
            submit: job.kind === "submit",
          };
          const first = await post(job.token, body, samples);
          if (job.kind === "draft-then-submit" && first.status === 201)
            await post(job.token, { ...body, version: first.version, submit: true }, samples);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
    const counts = new Map<number, number>();
    for (const s of samples) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    const statuses = [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status} ×${n}`);
    console.log(`  wall ${seconds.toFixed(2)} s, throughput ${(samples.length / seconds).toFixed(1)} req/s`);
    console.log(
      `  latency ms: p50 ${percentile(ms, 50).toFixed(1)}, p95 ${percentile(ms, 95).toFixed(1)}, p99 ${percentile(ms, 99).toFixed(1)}, max ${ms[ms.length - 1].toFixed(1)}`,
    );
    console.log(`  status: ${statuses.join(", ")}`);

    // The database must hold exactly what was sent: one row per job, in the state and version
    // its requests leave it in, and one audit event per successful request.
    const rows = await prisma.progressReport.findMany({
      where: { progress: { startsWith: runTag } },
      select: { id: true, measureId: true, unitId: true, periodId: true, state: true, version: true, progress: true },
    });
    const expected = new Map(
      jobs.map((j) => [
        `${j.measureId}/${j.unitId}/${j.periodId}`,
        j.kind === "draft" ? "DRAFT/1" : j.kind === "submit" ? "SUBMITTED/1" : "SUBMITTED/2",
      ]),
    );
    const seen = new Set<string>();
    let duplicates = 0;
    let wrong = 0;
    for (const r of rows) {
      const key = `${r.measureId}/${r.unitId}/${r.periodId}`;
      if (seen.has(key)) duplicates++;
      seen.add(key);
      if (expected.get(key) !== `${r.state}/${r.version}`) wrong++;
    }
    const audits = await prisma.auditEvent.count({
      where: { entityType: "ProgressReport", entityId: { in: rows.map((r) => String(r.id)) } },
    });
    const ok2xx = samples.filter((s) => s.status === 200 || s.status === 201).length;
    const byState = (state: string) => rows.filter((r) => r.state === state).length;
    const pass =
      rows.length === jobs.length &&
      seen.size === jobs.length &&
      duplicates === 0 &&
      wrong === 0 &&
      ok2xx === samples.length &&
      audits === samples.length;
    console.log(
      `  check: reports ${rows.length}/${jobs.length} (DRAFT ${byState("DRAFT")}, SUBMITTED ${byState("SUBMITTED")}), duplicates ${duplicates}, wrong state or version ${wrong}, ` +
        `audit events ${audits}/${samples.length} → ${pass ? "OK" : "MISMATCH"}`,
    );
    return pass ? 0 : 1;
  } finally {
    for (const t of tokens) await revokeToken(t.viewer, t.id).catch(() => {});
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
