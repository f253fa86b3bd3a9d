/**
 * A load-generator process of the load test (forked by scripts/loadtest-core.ts): it plays the
 * matches it is told to start, and answers each "sample" with what its clients measured since the
 * last one. Several of them spread the clients' work (decoding patches, running the bots) over
 * the machine's cores, so that the load generator does not become the bottleneck it measures.
 */
const { monitorEventLoopDelay, performance } = await import("node:perf_hooks");
const { LoadStats } = await import("./loadtest-client");
const { LoadMatch } = await import("./loadtest-match");
import type { MatchOptions } from "./loadtest-match";

/** What a worker has measured since its previous sample. */
export interface WorkerDelta {
  commands: number;
  latencyRamp: number[];
  latencySteady: number[];
  byType: Record<string, number[]>;
  refusals: Record<string, number>;
  failures: Record<string, number>;
  bytesSteady: number;
  bytesJoin: number;
  framesSteady: number;
  turnsSteady: number;
  botMicros: number;
  botCalls: number;
  connected: number;
  cpuPercent: number;
  loopP99: number;
}

export type WorkerRequest =
  | { type: "setup"; urls: string[]; options: MatchOptions }
  | { type: "match"; index: number }
  | { type: "window"; window: "ramp" | "steady" | "done" }
  | { type: "sample" }
  | { type: "stop" };

const stats = new LoadStats();
const matches: InstanceType<typeof LoadMatch>[] = [];
let urls: string[] = [];
let options: MatchOptions | null = null;
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
let lastCpu = process.cpuUsage();
let lastAt = performance.now();
// What was already reported: counters are sent as differences.
const sent = { commands: 0, ramp: 0, steady: 0, bytesSteady: 0, bytesJoin: 0, framesSteady: 0, turnsSteady: 0, botMicros: 0, botCalls: 0 };
const sentByType = new Map<string, number>();
const sentRefusals = new Map<string, number>();
const sentFailures = new Map<string, number>();

function diff(map: Map<string, number>, seen: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of map) {
    const d = v - (seen.get(k) ?? 0);
    if (d !== 0) out[k] = d;
    seen.set(k, v);
  }
  return out;
}

function sample(): WorkerDelta {
  const byType: Record<string, number[]> = {};
  for (const [type, list] of stats.latencyByType) {
    byType[type] = list.slice(sentByType.get(type) ?? 0);
    sentByType.set(type, list.length);
  }
  const cpu = process.cpuUsage(lastCpu);
  const now = performance.now();
  const delta: WorkerDelta = {
    commands: stats.commands - sent.commands,
    latencyRamp: stats.latency.ramp.slice(sent.ramp),
    latencySteady: stats.latency.steady.slice(sent.steady),
    byType,
    refusals: diff(stats.refusals, sentRefusals),
    failures: diff(stats.failures, sentFailures),
    bytesSteady: stats.bytesSteady - sent.bytesSteady,
    bytesJoin: stats.bytesJoin - sent.bytesJoin,
    framesSteady: stats.framesSteady - sent.framesSteady,
    turnsSteady: stats.turnsSteady - sent.turnsSteady,
    botMicros: stats.botMicros - sent.botMicros,
    botCalls: stats.botCalls - sent.botCalls,
    connected: matches.reduce((n, m) => n + m.connected(), 0),
    cpuPercent: ((cpu.user + cpu.system) / 1000 / Math.max(1, now - lastAt)) * 100,
    loopP99: loop.percentile(99) / 1e6,
  };
  Object.assign(sent, {
    commands: stats.commands,
    ramp: stats.latency.ramp.length,
    steady: stats.latency.steady.length,
    bytesSteady: stats.bytesSteady,
    bytesJoin: stats.bytesJoin,
    framesSteady: stats.framesSteady,
    turnsSteady: stats.turnsSteady,
    botMicros: stats.botMicros,
    botCalls: stats.botCalls,
  });
  lastCpu = process.cpuUsage();
  lastAt = now;
  loop.reset();
  return delta;
}

process.on("message", (message: WorkerRequest) => {
  switch (message.type) {
    case "setup":
      urls = message.urls;
      options = message.options;
      return;
    case "match": {
      const match = new LoadMatch(urls, stats, options!, message.index);
      matches.push(match);
      void match.start().then((ok) => process.send?.({ type: "started", index: message.index, ok }));
      return;
    }
    case "window":
      stats.window = message.window;
      return;
    case "sample":
      process.send?.({ type: "sample", delta: sample() });
      return;
    case "stop":
      for (const m of matches) m.stop();
      process.send?.({ type: "stopped" }, () => process.exit(0));
      return;
  }
});
process.on("disconnect", () => process.exit(0));
process.send?.({ type: "ready" });
