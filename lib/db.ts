// The one Prisma client factory and its per-process singleton.
//  - DATABASE_URL set   -> the PostgreSQL server, through @prisma/adapter-pg
//  - DATABASE_URL unset -> embedded PGlite in PGLITE_DIR (default .data/pglite; "memory://" for tests),
//                          migrated on open so a fresh clone works without a server.
// Only lib/data, lib/actions, seeds, tests and scripts import this (enforced by eslint.config.mjs).
// No `import "server-only"`: tsx scripts and vitest import this module too.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient, type Prisma } from "./generated/prisma/client.ts";
import { applyMigrations, pgExec, pgliteExec } from "./db/migrate.ts";
import { readEnv } from "./env.ts";

export type Db = { prisma: PrismaClient; kind: "postgres" | "pglite"; close: () => Promise<void> };

/** The client handed to a `$transaction(async (tx) => …)` callback. */
export type PrismaTx = Prisma.TransactionClient;
/** For functions that work the same inside or outside a transaction. */
export type PrismaLike = PrismaClient | PrismaTx;

export type DbOptions = {
  /** PostgreSQL URL; empty/undefined selects PGlite. */
  url?: string;
  /** PGlite data folder or "memory://" (only when url is empty). Default .data/pglite. */
  pgliteDir?: string;
  /** Apply prisma/migrations before returning. Default: true for PGlite (nobody else will),
   *  false for PostgreSQL (a server is migrated explicitly by `npm run db:deploy`). */
  migrate?: boolean;
  /** Folder holding <timestamp>_<name>/migration.sql. Default <cwd>/prisma/migrations. */
  migrationsDir?: string;
  log?: (message: string) => void;
};

export async function createDb(opts: DbOptions = {}): Promise<Db> {
  const migrationsDir = opts.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  const log = opts.log ?? ((m: string) => console.log(`[db] ${m}`));

  if (opts.url) {
    if (opts.migrate) {
      // A dedicated short-lived connection: the runner needs multi-statement scripts and an
      // advisory lock, which Prisma's adapter does not offer.
      const pg = (await import("pg")).default;
      const client = new pg.Client({ connectionString: opts.url });
      await client.connect();
      try {
        await applyMigrations(pgExec(client), { dir: migrationsDir, log });
      } finally {
        await client.end();
      }
    }
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: opts.url }) });
    return { prisma, kind: "postgres", close: () => prisma.$disconnect() };
  }

  const dir = opts.pgliteDir || ".data/pglite";
  // PGlite does not create missing parent folders itself.
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  try {
    // Migration SQL goes through PGlite's own exec: the adapter mishandles multi-statement scripts.
    if (opts.migrate ?? true) await applyMigrations(pgliteExec(pglite), { dir: migrationsDir, log });
  } catch (e) {
    await pglite.close();
    throw e;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

// One database per server process. The *promise* is cached on globalThis so that concurrent first
// requests share one open-and-migrate, and `next dev` module reloads reuse it: a second PGlite on
// the same folder in one process would corrupt it.
const g = globalThis as typeof globalThis & { __dubanDb?: Promise<Db> };

export function getDb(): Promise<Db> {
  if (!g.__dubanDb) {
    const t0 = Date.now();
    // readEnv inside the chain: a bad variable rejects the promise instead of throwing synchronously.
    g.__dubanDb = Promise.resolve()
      .then(() => readEnv())
      .then((env) => createDb({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR }))
      .then(
        (db) => {
          console.log(`[db] ${db.kind} ready in ${Date.now() - t0} ms`);
          return db;
        },
        (e: unknown) => {
          g.__dubanDb = undefined; // let the next request retry instead of caching the failure
          throw e;
        },
      );
  }
  return g.__dubanDb;
}

/** Shorthand for data functions: `const db = await prisma();`. */
export async function prisma(): Promise<PrismaClient> {
  return (await getDb()).prisma;
}
