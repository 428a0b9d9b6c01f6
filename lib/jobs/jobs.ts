// The jobs the in-app scheduler runs (when: lib/domain/jobs/schedule.ts). Each takes the day it
// runs for (China time; `npm run jobs:run -- <job> --date …` can name another) and returns what it
// did, which is kept in JobRun.result. Every job is idempotent: running one twice for a day
// changes nothing the second time.
import type { IsoDate } from "../domain/dates.ts";
import type { JobName } from "../domain/jobs/schedule.ts";
import { createReminders } from "../data/notifications/create-reminders.ts";
import { sendPendingMail } from "../data/notifications/send-pending-mail.ts";
import { syncOpenPlansEscalations } from "../data/status/escalations.ts";

export type JobResult = Record<string, string | number | boolean | null>;

export const JOBS: Record<JobName, (date: IsoDate) => Promise<JobResult>> = {
  /** 推进不力 → 周调度/日调度 for every open plan (dashboards and inboxes also sync on read). */
  escalations: async (date) => ({ date, ...(await syncOpenPlansEscalations(date)) }),
  reminders: (date) => createReminders(date),
  mail: () => sendPendingMail(),
};
