// The one write path. Every change to the portal's data is a `mutate` call, which
//  1. checks the viewer against the permissions module (lib/auth/permissions.ts) before anything
//     is read; object checks that need a row (the measure's plan, the report's unit) stay inside the
//     write, with assertCan as before;
//  2. owns the transaction, and marks it (`duban.mutate`), so tests can tell a write that bypassed
//     it (tests/integration/one-write-path.test.ts);
//  3. requires the write's audit event(s) (lib/data/audit/record-audit.ts) unless it says why not;
//  4. bumps the data version as the transaction's last statement and records what the write touched
//     (StatusChange: measures and plans whose colours may change, for incremental status);
//  5. after commit, brings the touched measures' escalations in line with their colours
//     (lib/data/status/escalate-touched.ts), and reports what was touched (./touched.ts), which the action wrapper turns into
//     Next.js invalidations — one mapping (lib/actions/revalidate-touched.ts) instead of a
//     revalidatePath list in every action.
// What a write may do that no other write does (locks, its own SQL) it does inside `write` as before.
// Server-side only, like every public module of lib/data: the tsx scripts (jobs, import, seed) run with
// `--conditions=react-server`, under which `server-only` is the empty module, as in Next's server.
import "server-only";
import { assertCan, type Permission, type Viewer } from "../auth/permissions.ts";
import { prisma, type PrismaLike, type PrismaTx } from "../db.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { AppError } from "../errors.ts";
import { authMessages } from "../messages/auth.ts";
import { auditTrailOf, followAuditTrail } from "./audit/record-audit.ts";
import { escalateTouched } from "./status/escalate-touched.ts";
import { reportTouched, touchesStatus, type Touched } from "./touched.ts";

export type MutateOptions<T> = {
  /**
   * Checked before the transaction opens. A plan-bound permission names the plan when the caller
   * knows it, else `plan: "any"` (the role alone) followed by the check on the row inside the write.
   * "row": what may be done depends on the row itself in every case (a ledger entry's unit and
   * state): a viewer is required here, and the write asserts the permission on the row it read.
   * "system": the daily job or a command-line script (viewer null), never a request.
   */
  permission: Permission | "row" | "system";
  /** What the write touched, from its result. Default: the measures its audit events name (each
   *  may change colour). Declared, it is taken as it is (a chase names a measure but colours nothing). */
  touches?: Touched | ((result: T) => Touched);
  /** Set (to the reason) when the write records no audit event on purpose. */
  unaudited?: string;
  /** Transaction timeouts in ms (Prisma's defaults are 5 s and 2 s). */
  timeout?: number;
  maxWait?: number;
  /** The client to write with (a script's or a test's own database); default the process's. */
  db?: PrismaClient;
};

export async function mutate<T>(viewer: Viewer | null, options: MutateOptions<T>, write: (tx: PrismaTx) => Promise<T>): Promise<T> {
  if (options.permission === "system") {
    if (viewer !== null) throw new Error("a system write has no viewer");
  } else if (options.permission === "row") {
    if (!viewer) throw new AppError("UNAUTHENTICATED", authMessages.signInRequired);
  } else {
    assertCan(viewer, options.permission);
  }
  const db = options.db ?? (await prisma());
  const { result, touched, version } = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('duban.mutate', 'on', true)`;
      const trail = followAuditTrail(tx);
      const result = await write(tx);
      if (trail.events === 0 && !options.unaudited) throw new Error("a write must record its audit event (or say why not: unaudited)");
      const touched: Touched =
        typeof options.touches === "function"
          ? options.touches(result)
          : (options.touches ?? { measures: [...auditTrailOf(tx).measureIds] });
      const version = await bumpDataVersion(tx, touched);
      return { result, touched, version };
    },
    { timeout: options.timeout ?? 15_000, maxWait: options.maxWait ?? 10_000 },
  );
  reportTouched(touched);
  // A request's write that may move colours moves escalations with them (the daily job does every
  // plan; a system write is the job, an import or a script).
  if (options.permission !== "system" && touchesStatus(touched)) await escalateTouched(touched, version);
  return result;
}

/**
 * The data version moves on, and what the write touched is recorded under it. Last in the
 * transaction: the row stays locked until commit, so versions commit in order, and the lock is held
 * only for the time of the commit.
 */
async function bumpDataVersion(tx: PrismaLike, touched: Touched): Promise<bigint> {
  const [{ version }] = await tx.$queryRaw<
    { version: bigint }[]
  >`UPDATE "DataVersion" SET version = version + 1 WHERE id = 1 RETURNING version`;
  if (!touchesStatus(touched)) return version;
  if (touched.plans === "all") {
    await tx.$executeRaw`INSERT INTO "StatusChange" (version, "planId", "measureId") VALUES (${version}::bigint, NULL, NULL)`;
    return version;
  }
  const plans = [...(touched.plans ?? [])];
  const measures = [...(touched.measures ?? [])];
  await tx.$executeRaw`
    INSERT INTO "StatusChange" (version, "planId", "measureId")
    SELECT ${version}::bigint, p, NULL FROM unnest(${plans}::int[]) p
    UNION ALL
    SELECT ${version}::bigint, m."planId", m.id FROM "Measure" m WHERE m.id = ANY(${measures}::int[])`;
  return version;
}
