/** Runs bot-only matches over worker threads (one per core by default), keeping the specs' order. */
import { Worker } from "node:worker_threads";
import type { MatchOutcome, MatchSpec } from "./simulate-core";

// A worker thread inherits this process's flags, tsx's loader with them: it runs the TypeScript module as it is.
const WORKER = new URL("./simulate-worker.ts", import.meta.url);

function runWorker(part: MatchSpec[], onOutcome: (o: MatchOutcome) => void): Promise<MatchOutcome[]> {
  return new Promise((resolve, reject) => {
    const outcomes: MatchOutcome[] = [];
    const worker = new Worker(WORKER, { workerData: { specs: part } });
    worker.on("message", (o: MatchOutcome) => {
      outcomes.push(o);
      onOutcome(o);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve(outcomes) : reject(new Error(`simulator worker exited with code ${code}`))));
  });
}

export async function runInWorkers(specs: readonly MatchSpec[], workers: number, onOutcome: (o: MatchOutcome) => void = () => {}): Promise<MatchOutcome[]> {
  const count = Math.max(1, Math.min(workers, specs.length));
  const parts = Array.from({ length: count }, (_, w) => specs.filter((_, i) => i % count === w));
  const order = new Map(specs.map((s, i) => [s.seed, i]));
  const outcomes = (await Promise.all(parts.map((part) => runWorker(part, onOutcome)))).flat();
  return outcomes.sort((a, b) => (order.get(a.seed) ?? 0) - (order.get(b.seed) ?? 0));
}
