/**
 * The load test: the real server in a child process (scripts/loadtest-server.ts) on a free port
 * of 127.0.0.1 with a temporary DATA_DIR, and N six-seat matches of human-like SDK clients
 * (scripts/loadtest-client.ts), spread over P load-generator processes
 * (scripts/loadtest-worker.ts), created at a steady rate, then measured for a fixed time.
 * Everything stops by itself. Used by `npm run loadtest`, `npm run bench` and tests/load.
 */
import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { POWERS } from "../shared";
import type { BotLevel } from "../shared/bots";
import { LoadStats } from "./loadtest-client";
import type { ServerRequest, ServerStats } from "./loadtest-server";
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
  /** Extra environment for the server process. */
  serverEnv?: Record<string, string>;
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
};

export interface Sample {
  t: number;
  matches: number;
  connected: number;
  commandsPerSecond: number;
  p50: number;
  p99: number;
  server: ServerStats;
  /** CPU of the load-generator processes (all together, % of one core), and their worst event-loop delay (p99, ms). */
  clientCpu: number;
  clientLoopP99: number;
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
  server: { cpuPercent: number; elu: number; loopP99: number; loopMax: number };
  clientCpuPercent: number;
  clientLoopP99: number;
  botMicrosPerCall: number;
  /** Was the machine busy with other work? Mean load average and CPU pressure over the samples. */
  machine: { description: string; loadAverage: number; cpuPressure: number | null };
  samples: Sample[];
  profile?: string;
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const sorted = (values: number[]) => Float64Array.from(values).sort() as unknown as number[];
const round = (x: number, digits = 1) => (Number.isFinite(x) ? +x.toFixed(digits) : x);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The server as a child process with an IPC channel for its figures. */
export class ServerProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    readonly dataDir: string,
  ) {}

  static async start(options: { profileDir?: string; env?: Record<string, string> } = {}): Promise<ServerProcess> {
    const dataDir = mkdtempSync(join(tmpdir(), "overflight-load-"));
    const execArgv = ["--import", "tsx", "--expose-gc", ...(options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [])];
    const child = fork(join(import.meta.dirname, "loadtest-server.ts"), [], {
      execArgv,
      cwd: join(import.meta.dirname, ".."),
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, DIST_DIR: join(dataDir, "no-dist"), ...options.env },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
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
    return new ServerProcess(child, port, dataDir);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private ask<T>(request: ServerRequest, answer: string): Promise<T> {
    return new Promise((resolve, reject) => {
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
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.send({ type: "stop" });
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

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

  static async start(count: number, url: string, options: LoadOptions): Promise<LoadGenerators> {
    const workers = await Promise.all(
      Array.from({ length: Math.max(1, count) }, async () => {
        const child = fork(join(import.meta.dirname, "loadtest-worker.ts"), [], {
          execArgv: ["--import", "tsx"],
          cwd: join(import.meta.dirname, ".."),
          stdio: ["ignore", "inherit", "inherit", "ipc"],
        });
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("a load generator did not start within 60 s")), 60_000);
          child.once("exit", (code) => reject(new Error(`a load generator exited (${code})`)));
          child.once("message", () => {
            clearTimeout(timer);
            resolve();
          });
        });
        const setup: WorkerRequest = { type: "setup", url, options: { level: options.level, thinkMs: options.thinkMs, chatChance: options.chatChance, timers: options.timers } };
        child.send(setup);
        return child;
      }),
    );
    return new LoadGenerators(workers);
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
        w.send({ type: "stop" } satisfies WorkerRequest);
        const timer = setTimeout(() => w.kill("SIGKILL"), 10_000);
        return exited.then(() => clearTimeout(timer));
      }),
    );
  }

  kill(): void {
    for (const w of this.workers) w.kill("SIGKILL");
  }
}

/** Runs the whole load test and reports; bounded by ramp + duration + 90 s. */
export async function runLoadTest(input: Partial<LoadOptions> = {}): Promise<LoadReport> {
  const options: LoadOptions = { ...DEFAULT_LOAD, ...input };
  const log = options.log ?? (() => {});
  const stats = new LoadStats();
  const server = await ServerProcess.start({ profileDir: options.profileDir, env: options.serverEnv });
  let generators: LoadGenerators | null = null;
  const samples: Sample[] = [];
  const hardStop = setTimeout(() => {
    console.error("load test: hard time limit reached, killing the server and the load generators");
    generators?.kill();
    server.child.kill("SIGKILL");
    process.exit(2);
  }, (options.matches / options.rampPerSecond + options.durationS + 90) * 1000);
  hardStop.unref();

  try {
    generators = await LoadGenerators.start(options.procs, server.url, options);
    await server.gc();
    const baseline = await server.stats();
    log(
      `server on ${server.url} (pid ${server.child.pid}); ${options.matches} matches × 6 clients in ${options.procs} load-generator processes, ` +
        `ramp ${options.rampPerSecond}/s, think ${options.thinkMs.join("–")} ms, measure ${options.durationS} s`,
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

    // Memory of the loaded server, after a collection.
    await server.gc();
    const loaded = await server.stats();
    await server.stats(); // resets the interval counters

    // The measured window.
    generators.window("steady");
    stats.window = "steady";
    const steadyStart = performance.now();
    let connectionsHeld = afterRamp.connected;
    const serverSamples: ServerStats[] = [];
    while (performance.now() - steadyStart < options.durationS * 1000) {
      await sleep(Math.min(options.sampleEveryMs, options.durationS * 1000 - (performance.now() - steadyStart)));
      const s = await server.stats();
      serverSamples.push(s);
      const before = { commands: stats.commands, latencies: stats.latency.steady.length };
      const clients = await generators.sample(stats);
      connectionsHeld = clients.connected;
      const recent = sorted(stats.latency.steady.slice(before.latencies));
      const sample: Sample = {
        t: round((performance.now() - steadyStart) / 1000),
        matches: options.matches,
        connected: clients.connected,
        commandsPerSecond: round(((stats.commands - before.commands) * 1000) / s.wallMs),
        p50: round(quantile(recent, 0.5)),
        p99: round(quantile(recent, 0.99)),
        server: s,
        clientCpu: round(clients.cpuPercent),
        clientLoopP99: round(clients.loopP99),
        loadAverage: round(loadavg()[0]!, 2),
        cpuPressure: cpuPressure(),
      };
      samples.push(sample);
      log(
        `t=${String(sample.t).padStart(5)}s  clients ${sample.connected}  cmd/s ${sample.commandsPerSecond}  p50 ${sample.p50} ms  p99 ${sample.p99} ms  ` +
          `server cpu ${round((s.cpuMs / s.wallMs) * 100)}% elu ${round(s.elu, 2)} loop p99 ${round(s.loopP99)} ms  rss ${round(s.rss / 2 ** 20)} MB heap ${round(s.heapUsed / 2 ** 20)} MB  ` +
          `load-gen cpu ${sample.clientCpu}% loop p99 ${sample.clientLoopP99} ms  machine load ${sample.loadAverage}, cpu pressure ${sample.cpuPressure ?? "–"}%`,
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
    const cpuMs = serverSamples.reduce((n, s) => n + s.cpuMs, 0);
    const wallMs = serverSamples.reduce((n, s) => n + s.wallMs, 0);
    const failures = Object.fromEntries(stats.failures);
    const clients = options.matches * POWERS.length;
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
        baselineHeapMB: round(baseline.heapUsed / 2 ** 20),
        loadedHeapMB: round(loaded.heapUsed / 2 ** 20),
        baselineRssMB: round(baseline.rss / 2 ** 20),
        loadedRssMB: round(loaded.rss / 2 ** 20),
        heapPerMatchKB: Math.round((loaded.heapUsed - baseline.heapUsed) / 1024 / options.matches),
        rssPerMatchKB: Math.round((loaded.rss - baseline.rss) / 1024 / options.matches),
      },
      server: {
        cpuPercent: round((cpuMs / Math.max(1, wallMs)) * 100),
        elu: round(serverSamples.reduce((n, s) => n + s.elu * s.wallMs, 0) / Math.max(1, wallMs), 2),
        loopP99: round(Math.max(0, ...serverSamples.map((s) => s.loopP99))),
        loopMax: round(Math.max(0, ...serverSamples.map((s) => s.loopMax))),
      },
      clientCpuPercent: round(samples.reduce((n, s) => n + s.clientCpu, 0) / Math.max(1, samples.length)),
      clientLoopP99: round(Math.max(0, ...samples.map((s) => s.clientLoopP99))),
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
    await generators?.stop();
    await server.stop();
    clearTimeout(hardStop);
  }
}
