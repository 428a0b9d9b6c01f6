// The database layer itself, on whichever backend the environment selects
// (TEST_DATABASE_URL -> a fresh database on that PostgreSQL server; otherwise in-memory PGlite).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate.ts";
import { createTestDb, testBackendName, type TestDb } from "../helpers/test-db.ts";

describe(`database (${testBackendName()})`, () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("runs on the backend the environment selects", async () => {
    expect(db.kind).toBe(testBackendName());
    const [{ name }] = await db.prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    if (db.kind === "postgres") expect(name).toMatch(/^duban_t_[0-9a-f]+$/);
  });

  it("records every migration in prisma/migrations as applied", async () => {
    const onDisk = readMigrations("prisma/migrations");
    expect(onDisk.length).toBeGreaterThan(0);
    const rows = await db.prisma.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
    expect(rows).toEqual(onDisk.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it("writes nothing when a transaction throws", async () => {
    const name = `测试单位-${Date.now()}`;
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.unit.create({ data: { name, region: { connect: { name: "市本级" } } } });
        expect(await tx.unit.count({ where: { name } })).toBe(1); // visible inside the transaction
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await db.prisma.unit.count({ where: { name } })).toBe(0);
  });
});
