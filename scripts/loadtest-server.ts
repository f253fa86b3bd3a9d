/**
 * The server under load, as a child process of `npm run loadtest` and `npm run bench`: the real
 * server (server/app.ts) plus an IPC channel the load generator asks for the process's own
 * figures (memory, CPU, event-loop delay). Started with `fork`, so it has `process.send`.
 * Environment as server/main.ts (PORT, HOST, DATA_DIR, …).
 */
export {};
const { monitorEventLoopDelay, performance } = await import("node:perf_hooks");
const { configFromEnv } = await import("../server/config");
const { createApp } = await import("../server/app");

export interface ServerStats {
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** CPU time used since the previous sample, in ms (user + system), and the wall time it covers. */
  cpuMs: number;
  wallMs: number;
  /** Event-loop utilisation since the previous sample (0–1). */
  elu: number;
  /** Event-loop delay since the previous sample, ms. */
  loopP50: number;
  loopP99: number;
  loopMax: number;
  rooms: number;
  clients: number;
}

export type ServerRequest = { type: "stats" } | { type: "gc" } | { type: "stop" };

const config = configFromEnv(process.env);
// Every match and every client of the load test comes from this machine's one address: no
// limit on new matches, no cap on connections per address.
const app = await createApp({ ...config, createBurst: 0, maxConnectionsPerAddress: 0, verbose: process.env.VERBOSE === "1" });
const { port } = await app.listen();

const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
let lastCpu = process.cpuUsage();
let lastWall = performance.now();
let lastElu = performance.eventLoopUtilization();

function stats(): ServerStats {
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage(lastCpu);
  const wall = performance.now();
  const elu = performance.eventLoopUtilization(lastElu);
  const sessions = app.services.registry.all();
  const out: ServerStats = {
    at: Date.now(),
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    heapTotal: memory.heapTotal,
    external: memory.external,
    arrayBuffers: memory.arrayBuffers,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: wall - lastWall,
    elu: elu.utilization,
    loopP50: loop.percentile(50) / 1e6,
    loopP99: loop.percentile(99) / 1e6,
    loopMax: loop.max / 1e6,
    rooms: sessions.length,
    clients: sessions.reduce((n, s) => n + s.connections(), 0),
  };
  lastCpu = process.cpuUsage();
  lastWall = wall;
  lastElu = performance.eventLoopUtilization();
  loop.reset();
  return out;
}

process.on("message", (message: ServerRequest) => {
  if (message.type === "stats") process.send?.({ type: "stats", stats: stats() });
  else if (message.type === "gc") {
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ type: "gc" });
  } else if (message.type === "stop") {
    app.close().finally(() => process.exit(0));
  }
});
process.on("disconnect", () => process.exit(0));
process.send?.({ type: "ready", port });
