// The in-app job runner: every server process ticks once a minute and runs what is due
// (lib/domain/jobs/schedule.ts). Daily runs are claimed in the JobRun table first
// (lib/data/jobs/job-runs.ts), so with several instances on one PostgreSQL each run happens once;
// on the embedded PGlite database there is one process anyway. Started from instrumentation.ts
// (DUBAN_JOBS=off leaves it out); `npm run jobs:run` runs one job by hand (scripts/run-job.ts).
import { now, today } from "../clock.ts";
import { claimJobRun, failJobRun, finishJobRun } from "../data/jobs/job-runs.ts";
import { chinaMinuteOfDay, dueRunKey, JOB_NAMES, SCHEDULES, type JobName } from "../domain/jobs/schedule.ts";
import { JOBS, type JobResult } from "./jobs.ts";

const TICK_MS = 60_000;
/** The first tick waits a little, so it does not compete with the first pages after a start. */
const FIRST_TICK_MS = 5_000;

export type TickOutcome = { job: JobName; runKey: string; result?: JobResult; error?: string };

/** Runs every job due now that no other instance has taken; what each run did. */
export async function runDueJobs(
  at: { today: string; minuteOfDay: number } = { today: today(), minuteOfDay: chinaMinuteOfDay(now()) },
): Promise<TickOutcome[]> {
  const outcomes: TickOutcome[] = [];
  for (const job of JOB_NAMES) {
    const schedule = SCHEDULES[job];
    const runKey = dueRunKey(schedule, at.today, at.minuteOfDay);
    if (runKey === null) continue;
    if (schedule.kind === "every-tick") {
      // Safe on every instance at once (rows are claimed one by one); nothing to record per tick.
      try {
        outcomes.push({ job, runKey, result: await JOBS[job](at.today) });
      } catch (error) {
        console.error(`[jobs] ${job} failed:`, error);
        outcomes.push({ job, runKey, error: String(error) });
      }
      continue;
    }
    if (!(await claimJobRun(job, runKey))) continue;
    try {
      const result = await JOBS[job](runKey);
      await finishJobRun(job, runKey, result);
      console.log(`[jobs] ${job} ${runKey}: ${JSON.stringify(result)}`);
      outcomes.push({ job, runKey, result });
    } catch (error) {
      console.error(`[jobs] ${job} ${runKey} failed (retried in a while):`, error);
      await failJobRun(job, runKey, error).catch(() => {});
      outcomes.push({ job, runKey, error: String(error) });
    }
  }
  return outcomes;
}

const g = globalThis as typeof globalThis & { __dubanScheduler?: { stop: () => void } };

/** Starts ticking in this process (once: a second call returns the running scheduler's stop). */
export function startScheduler(): () => void {
  if (g.__dubanScheduler) return g.__dubanScheduler.stop;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow run is never overlapped by the next tick of the same process
    running = true;
    try {
      await runDueJobs();
    } catch (error) {
      console.error("[jobs] tick failed:", error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, FIRST_TICK_MS);
  const every = setInterval(tick, TICK_MS);
  // Timers never keep a process alive that would otherwise exit.
  first.unref();
  every.unref();
  const stop = () => {
    clearTimeout(first);
    clearInterval(every);
    g.__dubanScheduler = undefined;
  };
  g.__dubanScheduler = { stop };
  console.log("[jobs] scheduler started (escalations 00:05, reminders 08:00 China time, mail every minute)");
  return stop;
}
