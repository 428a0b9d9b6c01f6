// The process environment, validated once at the edge so the rest of the code gets typed values
// instead of `string | undefined`. Read through readEnv() (not at import time) so scripts and
// tests can set variables before the first database call.
import { z } from "zod";
import { trustedProxyEntries, trustedProxyEntryError } from "./http/request-guard/trusted-proxies.ts";

/** Shells and .env files often export `VAR=` to mean "unset": treat "" like a missing variable. */
const blankAsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const envSchema = z
  .object({
    /** PostgreSQL server; unset selects the embedded PGlite database. */
    DATABASE_URL: z.preprocess(
      blankAsUnset,
      z.url({ protocol: /^postgres(ql)?$/, error: "必须是 postgresql:// 开头的连接串，或留空以使用内置数据库" }).optional(),
    ),
    /** PGlite data folder (only used without DATABASE_URL); "memory://" keeps it in memory. */
    PGLITE_DIR: z.preprocess(blankAsUnset, z.string().default(".data/pglite")),
    PORT: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ error: "必须是端口号" })
        .int({ error: "必须是整数端口号" })
        .min(1, { error: "端口号须在 1–65535 之间" })
        .max(65535, { error: "端口号须在 1–65535 之间" })
        .default(3000),
    ),
    /**
     * Pretend today is this date (YYYY-MM-DD) for periods, due dates and overdue marks: demos of a
     * past plan year and tests. Unset in production.
     */
    /** Signs session cookies (Auth.js). `npm start` creates one in .data/ when unset. */
    AUTH_SECRET: z.preprocess(blankAsUnset, z.string().min(32, { error: "至少 32 个字符" }).optional()),
    DUBAN_TODAY: z.preprocess(blankAsUnset, z.iso.date({ error: "必须是 YYYY-MM-DD 格式的日期" }).optional()),
    /** The in-app job runner (reminders, escalations, mail; lib/jobs): "off" stops it in this process. */
    DUBAN_JOBS: z.preprocess(blankAsUnset, z.enum(["on", "off"], { error: "只能是 on 或 off" }).default("on")),
    /** Rendered status views kept per viewer and data version (lib/http/response-cache): "off" renders every request. */
    DUBAN_RESPONSE_CACHE: z.preprocess(blankAsUnset, z.enum(["on", "off"], { error: "只能是 on 或 off" }).default("on")),
    /** Outgoing mail server, e.g. smtp://user:password@mail.example.org:587 or smtps://…:465; unset: in-app notifications only. */
    SMTP_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^smtps?$/, error: "必须是 smtp:// 或 smtps:// 开头的地址" }).optional()),
    /** Sender of those mails, e.g. "督办平台 <duban@example.org>" (required with SMTP_URL). */
    MAIL_FROM: z.preprocess(
      blankAsUnset,
      z
        .string()
        .trim()
        .regex(/^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/, { error: "必须是邮箱地址，如 督办平台 <duban@example.org>" })
        .optional(),
    ),
    /** The reverse proxies whose forwarding headers are believed (lib/http/request-guard/trusted-proxies.ts); unset: none. */
    TRUSTED_PROXIES: z.preprocess(
      blankAsUnset,
      z
        .string()
        .superRefine((value, ctx) => {
          for (const entry of trustedProxyEntries(value)) {
            const error = trustedProxyEntryError(entry);
            if (error) ctx.addIssue({ code: "custom", message: error });
          }
        })
        .optional(),
    ),
    /** API requests per minute per token (lib/data/tokens/api-rate-limit.ts); 0 turns the limit off. */
    API_RATE_LIMIT: z.preprocess(
      blankAsUnset,
      z.coerce.number({ error: "必须是整数" }).int({ error: "必须是整数" }).min(0, { error: "不能为负数" }).default(600),
    ),
    /** The portal's address as users open it (https://duban.example.org), for links in mails. */
    PUBLIC_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^https?$/, error: "必须是 http:// 或 https:// 开头的地址" }).optional()),
  })
  .refine((env) => !env.SMTP_URL || env.MAIL_FROM, { error: "设置了 SMTP_URL 时必须同时设置发件人", path: ["MAIL_FROM"] });

export type Env = z.infer<typeof envSchema>;

/** Parse `source` (default: process.env); throws one readable Chinese message naming every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}：${i.message}`);
  throw new Error(`环境变量配置无效 (invalid environment):\n${lines.join("\n")}`);
}
