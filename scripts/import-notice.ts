// npm run import -- <file> [--county 名称] [--json]
//   --json            print the parsed plan as JSON on stdout and write nothing
//   --county 任城区    the notice is that county's list (the county is added when new); default: the city's
//   else              import into the database (DATABASE_URL, or embedded PGlite in PGLITE_DIR) in one transaction
import { parseNotice } from "../lib/domain/notice/parse-notice.ts";
import { noticeJson } from "../lib/domain/notice/notice-json.ts";
import { readNoticeFile } from "../lib/import/read-notice-file.ts";
import { importPlan } from "../lib/data/plans/import-plan.ts";
import { isAppError } from "../lib/errors.ts";
import { getDb } from "../lib/db.ts";

const USAGE = "用法：npm run import -- <通知文件.txt|.docx> [--county 县市区名称] [--json]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const countyAt = args.indexOf("--county");
  const county = countyAt >= 0 ? args[countyAt + 1]?.trim() : undefined;
  if (countyAt >= 0 && (!county || county.startsWith("--") || county.length > 40)) {
    console.error(`--county 后应写县市区名称（不超过 40 个字）。\n${USAGE}`);
    return 2;
  }
  const files = args.filter((a, i) => a !== "--json" && (countyAt < 0 || (i !== countyAt && i !== countyAt + 1)));
  const unknown = files.filter((a) => a.startsWith("--"));
  if (files.length !== 1 || unknown.length > 0) {
    console.error(unknown.length ? `未知选项：${unknown.join(" ")}\n${USAGE}` : USAGE);
    return 2;
  }
  const text = await readNoticeFile(files[0]);
  const notice = parseNotice(text);
  if (json) {
    process.stdout.write(`${JSON.stringify(noticeJson(notice), null, 2)}\n`);
    return 0;
  }
  const db = await getDb();
  try {
    const summary = await importPlan(db.prisma, notice, text, county ? { county } : undefined);
    const measures = notice.actions.flatMap((a) => a.tasks.flatMap((t) => t.measures)).length;
    const tasks = notice.actions.flatMap((a) => a.tasks).length;
    const changes = summary.created + summary.updated + summary.deleted;
    const verb = summary.createdPlan ? "已导入" : changes === 0 ? "已是最新" : "已更新";
    console.log(
      `${verb}《${notice.plan.title}》（计划编号 ${summary.planId}）：` +
        `${notice.actions.length} 个行动、${tasks} 项任务、${measures} 条措施。`,
    );
    console.log(
      changes === 0
        ? "与数据库中的内容完全一致，未做任何修改。"
        : `新增 ${summary.created}，更新 ${summary.updated}，删除 ${summary.deleted}。`,
    );
  } finally {
    await db.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Our own errors are written for the user; anything else is a bug worth its stack trace.
    console.error(isAppError(error) ? `导入失败：\n${error.message}` : error);
    process.exit(1);
  },
);
