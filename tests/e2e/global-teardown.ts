// Drops the PostgreSQL database prepare-db.ts created for this run (nothing to do on PGlite:
// its folder is wiped at the next run's start). Runs while the server is still up, hence FORCE.
import pg from "pg";

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.E2E_DATABASE_URL;
  const name = process.env.E2E_DB_NAME;
  if (!serverUrl || !name || !/^duban_e2e_[0-9a-f]+$/.test(name)) return;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
