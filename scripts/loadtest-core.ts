/**
 * The load test: the real server in a child process (scripts/loadtest-server.ts) on a free port
 * of 127.0.0.1 with a temporary DATA_DIR, or several sharing Redis and PostgreSQL
 * (scripts/loadtest-servers.ts), and N six-seat matches of human-like SDK clients
 * (scripts/loadtest-client.ts), spread over P load-generator processes
 * (scripts/loadtest-worker.ts), created at a steady rate, then measured for a fixed time.
 * Everything stops by itself. Used by `npm run loadtest`, `npm run bench` and tests/load.
 */
import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { powerIds } from "../shared/scenario/ids-of";

/** These runs play caspian-salvo matches. */
const POWERS = powerIds(caspianSalvo);
import type { BotLevel } from "../shared/bots";
import { LoadStats } from "./loadtest-client";
import type { ServerStats } from "./loadtest-server";
import { backingCpuMs, combined, ServerGroup } from "./loadtest-servers";
import type { WorkerDelta, WorkerRequest } from "./loadtest-worker";

export interface LoadOptions {
  matches: number;
  /** Seconds measured once every match has been created. */
  durationS: number;
  /** New matches per second while ramping up. */
  rampPerSecond: number;
  thinkMs: [number, number];
  level: BotLevel;
  chatChance: number;
  /** Phase timers of the load matches, seconds (phases end earlier when all six are ready). */
  timers: { briefing: number; diplomacy: number; orders: number; report: number };
  /** Write a V8 CPU profile of the server process into this folder. */
  profileDir?: string;
  sampleEveryMs: number;
  /** Load-generator processes the clients are spread over. */
  procs: number;
  /** Server processes; above 1 they share a Redis and a PostgreSQL started for the test. */
  servers: number;
  /** Extra environment for the server process. */
  serverEnv?: Record<string, string>;
  /** Hold each server process to this share of one core (Linux cgroups, as root). */
  serverCpu?: number;
  log?: (line: string) => void;
}

export const DEFAULT_LOAD: LoadOptions = {
  matches: 20,
  durationS: 30,
  rampPerSecond: 20,
  thinkMs: [1000, 4000],
  level: "normal",
  chatChance: 0.3,
  timers: { briefing: 15, diplomacy: 30, orders: 30, report: 15 },
  sampleEveryMs: 5000,
  procs: 2,
  servers: 1,
};

export interface Sample {
  t: number;
  matches: number;
  connected: number;
  commandsPerSecond: number;
  p50: number;
  p99: number;
  /** All server processes together (see `combined`), and each. */
  server: ServerStats;
  servers: ServerStats[];
  /** CPU of the load-generator processes (all together, % of one core), and their worst event-loop delay (p99, ms). */
  clientCpu: number;
  clientLoopP99: number;
  /** CPU of Redis and PostgreSQL (% of one core; 0 with one server, which has neither). */
  backingCpu: number;
  /** The machine: 1-minute load average, and the share of time some task waited for a CPU (Linux PSI, last 10 s). */
  loadAverage: number;
  cpuPressure: number | null;
}

/** Linux pressure stall information: % of the last 10 s some runnable task waited for a CPU. */
export function cpuPressure(): number | null {
  try {
    if (!existsSync("/proc/pressure/cpu")) return null;
    const match = /some avg10=([\d.]+)/.exec(readFileSync("/proc/pressure/cpu", "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export function machine(): string {
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "cpu"}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
}

export interface LoadReport {
  options: Omit<LoadOptions, "log">;
  clients: number;
  /** Clients whose connection was open at the end of the measured window. */
  connectionsHeld: number;
  rampSeconds: number;
  latencyMs: { count: number; p50: number; p90: number; p99: number; max: number };
  latencyByType: Record<string, { count: number; p50: number; p99: number }>;
  rampLatencyMs: { count: number; p50: number; p99: number };
  commandsPerSecond: number;
  refusals: Record<string, number>;
  failures: Record<string, number>;
  errors: number;
  turnsCompleted: number;
  bytesPerClientPerTurn: number | null;
  joinBytesPerClient: number;
  memory: { baselineHeapMB: number; loadedHeapMB: number; baselineRssMB: number; loadedRssMB: number; heapPerMatchKB: number; rssPerMatchKB: number };
  /** All server processes: CPU added up (% of one core), the busiest event loop, the worst delay. */
  server: ServerFigures;
  /** Each server process, with the rooms it hosted at the end and at most. */
  processes: (ServerFigures & { url: string; rooms: number; roomsMax: number; clients: number; loadedHeapMB: number; loadedRssMB: number })[];
  clientCpuPercent: number;
  clientLoopP99: number;
  backingCpuPercent: number;
  botMicrosPerCall: number;
  /** Was the machine busy with other work? Mean load average and CPU pressure over the samples. */
  machine: { description: string; loadAverage: number; cpuPressure: number | null };
  samples: Sample[];
  profile?: string;
}

export interface ServerFigures {
  cpuPercent: number;
  elu: number;
  loopP99: number;
  loopMax: number;
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const sorted = (values: number[]) => Float64Array.from(values).sort() as unknown as number[];
const round = (x: number, digits = 1) => (Number.isFinite(x) ? +x.toFixed(digits) : x);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The load-generator processes: each plays the matches it is given and reports what it measured. */
class LoadGenerators {
  /** Per process: matches waiting to be seated, and the sample asked for. */
  private readonly starting = new Map<number, () => void>();
  private readonly sampling = new Map<ChildProcess, (delta: WorkerDelta) => void>();

  private constructor(private readonly workers: ChildProcess[]) {
    for (const w of workers) {
      w.on("message", (m: { type: string; index?: number; delta?: WorkerDelta }) => {
        if (m.type === "started") {
          this.starting.get(m.index!)?.();
          this.starting.delete(m.index!);
        } else if (m.type === "sample") {
          this.sampling.get(w)?.(m.delta!);
          this.sampling.delete(w);
        }
      });
    }
  }

  static async start(count: number, urls: string[], options: LoadOptions): Promise<LoadGenerators> {
    const workers = Array.from({ length: Math.max(1, count) }, () =>
      fork(join(import.meta.dirname, "loadtest-worker.ts"), [], {
        execArgv: ["--import", "tsx"],
        cwd: join(import.meta.dirname, ".."),
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      }),
    );
    const generators = new LoadGenerators(workers);
    try {
      await Promise.all(
        workers.map(
          (child) =>
            new Promise<void>((resolve, reject) => {
              const timer = setTimeout(() => reject(new Error("a load generator did not start within 60 s")), 60_000);
              child.once("exit", (code) => reject(new Error(`a load generator exited (${code})`)));
              child.once("message", () => {
                clearTimeout(timer);
                resolve();
              });
            }),
        ),
      );
    } catch (error) {
      generators.kill();
      throw error;
    }
    const setup: WorkerRequest = { type: "setup", urls, options: { level: options.level, thinkMs: options.thinkMs, chatChance: options.chatChance, timers: options.timers } };
    for (const child of workers) child.send(setup);
    return generators;
  }

  /** Starts match `index` on one of the processes; resolves when its six players are seated (or failed). */
  startMatch(index: number): Promise<void> {
    const child = this.workers[index % this.workers.length]!;
    return new Promise((resolve) => {
      this.starting.set(index, resolve);
      child.send({ type: "match", index } satisfies WorkerRequest);
    });
  }

  window(window: "ramp" | "steady" | "done"): void {
    for (const w of this.workers) w.send({ type: "window", window } satisfies WorkerRequest);
  }

  /** What every process measured since the last sample, added into `stats`; returns their connections, CPU and loop delay. */
  async sample(stats: LoadStats): Promise<{ connected: number; cpuPercent: number; loopP99: number }> {
    const deltas = await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<WorkerDelta>((resolve) => {
            this.sampling.set(w, resolve);
            w.send({ type: "sample" } satisfies WorkerRequest);
          }),
      ),
    );
    for (const d of deltas) {
      stats.commands += d.commands;
      for (const x of d.latencyRamp) stats.latency.ramp.push(x);
      for (const x of d.latencySteady) stats.latency.steady.push(x);
      for (const [type, list] of Object.entries(d.byType)) {
        const into = stats.latencyByType.get(type) ?? [];
        for (const x of list) into.push(x);
        stats.latencyByType.set(type, into);
      }
      for (const [k, v] of Object.entries(d.refusals)) stats.refusals.set(k, (stats.refusals.get(k) ?? 0) + v);
      for (const [k, v] of Object.entries(d.failures)) stats.failures.set(k, (stats.failures.get(k) ?? 0) + v);
      stats.bytesSteady += d.bytesSteady;
      stats.bytesJoin += d.bytesJoin;
      stats.framesSteady += d.framesSteady;
      stats.turnsSteady += d.turnsSteady;
      stats.botMicros += d.botMicros;
      stats.botCalls += d.botCalls;
    }
    return {
      connected: deltas.reduce((n, d) => n + d.connected, 0),
      cpuPercent: deltas.reduce((n, d) => n + d.cpuPercent, 0),
      loopP99: Math.max(0, ...deltas.map((d) => d.loopP99)),
    };
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.workers.map((w) => {
        if (w.exitCode !== null || w.signalCode !== null) return undefined;
        const exited = new Promise((r) => w.once("exit", r));
        if (w.connected) w.send({ type: "stop" } satisfies WorkerRequest, (error) => error && w.kill("SIGKILL"));
        else w.kill("SIGKILL");
        const timer = setTimeout(() => w.kill("SIGKILL"), 10_000);
        return exited.then(() => clearTimeout(timer));
      }),
    );
  }

  kill(): void {
    for (const w of this.workers) w.kill("SIGKILL");
  }
}

let stopRunning: (() => Promise<void>) | null = null;

/** Stops the running load test's processes (load generators, servers, Redis, PostgreSQL): for Ctrl-C. */
export async function stopLoadTest(): Promise<void> {
  await stopRunning?.();
}

const mb = (bytes: number) => round(bytes / 2 ** 20);

function serverFigures(samples: ServerStats[]): ServerFigures {
  const wallMs = Math.max(1, samples.reduce((n, s) => n + s.wallMs, 0));
  return {
    cpuPercent: round((samples.reduce((n, s) => n + s.cpuMs, 0) / wallMs) * 100),
    elu: round(samples.reduce((n, s) => n + s.elu * s.wallMs, 0) / wallMs, 2),
    loopP99: round(Math.max(0, ...samples.map((s) => s.loopP99))),
    loopMax: round(Math.max(0, ...samples.map((s) => s.loopMax))),
  };
}

/** Runs the whole load test and reports; bounded by ramp + duration + 90 s. */
export async function runLoadTest(input: Partial<LoadOptions> = {}): Promise<LoadReport> {
  const options: LoadOptions = { ...DEFAULT_LOAD, ...input };
  const log = options.log ?? (() => {});
  const stats = new LoadStats();
  const group = new ServerGroup();
  let generators: LoadGenerators | null = null;
  let stopping: Promise<void> | null = null;
  const stopAll = () => (stopping ??= (async () => {
    await generators?.stop();
    await group.stop();
  })());
  stopRunning = stopAll;
  const samples: Sample[] = [];
  const hardStop = setTimeout(() => {
    console.error("load test: hard time limit reached, stopping the servers and the load generators");
    generators?.kill();
    setTimeout(() => process.exit(2), 30_000).unref();
    void stopAll().finally(() => process.exit(2));
  }, (options.matches / options.rampPerSecond + options.durationS + 90) * 1000);
  hardStop.unref();

  try {
    await group.start(options.servers, { profileDir: options.profileDir, env: options.serverEnv, cpu: options.serverCpu });
    generators = await LoadGenerators.start(options.procs, group.urls, options);
    await group.gc();
    const baseline = await group.stats();
    const pids = group.servers.map((s) => `${s.url} (pid ${s.child.pid})`).join(", ");
    log(
      `${group.servers.length > 1 ? `${group.servers.length} servers sharing Redis and PostgreSQL` : "server"} on ${pids}; ` +
        `${options.matches} matches × 6 clients in ${options.procs} load-generator processes, ` +
        `ramp ${options.rampPerSecond}/s, think ${options.thinkMs.join("–")} ms, measure ${options.durationS} s` +
        (options.serverCpu ? `; each server held to ${options.serverCpu} of a core` : ""),
    );

    // Ramp up: matches created at a steady rate.
    const rampStart = performance.now();
    const starting: Promise<void>[] = [];
    for (let i = 0; i < options.matches; i++) {
      starting.push(generators.startMatch(i));
      const wait = rampStart + ((i + 1) * 1000) / options.rampPerSecond - performance.now();
      if (wait > 0) await sleep(wait);
    }
    await Promise.all(starting);
    const rampSeconds = (performance.now() - rampStart) / 1000;
    const afterRamp = await generators.sample(stats);
    log(`ramp: ${options.matches} matches in ${rampSeconds.toFixed(1)} s, ${afterRamp.connected} clients connected`);

    // Memory of the loaded servers, after a collection.
    await group.gc();
    const loaded = await group.stats();
    await group.stats(); // resets the interval counters

    // The measured window.
    generators.window("steady");
    stats.window = "steady";
    const steadyStart = performance.now();
    let connectionsHeld = afterRamp.connected;
    const perServer: ServerStats[][] = group.servers.map(() => []);
    let backing = { cpuMs: backingCpuMs(), at: performance.now() };
    while (performance.now() - steadyStart < options.durationS * 1000) {
      await sleep(Math.min(options.sampleEveryMs, options.durationS * 1000 - (performance.now() - steadyStart)));
      const each = await group.stats();
      each.forEach((x, i) => perServer[i]!.push(x));
      const s = combined(each);
      const before = { commands: stats.commands, latencies: stats.latency.steady.length };
      const clients = await generators.sample(stats);
      connectionsHeld = clients.connected;
      const backingNow = { cpuMs: backingCpuMs(), at: performance.now() };
      const backingCpu = ((backingNow.cpuMs - backing.cpuMs) / Math.max(1, backingNow.at - backing.at)) * 100;
      backing = backingNow;
      const recent = sorted(stats.latency.steady.slice(before.latencies));
      const sample: Sample = {
        t: round((performance.now() - steadyStart) / 1000),
        matches: options.matches,
        connected: clients.connected,
        commandsPerSecond: round(((stats.commands - before.commands) * 1000) / s.wallMs),
        p50: round(quantile(recent, 0.5)),
        p99: round(quantile(recent, 0.99)),
        server: s,
        servers: each,
        clientCpu: round(clients.cpuPercent),
        clientLoopP99: round(clients.loopP99),
        backingCpu: round(backingCpu),
        loadAverage: round(loadavg()[0]!, 2),
        cpuPressure: cpuPressure(),
      };
      samples.push(sample);
      const perProcess =
        each.length > 1
          ? `  per process: ${each.map((x) => `rooms ${x.rooms} cpu ${round((x.cpuMs / x.wallMs) * 100)}% loop p99 ${round(x.loopP99)} ms`).join(" | ")}`
          : "";
      log(
        `t=${String(sample.t).padStart(5)}s  clients ${sample.connected}  cmd/s ${sample.commandsPerSecond}  p50 ${sample.p50} ms  p99 ${sample.p99} ms  ` +
          `server cpu ${round((s.cpuMs / s.wallMs) * 100)}% elu ${round(s.elu, 2)} loop p99 ${round(s.loopP99)} ms  rss ${mb(s.rss)} MB heap ${mb(s.heapUsed)} MB  ` +
          `load-gen cpu ${sample.clientCpu}% loop p99 ${sample.clientLoopP99} ms  ${each.length > 1 ? `redis+postgres cpu ${sample.backingCpu}%  ` : ""}machine load ${sample.loadAverage}, cpu pressure ${sample.cpuPressure ?? "–"}%${perProcess}`,
      );
    }
    generators.window("done");
    stats.window = "done";
    const steadySeconds = (performance.now() - steadyStart) / 1000;
    const commandsSteady = samples.reduce((n, s) => n + (s.commandsPerSecond * s.server.wallMs) / 1000, 0);

    const all = sorted(stats.latency.steady);
    const ramp = sorted(stats.latency.ramp);
    const byType: LoadReport["latencyByType"] = {};
    for (const [type, list] of stats.latencyByType) {
      const s = sorted(list);
      byType[type] = { count: s.length, p50: round(quantile(s, 0.5)), p99: round(quantile(s, 0.99)) };
    }
    const failures = Object.fromEntries(stats.failures);
    const clients = options.matches * POWERS.length;
    const base = combined(baseline);
    const full = combined(loaded);
    return {
      options: { ...options, log: undefined } as Omit<LoadOptions, "log">,
      clients,
      connectionsHeld,
      rampSeconds: round(rampSeconds),
      latencyMs: { count: all.length, p50: round(quantile(all, 0.5)), p90: round(quantile(all, 0.9)), p99: round(quantile(all, 0.99)), max: round(all.at(-1) ?? NaN) },
      latencyByType: byType,
      rampLatencyMs: { count: ramp.length, p50: round(quantile(ramp, 0.5)), p99: round(quantile(ramp, 0.99)) },
      commandsPerSecond: round(commandsSteady / steadySeconds),
      refusals: Object.fromEntries(stats.refusals),
      failures,
      errors: Object.values(failures).reduce((a, b) => a + b, 0),
      turnsCompleted: stats.turnsSteady,
      bytesPerClientPerTurn: stats.turnsSteady > 0 ? Math.round(stats.bytesSteady / (stats.turnsSteady * POWERS.length)) : null,
      joinBytesPerClient: Math.round(stats.bytesJoin / Math.max(1, clients)),
      memory: {
        baselineHeapMB: mb(base.heapUsed),
        loadedHeapMB: mb(full.heapUsed),
        baselineRssMB: mb(base.rss),
        loadedRssMB: mb(full.rss),
        heapPerMatchKB: Math.round((full.heapUsed - base.heapUsed) / 1024 / options.matches),
        rssPerMatchKB: Math.round((full.rss - base.rss) / 1024 / options.matches),
      },
      server: serverFigures(samples.map((s) => s.server)),
      processes: group.servers.map((server, i) => {
        const own = perServer[i]!;
        return {
          url: server.url,
          rooms: own.at(-1)?.rooms ?? 0,
          roomsMax: Math.max(0, ...own.map((x) => x.rooms)),
          clients: own.at(-1)?.clients ?? 0,
          loadedHeapMB: mb(loaded[i]!.heapUsed),
          loadedRssMB: mb(loaded[i]!.rss),
          ...serverFigures(own),
        };
      }),
      clientCpuPercent: round(samples.reduce((n, s) => n + s.clientCpu, 0) / Math.max(1, samples.length)),
      clientLoopP99: round(Math.max(0, ...samples.map((s) => s.clientLoopP99))),
      backingCpuPercent: round(samples.reduce((n, s) => n + s.backingCpu, 0) / Math.max(1, samples.length)),
      botMicrosPerCall: round(stats.botMicros / Math.max(1, stats.botCalls)),
      machine: {
        description: machine(),
        loadAverage: round(samples.reduce((n, s) => n + s.loadAverage, 0) / Math.max(1, samples.length), 2),
        cpuPressure: samples.some((s) => s.cpuPressure !== null) ? round(samples.reduce((n, s) => n + (s.cpuPressure ?? 0), 0) / samples.length) : null,
      },
      samples,
      ...(options.profileDir ? { profile: options.profileDir } : {}),
    };
  } finally {
    await stopAll();
    stopRunning = null;
    clearTimeout(hardStop);
  }
}
