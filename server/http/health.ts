/**
 * GET /health: whether this process serves, and whether it keeps what players do.
 * - "starting" (503) until the matches it hosts are restored after a start;
 * - "failing" (503) while the store's writes fail (a full disk, a read-only file: commands are
 *   refused) or it cannot be read at all;
 * - "degraded" (200) when some matches could not be restored: they are named, with why, and the
 *   others play on;
 * - "ok" (200).
 */
import type { Application } from "express";
import type { Services } from "../services";

/** At most this many damaged matches are named (all are counted). */
const MAX_NAMED = 50;

export function mountHealth(app: Application, services: Services, status: { ready: boolean; startedAt: number }): void {
  const { registry, health } = services;
  app.get("/health", (_req, res) => {
    const sessions = registry.all();
    const store = health.status;
    const state = !status.ready ? "starting" : store;
    const ok = state === "ok" || state === "degraded";
    const damaged = health.allDamaged();
    const writes = health.writeTrouble;
    const reads = health.readTrouble;
    res.status(ok ? 200 : 503).json({
      ok,
      status: state,
      uptime: Math.round((Date.now() - status.startedAt) / 1000),
      rooms: sessions.length,
      matches: sessions.filter((s) => s.state.status === "running").length,
      damaged: damaged.slice(0, MAX_NAMED),
      damagedCount: damaged.length,
      storage: {
        writes: writes ? { ok: false, since: writes.since, failures: writes.failures, reason: writes.reason } : { ok: true },
        reads: reads ? { ok: false, since: reads.since, failures: reads.failures, reason: reads.reason } : { ok: true },
      },
    });
  });
}
