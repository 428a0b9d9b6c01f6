// npm run serve:cluster — the server of scripts/serve.mjs in several Node.js processes sharing one port (node:cluster),
// so a server with N cores renders N pages at a time instead of one. The portal is stateless (JWT
// sessions, everything in PostgreSQL), so the processes need nothing from each other; each keeps
// its own status cache. PostgreSQL only (DATABASE_URL): an embedded PGlite folder has one owner.
//   WEB_CONCURRENCY  number of processes (default: one per CPU core)
//   PORT / HOSTNAME  as for scripts/serve.mjs (default 3000, all interfaces)
// A process that dies is replaced; SIGTERM/SIGINT stop them all.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";

const workers = Number(process.env.WEB_CONCURRENCY || availableParallelism());
const port = process.env.PORT || "3000";

if (cluster.isPrimary) {
  if (!process.env.DATABASE_URL) {
    console.error("serve:cluster 需要 DATABASE_URL（PostgreSQL）：嵌入式 PGlite 只能由一个进程打开，请用 npm start。");
    process.exit(2);
  }
  if (!Number.isInteger(workers) || workers < 1) {
    console.error("WEB_CONCURRENCY 须为正整数。");
    process.exit(2);
  }
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`[serve:cluster] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`[serve:cluster] ${workers} processes on port ${port}`);
} else {
  // Each worker is an ordinary scripts/serve.mjs; listen() on the shared port goes through the primary.
  process.argv = [process.argv[0], "serve.mjs", "-p", port, ...(process.env.HOSTNAME ? ["-H", process.env.HOSTNAME] : [])];
  await import("./serve.mjs");
}
