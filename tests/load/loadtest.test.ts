/**
 * The load test in small (the long runs are in docs/performance.md): the server in its own
 * process, a few six-seat matches of SDK clients in two load-generator processes, playing
 * bot-driven turns for a few seconds.
 * Every client stays connected, nothing fails, every command's effect comes back, turns get
 * played, and the report carries the figures `npm run loadtest` prints.
 */
import { describe, expect, it } from "vitest";
import { runLoadTest } from "../../scripts/loadtest-core";

describe("load test", () => {
  it("holds every connection of a few matches, with every command answered", async () => {
    const report = await runLoadTest({ matches: 4, durationS: 8, rampPerSecond: 8, thinkMs: [100, 500], sampleEveryMs: 2000, procs: 2 });
    expect(report.clients).toBe(24);
    expect(report.connectionsHeld).toBe(24);
    expect(report.failures).toEqual({});
    expect(report.latencyMs.count).toBeGreaterThan(50);
    expect(report.turnsCompleted).toBeGreaterThan(0);
    // Generous: this machine is shared; the real target is checked by `npm run loadtest`.
    expect(report.latencyMs.p50).toBeLessThan(250);
    expect(report.bytesPerClientPerTurn).toBeGreaterThan(0);
    expect(report.memory.loadedHeapMB).toBeGreaterThan(0);
    expect(report.samples.length).toBeGreaterThan(0);
    const refused = Object.keys(report.refusals).filter((code) => !/^(command\/stale|phase\/not_now|proposal\/(closed|not_found|already_accepted))$/.test(code));
    expect(refused).toEqual([]);
  }, 90_000);
});
