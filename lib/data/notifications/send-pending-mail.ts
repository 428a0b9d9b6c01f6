// The mail job: e-mail copies of notifications, when SMTP is configured (SMTP_URL, MAIL_FROM).
// The outbox is the Notification table itself: rows of active users with an e-mail address whose
// `emailedAt` is still null, not yet read in the portal, and at most MAX_AGE_HOURS old (a server
// that gets SMTP today does not mail last month's reminders).
// Two instances never send the same mail: a batch is claimed by one UPDATE that sets `emailedAt`
// on rows selected FOR UPDATE SKIP LOCKED (the same statement on PostgreSQL and on PGlite), and
// only the rows that UPDATE returned are sent. No transaction stays open while talking to the SMTP
// server. A mail the server refuses for good (5xx) is not tried again; on any other failure the
// row is released (emailedAt back to null) and the next run tries again. A server dying between
// the claim and the hand-over loses that mail rather than ever sending it twice.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { now } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { readEnv } from "../../env.ts";
import { notificationMessages } from "../../messages/notifications.ts";

const m = notificationMessages.mail;
const BATCH = 50;
const MAX_PER_RUN = 500;
const MAX_AGE_HOURS = 48;

type Claimed = { id: number; title: string; body: string; href: string | null; email: string; displayName: string };
export type MailRun = { configured: boolean; sent: number; failed: number };

const g = globalThis as typeof globalThis & { __dubanMail?: { url: string; transport: Transporter } };

/** One transport per process and SMTP_URL, pooled (a batch reuses its connections) unless the URL says otherwise. */
function transportFor(url: string): Transporter {
  if (g.__dubanMail?.url !== url) {
    g.__dubanMail?.transport.close();
    const pooled = new URL(url);
    if (!pooled.searchParams.has("pool")) pooled.searchParams.set("pool", "true");
    g.__dubanMail = { url, transport: nodemailer.createTransport(pooled.toString()) };
  }
  return g.__dubanMail.transport;
}

export async function sendPendingMail(): Promise<MailRun> {
  const env = readEnv();
  if (!env.SMTP_URL || !env.MAIL_FROM) return { configured: false, sent: 0, failed: 0 };
  const transport = transportFor(env.SMTP_URL);
  const db = await prisma();
  // Notifications carry the portal's clock (DUBAN_TODAY in demos), so their age is measured on it.
  const oldest = new Date(now().getTime() - MAX_AGE_HOURS * 3_600_000);
  let sent = 0;
  let failed = 0;
  while (sent + failed < MAX_PER_RUN) {
    const batch = await db.$queryRaw<Claimed[]>`
      UPDATE "Notification" n SET "emailedAt" = now()
      FROM "User" u
      WHERE u.id = n."userId" AND n."emailedAt" IS NULL AND n.id IN (
        SELECT c.id FROM "Notification" c JOIN "User" cu ON cu.id = c."userId"
        WHERE c."emailedAt" IS NULL AND c."readAt" IS NULL AND c."createdAt" > ${oldest}
          AND cu.email IS NOT NULL AND cu.active
        ORDER BY c.id LIMIT ${BATCH}
        FOR UPDATE OF c SKIP LOCKED)
      RETURNING n.id, n.title, n.body, n.href, u.email, u."displayName"`;
    let batchFailed = 0;
    for (const mail of batch) {
      try {
        await transport.sendMail({
          from: env.MAIL_FROM,
          to: mail.email,
          subject: m.subject(mail.title),
          text: mailText(mail, env.PUBLIC_URL),
        });
        sent++;
      } catch (error) {
        batchFailed++;
        const code = (error as { responseCode?: number }).responseCode;
        const permanent = code !== undefined && code >= 500;
        console.error(
          `[mail] notification ${mail.id} to ${mail.email}: ${permanent ? "refused, not retried" : "failed, will retry"}:`,
          (error as Error).message,
        );
        if (!permanent) await db.notification.update({ where: { id: mail.id }, data: { emailedAt: null } });
      }
    }
    failed += batchFailed;
    // A short batch was the last one; a failing server is left alone until the next run.
    if (batch.length < BATCH || batchFailed > 0) break;
  }
  return { configured: true, sent, failed };
}

function mailText(mail: Claimed, publicUrl: string | undefined): string {
  const link = mail.href && publicUrl ? m.link(new URL(mail.href, publicUrl).toString()) : m.noLink;
  return [m.greeting(mail.displayName), "", mail.title, mail.body, "", link, "", "——", m.footer]
    .filter((line, i, all) => line !== "" || all[i - 1] !== "")
    .join("\n");
}

/** Closes the pooled SMTP connections (scripts and tests that end; a server keeps them). */
export function closeMailTransport(): void {
  g.__dubanMail?.transport.close();
  g.__dubanMail = undefined;
}
