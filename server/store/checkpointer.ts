/**
 * WAL checkpoints off the event loop. SQLite normally checkpoints inside whichever write fills
 * the WAL past a threshold, and a checkpoint syncs the database file to disk: a write that
 * usually takes 30 µs then blocks every match for 10 ms or more. Here the server's own
 * connection never checkpoints; a worker thread with its own connection does, every few
 * seconds, in PASSIVE mode (it never blocks the writer). Durability is unchanged: a committed
 * write is in the WAL, whether or not it has been copied into the database file yet.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Db } from "./db";

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 1000");
const timer = setInterval(() => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch (error) { parentPort.postMessage({ error: String(error) }); }
}, workerData.everyMs);
parentPort.on("message", (message) => {
  if (message === "stop") { clearInterval(timer); db.close(); parentPort.close(); }
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Starts checkpointing `db` from a worker; if the worker fails, `db` checkpoints by itself again. */
export function startCheckpointer(db: Db, everyMs = 2000, warn?: (message: string) => void): Checkpointer {
  const module = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(WORKER, { eval: true, workerData: { module, file: db.name, everyMs } });
  worker.unref();
  db.pragma("wal_autocheckpoint = 0");
  let stopped = false;
  const fallBack = (why: string) => {
    if (stopped) return;
    warn?.(`WAL checkpoints back on the server's thread: ${why}`);
    db.pragma("wal_autocheckpoint = 1000");
  };
  worker.on("message", (m: { error?: string }) => m.error && warn?.(`WAL checkpoint failed: ${m.error}`));
  worker.on("error", (error) => fallBack(String(error)));
  worker.on("exit", (code) => code !== 0 && fallBack(`worker exited with ${code}`));
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise((r) => worker.once("exit", r));
      worker.postMessage("stop");
      const timer = setTimeout(() => void worker.terminate(), 2000);
      await exited;
      clearTimeout(timer);
      db.pragma("wal_autocheckpoint = 1000");
    },
  };
}
