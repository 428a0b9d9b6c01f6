// A fresh, migrated database per caller (one per test file), so test files can run in parallel
// and never see each other's rows.
//  - TEST_DATABASE_URL set (a server URL, e.g. postgresql://postgres@127.0.0.1:5432/postgres):
//    CREATE DATABASE duban_t_<random> on that server; drop() removes it again.
//  - otherwise, or TEST_DB=pglite: an in-memory PGlite, gone when closed.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDb, type Db } from "@/lib/db.ts";

export type TestDb = Db & { drop(): Promise<void> };

/** Which backend createTestDb() will use under the current environment. */
export function testBackendName(): "postgres" | "pglite" {
  return process.env.TEST_DB !== "pglite" && process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
}

/** The same server URL pointing at another database name. */
export function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const quiet = () => {};

export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (testBackendName() === "pglite" || !serverUrl) {
    const db = await createDb({ pgliteDir: "memory://", migrate: true, log: quiet });
    return { ...db, drop: db.close };
  }

  // Random hex only, so the identifier needs no quoting rules beyond the double quotes.
  const name = `duban_t_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  let db: Db;
  try {
    db = await createDb({ url: withDatabase(serverUrl, name), migrate: true, log: quiet });
  } catch (e) {
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw e;
  }
  return {
    ...db,
    drop: async () => {
      await db.close();
      // FORCE: a pool connection Prisma has not released yet must not keep the database alive.
      await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/**
 * Points the app's own `prisma()` (lib/db.ts) at this test database, for data functions that open
 * the database themselves. Each test file runs in its own worker, so this never leaks across files.
 */
export function useAsAppDb(db: Db): void {
  (globalThis as typeof globalThis & { __dubanDb?: Promise<Db> }).__dubanDb = Promise.resolve(db);
}
