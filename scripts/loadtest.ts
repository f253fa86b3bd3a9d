/**
 * npm run loadtest -- --matches N --duration S [--ramp R] [--think MIN-MAX] [--level L]
 *                     [--procs P] [--servers N] [--server-cpu F] [--profile DIR] [--wait-quiet S] [--json]
 *
 * Starts the server as a child process on a free port of 127.0.0.1 (temporary DATA_DIR), creates
 * N six-seat matches of human-like @colyseus/sdk clients (R new matches a second) in P
 * load-generator processes (2), measures for S
 * seconds and prints connections held, errors, message-to-patch latency percentiles, and the
 * server's CPU and memory over time. With --servers N (> 1), it also starts Redis and PostgreSQL
 * on loopback and N server processes sharing them; each client matchmakes through one of them in
 * turn, and the figures are given per process and in all. --server-cpu F holds each server
 * process to F of one core (Linux cgroups, as root): what one process does with a fixed share of
 * CPU against what two do. Stops by itself (and on Ctrl-C). On a shared machine, --wait-quiet S first
 * waits (at most S seconds) until other work leaves the CPUs mostly idle. See docs/performance.md.
 */
import { cpuPressure, DEFAULT_LOAD, runLoadTest, stopLoadTest } from "./loadtest-core";
import type { LoadOptions } from "./loadtest-core";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function num(name: string, fallback: number): number {
  const v = arg(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} wants a positive number, not "${v}"`);
  return n;
}

const json = process.argv.includes("--json");
const think = arg("think")?.split("-").map(Number) as [number, number] | undefined;
const options: Partial<LoadOptions> = {
  matches: Math.round(num("matches", DEFAULT_LOAD.matches)),
  durationS: num("duration", DEFAULT_LOAD.durationS),
  rampPerSecond: num("ramp", DEFAULT_LOAD.rampPerSecond),
  thinkMs: think && think.length === 2 && think.every(Number.isFinite) ? think : DEFAULT_LOAD.thinkMs,
  level: (arg("level") as LoadOptions["level"]) ?? DEFAULT_LOAD.level,
  procs: Math.round(num("procs", DEFAULT_LOAD.procs)),
  servers: Math.round(num("servers", DEFAULT_LOAD.servers)),
  profileDir: arg("profile"),
  serverCpu: arg("server-cpu") === undefined ? undefined : num("server-cpu", 1),
  log: json ? undefined : (line) => console.log(line),
};

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the load generators, the servers, Redis and PostgreSQL…`);
    void stopLoadTest().finally(() => process.exit(130));
  });
}

const quietFor = arg("wait-quiet");
if (quietFor !== undefined) {
  const until = Date.now() + Number(quietFor) * 1000;
  let calm = 0;
  while (Date.now() < until && calm < 3) {
    const pressure = cpuPressure();
    calm = pressure === null || pressure < 10 ? calm + 1 : 0;
    if (calm < 3) await new Promise((r) => setTimeout(r, 5000));
  }
  if (!json) console.log(`cpu pressure ${cpuPressure() ?? "–"}%: ${calm >= 3 ? "quiet" : "still busy, starting anyway"}`);
}

const report = await runLoadTest(options);
if (json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const l = report.latencyMs;
  console.log("");
  console.log(`connections held   ${report.connectionsHeld} / ${report.clients}`);
  console.log(`errors             ${report.errors} ${JSON.stringify(report.failures)}`);
  console.log(`refusals           ${JSON.stringify(report.refusals)}`);
  console.log(`latency (ms)       p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}  (${l.count} commands, ${report.commandsPerSecond}/s)`);
  for (const [type, t] of Object.entries(report.latencyByType)) console.log(`  ${type.padEnd(16)} p50 ${t.p50}  p99 ${t.p99}  (${t.count})`);
  console.log(`ramp latency (ms)  p50 ${report.rampLatencyMs.p50}  p99 ${report.rampLatencyMs.p99}  (ramp ${report.rampSeconds} s)`);
  console.log(`turns completed    ${report.turnsCompleted}; ${report.bytesPerClientPerTurn ?? "–"} bytes per client per turn [target at human pace: ≤ 4 KB]; ${report.joinBytesPerClient} bytes per join [target: ≤ 4 KB]`);
  const m = report.memory;
  console.log(`server memory      heap ${m.baselineHeapMB} → ${m.loadedHeapMB} MB, rss ${m.baselineRssMB} → ${m.loadedRssMB} MB: ${m.heapPerMatchKB} KB heap, ${m.rssPerMatchKB} KB rss per match`);
  const several = report.processes.length > 1;
  console.log(
    `server${several ? "s (all)" : "      "}      cpu ${report.server.cpuPercent}% of a core, event-loop utilisation ${report.server.elu}${several ? " (busiest)" : ""}, ` +
      `loop delay p99 ${report.server.loopP99} ms (max ${report.server.loopMax})`,
  );
  if (several) {
    for (const [i, p] of report.processes.entries()) {
      console.log(
        `  process ${i + 1} ${p.url.replace("http://", "")}  rooms ${p.rooms} (max ${p.roomsMax}), clients ${p.clients}, heap ${p.loadedHeapMB} MB, rss ${p.loadedRssMB} MB after the ramp, ` +
          `cpu ${p.cpuPercent}%, elu ${p.elu}, loop delay p99 ${p.loopP99} ms (max ${p.loopMax})`,
      );
    }
  }
  if (several) console.log(`redis + postgres     cpu ${report.backingCpuPercent}% of a core`);
  console.log(`load generators    ${report.options.procs} processes: cpu ${report.clientCpuPercent}% of a core in all, loop delay p99 ${report.clientLoopP99} ms; bot ${report.botMicrosPerCall} µs per call`);
  console.log(`machine            ${report.machine.description}; load average ${report.machine.loadAverage}, cpu pressure ${report.machine.cpuPressure ?? "–"}% (others' work shares these cores)`);
  if (report.profile) console.log(`server CPU profile in ${report.profile}`);
  console.log(`p99 < 100 ms: ${l.p99 < 100 ? "yes" : "NO"}`);
}
process.exit(0);
