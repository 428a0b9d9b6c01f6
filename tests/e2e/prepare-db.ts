// Used by playwright.config.ts's webServer when E2E_DATABASE_URL names a PostgreSQL server:
// creates the empty database E2E_DB_NAME on it and prints its URL on stdout, and nothing else,
// so the shell can capture it (`DATABASE_URL=$(tsx tests/e2e/prepare-db.ts)`). Migrating and
// seeding are left to the same npm scripts `npm start` uses. global-teardown.ts drops it again.
import pg from "pg";
import { withDatabase } from "../helpers/test-db.ts";

const serverUrl = process.env.E2E_DATABASE_URL;
const name = process.env.E2E_DB_NAME ?? "";
if (!serverUrl || !/^duban_e2e_[0-9a-f]+$/.test(name)) {
  console.error("prepare-db: E2E_DATABASE_URL and E2E_DB_NAME=duban_e2e_<hex> are required");
  process.exit(2);
}

const client = new pg.Client({ connectionString: serverUrl });
await client.connect();
try {
  await client.query(`CREATE DATABASE "${name}"`);
} finally {
  await client.end();
}
process.stdout.write(withDatabase(serverUrl, name) + "\n");
