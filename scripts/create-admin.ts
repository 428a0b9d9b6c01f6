// npm run user:create-admin -- <login> [显示名]
// Creates an administrator on DATABASE_URL (or the embedded database). The password is read from
// DUBAN_ADMIN_PASSWORD, or asked for twice on a terminal without echo. It is never printed.
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { getDb } from "../lib/db.ts";
import { mutate } from "../lib/data/mutate.ts";
import { createUser, userInputSchema } from "../lib/data/users/create-user.ts";
import { isAppError } from "../lib/errors.ts";

async function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write: (chunk, _enc, done) => {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = rl.question(question);
  muted = true;
  const value = await answer;
  rl.close();
  process.stdout.write("\n");
  return value;
}

async function readPassword(): Promise<string> {
  if (process.env.DUBAN_ADMIN_PASSWORD) return process.env.DUBAN_ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error("请通过环境变量 DUBAN_ADMIN_PASSWORD 提供密码，或在终端中运行以输入密码。");
  const first = await askHidden("密码（至少 10 位，含字母和数字）：");
  const second = await askHidden("再次输入密码：");
  if (first !== second) throw new Error("两次输入的密码不一致。");
  return first;
}

async function main(): Promise<number> {
  const [login, displayName = "系统管理员"] = process.argv.slice(2);
  if (!login) {
    console.error("用法：npm run user:create-admin -- <用户名> [显示名]");
    return 2;
  }
  const parsed = userInputSchema.safeParse({ login, displayName, password: await readPassword(), role: "ADMIN", unitId: null });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => i.message).join("\n"));
    return 1;
  }
  const db = await getDb();
  try {
    await mutate(null, { permission: "system", db: db.prisma }, (tx) => createUser(tx, null, parsed.data));
    console.log(`已创建管理员 ${parsed.data.login}。`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(isAppError(error) || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
