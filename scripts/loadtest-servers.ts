/**
 * The servers under load: one child process (scripts/loadtest-server.ts) with a temporary
 * DATA_DIR, or N of them sharing a Redis and a PostgreSQL started here on loopback
 * (scripts/backing-services.ts), each on its own port with PUBLIC_ADDRESS=127.0.0.1:port.
 */
import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startPostgres, startRedis } from "./backing-services";
import { capCpu } from "./cpu-cap";
import type { Backing } from "./backing-services";
import type { ServerRequest, ServerStats } from "./loadtest-server";

/** One server as a child process with an IPC channel for its figures. */
export class ServerProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    readonly dataDir: string,
    private readonly uncap: (() => void) | null,
  ) {}

  static async start(options: ServerStart = {}): Promise<ServerProcess> {
    const dataDir = mkdtempSync(join(tmpdir(), "overflight-load-"));
    const execArgv = ["--import", "tsx", "--expose-gc", ...(options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [])];
    const child = fork(join(import.meta.dirname, "loadtest-server.ts"), [], {
      execArgv,
      cwd: join(import.meta.dirname, ".."),
      env: { ...process.env, PORT: String(options.port ?? 0), HOST: "127.0.0.1", DATA_DIR: dataDir, DIST_DIR: join(dataDir, "no-dist"), ...options.env },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("the server did not start within 60 s")), 60_000);
        child.once("exit", (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
        child.on("message", (m: { type: string; port?: number }) => {
          if (m.type === "ready") {
            clearTimeout(timer);
            resolve(m.port!);
          }
        });
      });
      const uncap = options.cpu ? capCpu(child.pid!, options.cpu, `overflight-load-${child.pid}`) : null;
      return new ServerProcess(child, port, dataDir, uncap);
    } catch (error) {
      child.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private ask<T>(request: ServerRequest, answer: string): Promise<T> {
    return new Promise((resolve, reject) => {
      if (!this.child.connected) return reject(new Error(`the server on port ${this.port} has gone`));
      const timer = setTimeout(() => reject(new Error(`no ${answer} answer from the server`)), 30_000);
      const onMessage = (m: { type: string }) => {
        if (m.type !== answer) return;
        clearTimeout(timer);
        this.child.off("message", onMessage);
        resolve(m as T);
      };
      this.child.on("message", onMessage);
      this.child.send(request);
    });
  }

  async stats(): Promise<ServerStats> {
    return (await this.ask<{ stats: ServerStats }>({ type: "stats" }, "stats")).stats;
  }

  async gc(): Promise<void> {
    await this.ask({ type: "gc" }, "gc");
  }

  /** Closes the server (writing its CPU profile, if asked for); kills it if it takes too long. */
  async stop(): Promise<void> {
    const child = this.child;
    if (this.alive) {
      const exited = new Promise((r) => child.once("exit", r));
      // A Ctrl-C reaches the children too: the channel may already be closed.
      if (child.connected) child.send({ type: "stop" }, (error) => error && child.kill("SIGKILL"));
      else child.kill("SIGKILL");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    }
    this.uncap?.();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export interface ServerStart {
  port?: number;
  profileDir?: string;
  env?: Record<string, string>;
  /** Hold the server to this share of one core (scripts/cpu-cap.ts). */
  cpu?: number;
}

/** The servers of one load test, and what they share when there are several. */
export class ServerGroup {
  readonly servers: ServerProcess[] = [];
  private readonly backing: Backing[] = [];
  private stopped = false;

  /** Starts them; whatever `stop` finds half-started (a Ctrl-C during the start) stops too. */
  async start(count: number, options: Omit<ServerStart, "port"> = {}): Promise<void> {
    if (count <= 1) {
      await this.keep(ServerProcess.start(options), this.servers);
      return;
    }
    const [redis, postgres] = await Promise.all([this.keep(startRedis(), this.backing), this.keep(startPostgres(), this.backing)]);
    const shared = { REDIS_URL: redis.url, DATABASE_URL: postgres.url };
    await Promise.all(
      Array.from({ length: count }, async () => {
        const port = await freePort();
        const env = { ...shared, PUBLIC_ADDRESS: `127.0.0.1:${port}`, ...options.env };
        await this.keep(ServerProcess.start({ ...options, port, env }), this.servers);
      }),
    );
    // Listed in port order, so that reports read the same from run to run.
    this.servers.sort((a, b) => a.port - b.port);
  }

  private async keep<T extends { stop(): Promise<void> }>(starting: Promise<T>, into: T[]): Promise<T> {
    const item = await starting;
    into.push(item);
    if (this.stopped) {
      await item.stop();
      throw new Error("the load test was stopped while starting");
    }
    return item;
  }

  get urls(): string[] {
    return this.servers.map((s) => s.url);
  }

  stats(): Promise<ServerStats[]> {
    return Promise.all(this.servers.map((s) => s.stats()));
  }

  async gc(): Promise<void> {
    await Promise.all(this.servers.map((s) => s.gc()));
  }

  /** The servers first (they write their last state into the store), then Redis and PostgreSQL. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled(this.servers.map((s) => s.stop()));
    await Promise.allSettled(this.backing.map((b) => b.stop()));
  }
}

/**
 * CPU time (ms) used so far by this process's Redis and PostgreSQL (the postmaster and its
 * backends): they share the machine's cores with the servers. Linux only (/proc); 0 elsewhere.
 */
export function backingCpuMs(): number {
  const parents = new Map<number, { ppid: number; comm: string; ticks: number }>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: the fields after it are split.
      // utime + stime, plus the reaped children's (PostgreSQL ends idle backends: their time moves to the postmaster).
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      parents.set(Number(pid), { ppid: Number(fields[1]), comm: stat.slice(stat.indexOf("(") + 1, close), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) });
    } catch {
      // The process ended while being read.
    }
  }
  const isBacking = (pid: number): boolean => {
    for (let p = parents.get(pid), depth = 0; p && depth < 4; p = parents.get(p.ppid), depth++) {
      if (p.ppid === process.pid) return p.comm === "redis-server" || p.comm === "postgres";
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, p] of parents) if (isBacking(pid)) ticks += p.ticks;
  // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture.
  return ticks * 10;
}

/** The processes' figures of one interval as one: memory, CPU, rooms and clients added up; the worst loop. */
export function combined(list: ServerStats[]): ServerStats {
  const sum = (pick: (s: ServerStats) => number) => list.reduce((n, s) => n + pick(s), 0);
  const worst = (pick: (s: ServerStats) => number) => Math.max(0, ...list.map(pick));
  return {
    at: worst((s) => s.at),
    rss: sum((s) => s.rss),
    heapUsed: sum((s) => s.heapUsed),
    heapTotal: sum((s) => s.heapTotal),
    external: sum((s) => s.external),
    arrayBuffers: sum((s) => s.arrayBuffers),
    cpuMs: sum((s) => s.cpuMs),
    wallMs: sum((s) => s.wallMs) / Math.max(1, list.length),
    elu: worst((s) => s.elu),
    loopP50: worst((s) => s.loopP50),
    loopP99: worst((s) => s.loopP99),
    loopMax: worst((s) => s.loopMax),
    rooms: sum((s) => s.rooms),
    clients: sum((s) => s.clients),
  };
}
