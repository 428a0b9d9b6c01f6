// The many-plans migration (issue 11) on a database of the single-plan era: its plans become the
// city's (市本级, made by the migration), except that of two plans of one year the later one gets a
// county region of its own; its units become the city's; its accounts keep seeing everything.
// Migrated up to the one before, filled as the old portal left it, then migrated to the end.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, pgExec, pgliteExec, type SqlExec } from "@/lib/db/migrate.ts";
import { testBackendName, withDatabase } from "../helpers/test-db.ts";

const MIGRATION = "20261204152350_many_plans";
const ALL = path.join(process.cwd(), "prisma", "migrations");

let db: SqlExec;
let close: () => Promise<void>;
let before: string;
const rows = <T>(sql: string) => db.query<T>(sql);

beforeAll(async () => {
  const server = process.env.TEST_DATABASE_URL;
  if (testBackendName() === "postgres" && server) {
    const name = `duban_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const client = new pg.Client({ connectionString: withDatabase(server, name) });
    await client.connect();
    db = pgExec(client);
    close = async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const lite = new PGlite();
    db = pgliteExec(lite);
    close = () => lite.close();
  }
  // The migrations before this one, as a database of the single-plan era had them.
  before = mkdtempSync(path.join(os.tmpdir(), "duban-migrations-"));
  for (const dir of readdirSync(ALL).filter((d) => d < MIGRATION)) cpSync(path.join(ALL, dir), path.join(before, dir), { recursive: true });
  await applyMigrations(db, { dir: before });

  // Three plans: the city's 2022 and 2023 lists, and a county's 2023 list imported beside the city's
  // (which the old portal allowed); units, a coordinator and a unit's reporter.
  await db.exec(`
    INSERT INTO "Plan" (id, title, year, issuer, "sourceText", "updatedAt") VALUES
      (1, '2023年济宁市重点任务清单', 2023, '济宁市教育局', '…', now()),
      (2, '2023年任城区重点任务清单', 2023, '任城区教育和体育局', '…', now()),
      (3, '2022年济宁市重点任务清单', 2022, '济宁市教育局', '…', now());
    INSERT INTO "Unit" (id, name) VALUES (1, '人事科'), (2, '基础教育科');
    INSERT INTO "User" (login, "displayName", "passwordHash", role, "unitId", "updatedAt") VALUES
      ('coordinator', '督办', 'x', 'COORDINATOR', NULL, now()),
      ('unit01', '人事科填报员', 'x', 'REPORTER', 1, now());
  `);
  await applyMigrations(db);
}, 60_000);
afterAll(async () => {
  await close?.();
  if (before) rmSync(before, { recursive: true, force: true });
});

describe("the many-plans migration on a single-plan database", () => {
  it("makes the city's region and a county region for the second plan of a year", async () => {
    expect(await rows(`SELECT name, level::text FROM "Region" ORDER BY id`)).toEqual([
      { name: "市本级", level: "CITY" },
      { name: "任城区教育和体育局（计划2）", level: "COUNTY" },
    ]);
  });

  it("puts every other plan in the city's region, none frozen", async () => {
    expect(await rows(`SELECT p.id, r.name, p."frozenAt" FROM "Plan" p JOIN "Region" r ON r.id = p."regionId" ORDER BY p.id`)).toEqual([
      { id: 1, name: "市本级", frozenAt: null },
      { id: 2, name: "任城区教育和体育局（计划2）", frozenAt: null },
      { id: 3, name: "市本级", frozenAt: null },
    ]);
  });

  it("makes the units the city's and leaves the accounts city-wide", async () => {
    expect(await rows(`SELECT u.name, r.level::text FROM "Unit" u JOIN "Region" r ON r.id = u."regionId" ORDER BY u.id`)).toEqual([
      { name: "人事科", level: "CITY" },
      { name: "基础教育科", level: "CITY" },
    ]);
    expect(await rows(`SELECT login, "regionId" FROM "User" ORDER BY id`)).toEqual([
      { login: "coordinator", regionId: null },
      { login: "unit01", regionId: null },
    ]);
  });

  it("then holds one plan per region and year, and unit names per region", async () => {
    await expect(
      db.exec(`INSERT INTO "Plan" (id, title, year, "sourceText", "updatedAt", "regionId") VALUES (4, '重复', 2023, '…', now(), 1)`),
    ).rejects.toThrow(/Plan_regionId_year_key/);
    const county = (await rows<{ id: number }>(`SELECT id FROM "Region" WHERE level = 'COUNTY'`))[0].id;
    await db.exec(`INSERT INTO "Unit" (id, name, "regionId") VALUES (3, '人事科', ${county})`);
    expect(await rows(`SELECT count(*)::int AS n FROM "Unit" WHERE name = '人事科'`)).toEqual([{ n: 2 }]);
  });
});
