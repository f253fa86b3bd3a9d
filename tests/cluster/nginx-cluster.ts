/**
 * The deployment of docs/deploy.md on loopback: Redis, PostgreSQL, two server processes
 * (server/main.ts) and nginx with docs/deploy/nginx.conf in front of them, on free ports.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { freePort, startPostgres, startRedis } from "../../scripts/backing-services";
import type { Backing } from "../../scripts/backing-services";
import { bootServer, kill9 } from "../fault/support";
import { httpJson, waitFor } from "../server/harness";

const DOCS = joinPath(import.meta.dirname, "../../docs/deploy");

export interface NginxCluster {
  /** nginx's address: all a browser or an SDK client is given. */
  url: string;
  front: number;
  /** The two processes' own ports, and their processes (index 0 is /p1/, 1 is /p2/). */
  ports: number[];
  servers: ChildProcess[];
  /** Which process hosts a match (its index), or -1. */
  hostOf(matchId: string): Promise<number>;
  stop(): Promise<void>;
}

/** nginx's main file around the documented site, with the example's ports swapped for free ones. */
function configure(dir: string, front: number, ports: number[]): string {
  const site = readFileSync(joinPath(DOCS, "nginx.conf"), "utf8")
    .replaceAll("127.0.0.1:2567", `127.0.0.1:${ports[0]}`)
    .replaceAll("127.0.0.1:2568", `127.0.0.1:${ports[1]}`)
    .replace("listen 80;", `listen 127.0.0.1:${front};`);
  if (!site.includes(`listen 127.0.0.1:${front};`)) throw new Error("docs/deploy/nginx.conf no longer has `listen 80;`");
  writeFileSync(joinPath(dir, "overflight-site.conf"), site);
  copyFileSync(joinPath(DOCS, "overflight-proxy.conf"), joinPath(dir, "overflight-proxy.conf"));
  const main = [
    process.getuid?.() === 0 ? "user root;" : "",
    "daemon off;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log;`,
    "events {}",
    "http {",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    "  include overflight-site.conf;",
    "}",
  ].join("\n");
  writeFileSync(joinPath(dir, "nginx.conf"), main);
  return joinPath(dir, "nginx.conf");
}

/** `env`: more settings for both processes (DIST_DIR for a browser, LEASE_SECONDS for a quick takeover). */
export async function startNginxCluster(env: Record<string, string> = {}): Promise<NginxCluster> {
  const binary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find(existsSync);
  if (!binary) throw new Error("nginx is not installed (apt-get install nginx)");
  const dir = mkdtempSync(joinPath(tmpdir(), "overflight-nginx-"));
  const backing: Backing[] = [];
  const servers: ChildProcess[] = [];
  let nginx: ChildProcess | null = null;
  const stop = async () => {
    if (nginx && nginx.exitCode === null) nginx.kill("SIGQUIT");
    await Promise.all(servers.map(kill9));
    await Promise.all(backing.map((b) => b.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    backing.push(redis, postgres);
    const front = await freePort();
    const ports = [await freePort(), await freePort()];
    for (const [i, port] of ports.entries()) {
      const shared = { REDIS_URL: redis.url, DATABASE_URL: postgres.url, PUBLIC_ADDRESS: `127.0.0.1:${front}/p${i + 1}`, TRUST_PROXY: "1", ...env };
      servers.push(await bootServer(port, joinPath(dir, `data-${i}`), shared));
    }
    nginx = spawn(binary, ["-p", dir, "-c", configure(dir, front, ports)], { stdio: ["ignore", "pipe", "pipe"] });
    const url = `http://127.0.0.1:${front}`;
    await waitFor(async () => (await fetch(`${url}/health`).catch(() => null))?.ok === true, 10_000, "nginx");
    return {
      url,
      front,
      ports,
      servers,
      async hostOf(matchId) {
        const alive = ports.filter((_, i) => servers[i]!.exitCode === null && servers[i]!.signalCode === null);
        const summary = await httpJson<{ host?: string }>(alive[0]!, `/api/matches/${matchId}`);
        return [0, 1].findIndex((i) => summary.body.host === `127.0.0.1:${front}/p${i + 1}`);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
