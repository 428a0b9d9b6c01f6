// npm run seed [-- --demo]: fills an empty database with the bureau's 2023 key task list (the
// bundled official notice); with --demo also the demo accounts (README "Demo data").
// A database that already holds a plan (or accounts) is left alone.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDb } from "../lib/db.ts";
import { importNoticeFile } from "../lib/data/plans/import-notice-file.ts";
import { isAppError } from "../lib/errors.ts";
import { DEMO_PASSWORD, seedDemoAccounts } from "./demo-accounts.ts";

export const SEED_NOTICE = path.join(path.dirname(fileURLToPath(import.meta.url)), "jining-2023-key-tasks.txt");

async function main() {
  const demo = process.argv.includes("--demo");
  const db = await getDb();
  try {
    if ((await db.prisma.plan.count()) > 0) {
      console.log("[seed] 数据库中已有任务清单，跳过导入。");
    } else {
      const summary = await importNoticeFile(db.prisma, SEED_NOTICE);
      console.log(`[seed] 已从 ${path.basename(SEED_NOTICE)} 导入任务清单（计划编号 ${summary.planId}，新增 ${summary.created} 条记录）。`);
    }
    if (demo) {
      const created = await seedDemoAccounts(db.prisma);
      if (created) console.log(`[seed] 已创建 ${created} 个演示账号（密码均为 ${DEMO_PASSWORD}，见 README）。`);
    } else if ((await db.prisma.user.count({ where: { role: "ADMIN", active: true } })) === 0) {
      console.log("[seed] 尚无管理员账号。创建第一个管理员：npm run user:create-admin -- <用户名>");
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(isAppError(error) ? `[seed] 失败：\n${error.message}` : error);
  process.exit(1);
});
