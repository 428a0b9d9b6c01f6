// What the deployment test needs around the app: a TLS client that picks its own source address
// (127.0.0.x, so nginx sees different clients), a cookie jar, processes started in their own
// process groups, and waiting for ports.
import { spawn, type ChildProcess } from "node:child_process";
import https from "node:https";
import http from "node:http";
import net from "node:net";
import { setTimeout as delay } from "node:timers/promises";

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };
export type Call = { method?: string; headers?: Record<string, string>; body?: string; from?: string; ca?: string };

/** One HTTP(S) request, without keep-alive (so a killed upstream shows on the next request, not a stale socket). */
export function call(url: string, options: Call = {}): Promise<Reply> {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      target,
      {
        method: options.method ?? "GET",
        headers: { connection: "close", ...options.headers },
        localAddress: options.from,
        ca: options.ca,
        servername: target.hostname === "127.0.0.1" ? undefined : target.hostname,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(reply: Reply): void {
    for (const line of reply.headers["set-cookie"] ?? []) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      const value = pair.slice(eq + 1);
      if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(pair.slice(0, eq));
      else this.cookies.set(pair.slice(0, eq), value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(suffix: string): boolean {
    return [...this.cookies.keys()].some((k) => k.endsWith(suffix));
  }
}

export type Started = { child: ChildProcess; output: () => string; stop: (signal?: NodeJS.Signals) => Promise<void> };

/** A process in its own group (so its children die with it), its output kept. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        return;
      }
      await Promise.race([exited, delay(15_000)]);
    },
  };
}

export async function waitForPort(port: number, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await delay(300);
  }
  throw new Error(`port ${port} did not open in ${timeoutMs} ms`);
}
