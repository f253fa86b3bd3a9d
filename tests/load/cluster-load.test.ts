/**
 * The load test spread over two server processes sharing Redis and PostgreSQL (both started by
 * the load test on loopback), in small: each client matchmakes through one process in turn, so
 * most seats join a room hosted by the other. Every client stays connected, nothing fails, every
 * command's effect comes back, and both processes host matches.
 */
import { describe, expect, it } from "vitest";
import { runLoadTest } from "../../scripts/loadtest-core";

describe("load test over two processes", () => {
  it("holds every connection, answers every command, and hosts matches on both", async () => {
    const report = await runLoadTest({ servers: 2, matches: 6, durationS: 6, rampPerSecond: 8, thinkMs: [100, 500], sampleEveryMs: 2000, procs: 2 });
    expect(report.clients).toBe(36);
    expect(report.connectionsHeld).toBe(36);
    expect(report.failures).toEqual({});
    expect(report.errors).toBe(0);
    // A latency is counted only when the command's effect arrived in that client's state.
    expect(report.latencyMs.count).toBeGreaterThan(50);
    expect(report.latencyByType.orders?.count).toBeGreaterThan(0);
    expect(report.turnsCompleted).toBeGreaterThan(0);
    const refused = Object.keys(report.refusals).filter((code) => !/^(command\/stale|phase\/not_now|proposal\/(closed|not_found|already_accepted))$/.test(code));
    expect(refused).toEqual([]);

    expect(report.processes).toHaveLength(2);
    for (const p of report.processes) {
      expect(p.rooms).toBeGreaterThan(0);
      expect(p.clients).toBeGreaterThan(0);
      expect(p.loadedHeapMB).toBeGreaterThan(0);
    }
    expect(report.processes.reduce((n, p) => n + p.rooms, 0)).toBe(6);
    expect(report.processes.reduce((n, p) => n + p.clients, 0)).toBe(36);
    expect(report.server.cpuPercent).toBeGreaterThan(0);
  }, 90_000);
});
