// npm run seed: fills an empty database with the bureau's 2023 key task list (the bundled
// official notice). A database that already holds a plan is left alone.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDb } from "../lib/db.ts";
import { importNoticeFile } from "../lib/data/plans/import-notice-file.ts";
import { isAppError } from "../lib/errors.ts";

export const SEED_NOTICE = path.join(path.dirname(fileURLToPath(import.meta.url)), "jining-2023-key-tasks.txt");

async function main() {
  const db = await getDb();
  try {
    if ((await db.prisma.plan.count()) > 0) {
      console.log("[seed] 数据库中已有任务清单，跳过导入。");
      return;
    }
    const summary = await importNoticeFile(db.prisma, SEED_NOTICE);
    console.log(`[seed] 已从 ${path.basename(SEED_NOTICE)} 导入任务清单（计划编号 ${summary.planId}，新增 ${summary.created} 条记录）。`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(isAppError(error) ? `[seed] 导入失败：\n${error.message}` : error);
  process.exit(1);
});
