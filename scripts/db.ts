// npm run db:deploy | db:status — against DATABASE_URL (PostgreSQL) or, when unset, PGLITE_DIR.
// Runs outside Next.js on purpose: migrating in a separate process keeps the server's start fast
// and its memory low (a PGlite folder's first open costs ~850 MiB that stay in that process).
import { mkdirSync } from "node:fs";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, migrationStatus, pgExec, pgliteExec, type SqlExec } from "../lib/db/migrate.ts";
import { readEnv } from "../lib/env.ts";

async function open(): Promise<{ db: SqlExec; close: () => Promise<void>; target: string }> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    return { db: pgExec(client), close: () => client.end(), target: "PostgreSQL (DATABASE_URL)" };
  }
  if (!env.PGLITE_DIR.startsWith("memory://")) mkdirSync(env.PGLITE_DIR, { recursive: true });
  const p = await PGlite.create(env.PGLITE_DIR);
  return { db: pgliteExec(p), close: () => p.close(), target: `PGlite (${env.PGLITE_DIR})` };
}

async function main(cmd: string | undefined): Promise<number> {
  if (cmd !== "deploy" && cmd !== "status") {
    console.error("usage: tsx scripts/db.ts deploy|status");
    return 2;
  }
  const { db, close, target } = await open();
  try {
    if (cmd === "deploy") {
      const applied = await applyMigrations(db, { log: (m) => console.log(`[db] ${m}`) });
      console.log(applied.length ? `${target}: applied ${applied.length} migration(s)` : `${target}: no pending migrations`);
      return 0;
    }
    const s = await migrationStatus(db);
    console.log(`${target}:`, JSON.stringify(s));
    // Non-zero when anything needs attention, so CI can gate on it.
    return s.pending.length || s.failed.length || s.modified.length || s.unknown.length ? 1 : 0;
  } finally {
    await close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
