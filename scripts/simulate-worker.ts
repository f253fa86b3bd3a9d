/** A worker thread of the simulator: plays the matches it is given and posts their outcomes back. */
import { parentPort, workerData } from "node:worker_threads";
import { playOne } from "./simulate-core";
import type { MatchSpec } from "./simulate-core";

const specs = (workerData as { specs: MatchSpec[] }).specs;
for (const spec of specs) parentPort?.postMessage(playOne(spec));
