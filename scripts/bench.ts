/**
 * npm run bench [-- --json]: prints the project's performance figures.
 * Targets (docs/performance.md): a turn resolves in under 1 ms median; planRoute under 50 µs.
 */
import { benchPlanRoute } from "./bench-plan-route";
import { benchResolution } from "./bench-rules";

const json = process.argv.includes("--json");
const log = json ? () => {} : (line: string) => console.log(line);
const figures: Record<string, number | string> = {};

const resolution = benchResolution();
figures.resolveTurnMedianMs = +(resolution.median / 1000).toFixed(3);
figures.resolveTurnP99Ms = +(resolution.p99 / 1000).toFixed(3);
figures.resolveTurnStrikes = resolution.strikes;
log(`turn resolution (6 powers, ${resolution.strikes} strikes): median ${figures.resolveTurnMedianMs} ms, p99 ${figures.resolveTurnP99Ms} ms`);

const originalLog = console.log;
if (json) console.log = () => {};
figures.planRouteMicros = +benchPlanRoute().toFixed(1);
console.log = originalLog;

figures.node = process.version;
if (json) console.log(JSON.stringify(figures, null, 2));
