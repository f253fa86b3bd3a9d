/** The real entry point (server/main.ts) as a child process on the Node running this: started until healthy, and killed with -9. */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

/** Resolves once the server says where it runs and its /health answers ok; rejects with its output if it exits first. */
export async function bootServer(port: number, dataDir: string, env: Record<string, string> = {}, startTimeoutMs = 30_000): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, DIST_DIR: join(dataDir, "no-dist"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const until = Date.now() + startTimeoutMs;
  while (!output.includes(`http://127.0.0.1:${port}/`) && proc.exitCode === null) {
    if (Date.now() > until) {
      proc.kill("SIGKILL");
      throw new Error(`timed out waiting for server start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  if (proc.exitCode !== null) throw new Error(`server exited: ${output}`);
  const health = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as { ok: boolean };
  if (!health.ok) throw new Error(`server not healthy: ${JSON.stringify(health)}`);
  return proc;
}

/** kill -9, and wait until the process is gone. */
export async function kill9(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGKILL");
  await exited;
}
