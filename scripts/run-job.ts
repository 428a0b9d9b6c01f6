// npm run jobs:run -- <escalations|reminders|mail> [--date YYYY-MM-DD]
// Runs one scheduled job now, for today (China time, DUBAN_TODAY respected) or the given day, on
// DATABASE_URL or the embedded database, and records it in JobRun like a scheduled run (so the
// scheduler does not run that day's run again). Jobs are idempotent: running one twice is harmless.
// On the embedded database, stop the server first: PGlite is opened by one process at a time.
import { today } from "../lib/clock.ts";
import { recordManualRun } from "../lib/data/jobs/job-runs.ts";
import { closeMailTransport } from "../lib/data/notifications/send-pending-mail.ts";
import { getDb } from "../lib/db.ts";
import { isJobName, JOB_NAMES, SCHEDULES } from "../lib/domain/jobs/schedule.ts";
import { JOBS } from "../lib/jobs/jobs.ts";

const USAGE = `用法 / usage: npm run jobs:run -- <${JOB_NAMES.join("|")}> [--date YYYY-MM-DD]`;

function parseArgs(argv: string[]): { job: string; date: string } | string {
  const [job, ...rest] = argv;
  if (!job || !isJobName(job)) return `未知的任务 / unknown job: ${job ?? "(none)"}`;
  let date = today();
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--date" && /^\d{4}-\d{2}-\d{2}$/.test(rest[i + 1] ?? "") && !Number.isNaN(Date.parse(rest[i + 1]))) date = rest[++i];
    else return `无效的参数 / invalid argument: ${rest[i]} ${rest[i + 1] ?? ""}`.trim();
  }
  return { job, date };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const job = args.job as keyof typeof JOBS;
  const db = await getDb();
  try {
    const result = await JOBS[job](args.date);
    if (SCHEDULES[job].kind === "daily") await recordManualRun(job, args.date, result);
    console.log(JSON.stringify({ job, date: args.date, ...result }));
    return 0;
  } finally {
    closeMailTransport();
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
