/**
 * npm run bench [-- --json] [--load-matches N] [--load-seconds S] [--no-load] [--no-browser]
 *
 * Prints the project's performance figures (targets in docs/performance.md): turn resolution,
 * planRoute, a bot's decision, the server under load (message-to-patch latency, bytes per client
 * and turn, memory per match: a short run of the load test), the client's JavaScript size, and in
 * Chromium the match page's JavaScript chunk by chunk and the time from Quick play to the map.
 */
import { loadavg } from "node:os";
import { join } from "node:path";
import { benchBots } from "./bench-bots";
import { clientJsSize, MATCH_PAGE_JS_BUDGET_KB, measureMatchPage } from "./bench-client";
import { benchPlanRoute } from "./bench-plan-route";
import { benchResolution } from "./bench-rules";
import { benchServer } from "./bench-server";
import { cpuPressure, machine, runLoadTest } from "./loadtest-core";

const json = process.argv.includes("--json");
const log = json ? () => {} : (line: string) => console.log(line);
const figures: Record<string, number | string | null> = {};
const argNumber = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(n) && n > 0 ? n : fallback;
};
const root = join(import.meta.dirname, "..");
const fixed = (x: number, digits: number) => +x.toFixed(digits);

figures.machine = machine();
figures.loadAverage = +loadavg()[0]!.toFixed(2);
figures.cpuPressure = cpuPressure();
log(`machine: ${figures.machine}; load average ${figures.loadAverage}, cpu pressure ${figures.cpuPressure ?? "–"}% (other work on the same cores slows everything below)`);

const resolution = benchResolution();
figures.resolveTurnMedianMs = fixed(resolution.median / 1000, 3);
figures.resolveTurnP99Ms = fixed(resolution.p99 / 1000, 3);
figures.resolveTurnStrikes = resolution.strikes;
log(`turn resolution (6 powers, ${resolution.strikes} strikes): median ${figures.resolveTurnMedianMs} ms, p99 ${figures.resolveTurnP99Ms} ms   [target: median < 1 ms]`);

const originalLog = console.log;
if (json) console.log = () => {};
figures.planRouteMicros = fixed(benchPlanRoute(), 1);
console.log = originalLog;
if (!json) console.log(`   [target: < 50 µs]`);

const bots = benchBots();
figures.botMicrosMedian = fixed(bots.all.median, 1);
figures.botMicrosMean = fixed(bots.all.mean, 1);
figures.botMicrosP99 = fixed(bots.all.p99, 1);
figures.botTurnMs = fixed(bots.turnMedian / 1000, 2);
for (const [phase, p] of Object.entries(bots.perPhase)) figures[`botMicros_${phase}`] = fixed(p.median, 1);
log(
  `bot decision (botCommands on its own view): median ${figures.botMicrosMedian} µs, mean ${figures.botMicrosMean} µs, p99 ${figures.botMicrosP99} µs per call ` +
    `(${Object.entries(bots.perPhase)
      .map(([phase, p]) => `${phase} ${p.median.toFixed(0)}`)
      .join(", ")} µs); a whole turn of six bots ${figures.botTurnMs} ms`,
);

const serverWork = await benchServer(4, 2);
figures.serverCpuMicrosPerCommand = serverWork.totalMicros;
figures.serverSubmitMicros = serverWork.submitMicros;
figures.serverSyncMicros = serverWork.syncMicros;
figures.serverEncodeMicros = serverWork.encodeMicros;
figures.patchBytesPerViewer = serverWork.patchBytes;
log(
  `server work per command (no sockets; ${serverWork.commands} commands of bot matches): ${serverWork.totalMicros} µs CPU = ` +
    `rules and log ${serverWork.submitMicros} + views ${serverWork.syncMicros} + patches ${serverWork.encodeMicros}   [target: ≤ 300 µs]; ` +
    `${serverWork.patchBytes} bytes of patch per viewer   [target: ≤ 300 B]`,
);

if (process.argv.includes("--no-load")) {
  log("server under load: skipped (--no-load)");
} else {
  const matches = argNumber("load-matches", 50);
  const seconds = argNumber("load-seconds", 20);
  log(`server under load: ${matches} six-seat matches of SDK clients for ${seconds} s (server in its own process)…`);
  const load = await runLoadTest({ matches, durationS: seconds, rampPerSecond: 25, thinkMs: [1000, 4000], sampleEveryMs: 5000 });
  figures.loadMatches = matches;
  figures.loadClients = load.clients;
  figures.loadConnectionsHeld = load.connectionsHeld;
  figures.loadErrors = load.errors;
  figures.patchLatencyP50Ms = load.latencyMs.p50;
  figures.patchLatencyP99Ms = load.latencyMs.p99;
  figures.commandsPerSecond = load.commandsPerSecond;
  figures.bytesPerClientPerTurn = load.bytesPerClientPerTurn;
  figures.joinBytesPerClient = load.joinBytesPerClient;
  figures.heapPerMatchKB = load.memory.heapPerMatchKB;
  figures.rssPerMatchKB = load.memory.rssPerMatchKB;
  figures.serverCpuPercent = load.server.cpuPercent;
  log(
    `  message-to-patch latency: p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms (${load.latencyMs.count} commands, ${load.commandsPerSecond}/s; ` +
      `${load.connectionsHeld}/${load.clients} connections held, ${load.errors} errors)   [target: p99 < 100 ms]`,
  );
  // Stress pace (bots acting at once); at human pace the load test's figure is held to 4 KB per turn.
  log(`  bytes sent per client per turn: ${load.bytesPerClientPerTurn ?? "no turn completed"}   [target at this stress pace: ≤ 15 KB]; ${load.joinBytesPerClient} bytes to join   [target: ≤ 4 KB]`);
  log(`  server memory per match: ${load.memory.heapPerMatchKB} KB heap, ${load.memory.rssPerMatchKB} KB rss; server CPU ${load.server.cpuPercent}% of a core`);
}

const dist = join(root, "dist");
const size = clientJsSize(dist);
figures.clientJsGzipKB = size ? fixed(size.gzipBytes / 1024, 1) : "not built";
log(size ? `client JavaScript, all pages: ${figures.clientJsGzipKB} KB gzip (${(size.rawBytes / 1024).toFixed(0)} KB raw, ${size.files} files)` : "client JavaScript: not built (npm run build)");

if (size && !process.argv.includes("--no-browser")) {
  const load = await measureMatchPage(dist);
  figures.matchPageJsGzipKB = fixed(load.gzipBytes / 1024, 1);
  figures.matchPageChunks = load.chunks.length;
  figures.lobbyInteractiveMs = load.toLobbyMs;
  figures.quickPlayToMapMs = load.quickPlayToMapMs;
  log(`match page JavaScript (fetched by Chromium until the map is interactive): ${figures.matchPageJsGzipKB} KB gzip in ${load.chunks.length} chunks   [target: ≤ ${MATCH_PAGE_JS_BUDGET_KB} KB]`);
  for (const c of load.chunks) log(`  ${(c.gzipBytes / 1024).toFixed(1).padStart(6)} KB gzip  ${(c.rawBytes / 1024).toFixed(0).padStart(5)} KB raw  ${c.file}`);
  log(`page open to an interactive lobby: ${load.toLobbyMs} ms; Quick play to an interactive map: ${load.quickPlayToMapMs} ms (Chromium, ${load.renderer} renderer, median of ${load.runs}, nothing cached)`);
  // Each language's words are chunks of their own: the page of a player who chose French.
  const french = await measureMatchPage(dist, 1, "fr");
  figures.matchPageJsGzipKBFrench = fixed(french.gzipBytes / 1024, 1);
  log(`the same page in French: ${figures.matchPageJsGzipKBFrench} KB gzip in ${french.chunks.length} chunks   [target: ≤ ${MATCH_PAGE_JS_BUDGET_KB} KB]`);
} else {
  log("match page JavaScript and Quick play to an interactive map: not measured (npm run build; --no-browser skips them)");
}

figures.node = process.version;
if (json) console.log(JSON.stringify(figures, null, 2));
process.exit(0);
