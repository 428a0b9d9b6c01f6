// Data functions open the process's one database through prisma() (lib/db.ts). An integration
// test that calls them installs its own fresh test database there, so they run exactly as in a
// request, against a database no other test file sees.
import type { Db } from "@/lib/db.ts";
import { createTestDb, type TestDb } from "./test-db.ts";

const g = globalThis as typeof globalThis & { __dubanDb?: Promise<Db> };

/** A fresh test database that prisma() returns until drop(). */
export async function installTestDb(): Promise<TestDb> {
  const db = await createTestDb();
  g.__dubanDb = Promise.resolve(db);
  return {
    ...db,
    drop: async () => {
      g.__dubanDb = undefined;
      await db.drop();
    },
  };
}
