// When the in-app jobs run (lib/jobs/scheduler.ts). Pure: the scheduler asks every minute, with
// China time's date and minute of the day, which run of each job is due.
//  - A daily job is due once a day from its time on; its run key is the date, so of several server
//    instances (and of several ticks) only the first to claim (job, date) in JobRun runs it. A server
//    started later in the day still runs that day's run.
//  - The mail job runs on every tick of every instance: what makes it safe is that each mail is
//    claimed row by row (lib/data/notifications/send-pending-mail.ts), not a run key.
import type { IsoDate } from "../dates.ts";

export const JOB_NAMES = ["escalations", "reminders", "mail"] as const;
export type JobName = (typeof JOB_NAMES)[number];

export type JobSchedule = { kind: "daily"; at: string } | { kind: "every-tick" };

/** In the order a tick runs them: escalations first, so reminders see today's weekly/daily periods. */
export const SCHEDULES: Record<JobName, JobSchedule> = {
  /** 推进不力 → 周调度/日调度 in line with the day's colours, just after midnight. */
  escalations: { kind: "daily", at: "00:05" },
  /** Due-soon and overdue reminders at the start of the working day. */
  reminders: { kind: "daily", at: "08:00" },
  mail: { kind: "every-tick" },
};

export function isJobName(name: string): name is JobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}

/** Minutes since midnight of "HH:MM". */
function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

/**
 * The run of `schedule` due on `today` at `minuteOfDay` (China time): the date for a daily job from
 * its time on, null before it; "tick" for a job that runs on every tick.
 */
export function dueRunKey(schedule: JobSchedule, today: IsoDate, minuteOfDay: number): string | null {
  if (schedule.kind === "every-tick") return "tick";
  return minuteOfDay >= minutesOf(schedule.at) ? today : null;
}

/** The minute of the day of an instant in China time (UTC+8 all year). */
export function chinaMinuteOfDay(instant: Date): number {
  return Math.floor(((instant.getTime() + 8 * 3_600_000) % 86_400_000) / 60_000);
}
