/**
 * Redis and PostgreSQL for the multi-process tests, started by the tests themselves on loopback
 * from Debian's packages (redis-server, postgresql; .ci/run installs them). Each call starts a
 * fresh server on a free port with its data in a temporary folder, and stops it afterwards.
 */
import { execFileSync, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Backing {
  url: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`${what} did not start within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

export async function startRedis(): Promise<Backing> {
  const binary = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].find(existsSync);
  if (!binary) throw new Error("redis-server is not installed (apt-get install redis-server)");
  const port = await freePort();
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  await waitFor("redis-server", () => /Ready to accept connections/.test(out) || child.exitCode !== null, 10_000);
  if (child.exitCode !== null) throw new Error(`redis-server exited: ${out}`);
  return { url: `redis://127.0.0.1:${port}`, stop: () => stopChild(child) };
}

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, "bin")).find((dir) => existsSync(join(dir, "postgres")));
  if (!found) throw new Error("PostgreSQL is not installed (apt-get install postgresql)");
  return found;
}

/** PostgreSQL refuses to run as root: as root, the server runs as Debian's postgres user. */
function asServerUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
  return { uid, gid };
}

export async function startPostgres(): Promise<Backing> {
  const bin = postgresBin();
  const user = asServerUser();
  const dir = mkdtempSync(join(tmpdir(), "overflight-pg-"));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, "data");
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  execFileSync(join(bin, "initdb"), ["-D", data, "-U", "overflight", "--auth=trust", "-E", "UTF8", "--no-sync"], { ...ids, stdio: "pipe", cwd: dir });
  const port = await freePort();
  const child = spawn(
    join(bin, "postgres"),
    ["-D", data, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dir}`, "-c", "fsync=off", "-c", "max_connections=200"],
    { ...ids, stdio: ["ignore", "pipe", "pipe"], cwd: dir },
  );
  let out = "";
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  await waitFor("postgres", () => /ready to accept connections/.test(out) || child.exitCode !== null, 20_000);
  if (child.exitCode !== null) throw new Error(`postgres exited: ${out}`);
  execFileSync(join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "overflight", "overflight"], { stdio: "pipe" });
  return {
    url: `postgres://overflight@127.0.0.1:${port}/overflight`,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
