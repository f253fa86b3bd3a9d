/** The HTTP API beside the WebSocket endpoint: health, the public match list, join codes, quick play, archives. */
import { ID_PATTERN } from "../../shared/ids";
import { isPowerOf } from "../../shared/scenario/ids-of";
import { setTimeout as sleep } from "node:timers/promises";
import express from "express";
import type { Application, Request } from "express";
import { matchMaker } from "@colyseus/core";
import { z } from "zod";
import { DEFAULT_SCENARIO_ID, hasScenario } from "../../shared";
import { reportFault } from "../contain";
import { mountArchiveRoutes } from "./archive-routes";
import { mountScenarioRoutes } from "./scenario-routes";
import { mountJoinAddress } from "./join-address";
import { mountHealth } from "./health";
import { isOperator, mayCreate, requestAddress } from "./guard";
import { error } from "./reply";
import { normaliseCode } from "../match/secrets";
import { ROOM_NAME } from "../../shared/protocol";
import { describeLive, openPublicMatches } from "../rooms/listing";
import type { InternalCreate } from "../rooms/match-room";
import type { Services } from "../services";

const quickPlaySchema = z.strictObject({ scenario: z.string().max(60).optional(), power: z.string().regex(ID_PATTERN).optional() });
/** A quick-play match moves fast: seconds per phase (briefing, diplomacy, orders, report). */
const QUICK_PLAY_TIMERS = { briefing: 15, diplomacy: 120, orders: 60, report: 30 } as const;

export function mountRoutes(app: Application, services: Services, status: { ready: boolean; startedAt: number }): void {
  const { store } = services;
  mountArchiveRoutes(app, services);
  mountScenarioRoutes(app, services);
  mountJoinAddress(app, process.env.PUBLIC_URL || null, services.config.host);

  mountHealth(app, services, status);

  app.get("/api/matches", async (_req, res) => {
    res.json({
      matches: (await openPublicMatches()).map((m) => ({
        id: m.id,
        name: m.name,
        scenario: m.scenario,
        seatsFree: m.seatsFree,
        players: m.players,
        phase: m.phase,
        turn: m.turn,
        turns: m.turns,
      })),
    });
  });

  app.get("/api/matches/:id", async (req: Request<{ id: string }>, res) => {
    const id = req.params.id.slice(0, 40);
    // Asked of the match's room, here or on another process; the live hash only for the operator or the facilitator.
    const damage = services.health.damageOf(id);
    if (damage) {
      // It could not be restored: said so, with why, rather than shown as running without a hash.
      const named = await store.header(id).catch(() => null);
      return void res.json({ id, name: named?.name ?? null, status: "damaged", code: damage.code, reason: damage.reason, hash: null });
    }
    const facilitatorKey = req.get("x-facilitator-key");
    const live = await describeLive(id, { operator: isOperator(req, services.config.operatorToken), ...(facilitatorKey ? { facilitatorKey: facilitatorKey.slice(0, 100) } : {}) });
    if (live) return void res.json(live);
    const header = await store.header(id);
    if (!header) return error(res, 404, "match/not_found");
    res.json({ id: header.id, name: header.name, status: header.status, hash: header.finalHash });
  });

  // Join codes are short: unknown codes spend the asker's budget of guesses (services.guesses).
  app.get("/api/code/:code", async (req: Request<{ code: string }>, res) => {
    const matchId = await store.matchIdByCode(normaliseCode(req.params.code.slice(0, 40)));
    const header = matchId ? await store.header(matchId) : null;
    if (!header) {
      // A wrong code beyond the address's budget is answered only after a wait; a right one never waits.
      await sleep(services.guesses.penaltyMs(requestAddress(req, services.config.trustProxy), Date.now()));
      return error(res, 404, "code/unknown");
    }
    res.json({ matchId: header.id, name: header.name });
  });

  app.post("/api/quickplay", express.json({ limit: "2kb" }), async (req, res) => {
    const parsed = quickPlaySchema.safeParse(req.body ?? {});
    if (!parsed.success) return error(res, 400, "quickplay/malformed");
    const scenario = parsed.data.scenario ?? DEFAULT_SCENARIO_ID;
    if (!hasScenario(scenario)) return error(res, 400, "create/unknown_scenario", { scenario });
    const { power } = parsed.data;
    if (power !== undefined && !isPowerOf({ scenarioId: scenario }, power)) return error(res, 400, "seat/unknown_power", { power, scenario });
    const open = (await openPublicMatches())
      .filter((m) => !m.facilitated && m.scenario.id === scenario && (power === undefined || m.seatsFree.includes(power)))
      .sort((a, b) => a.createdAt - b.createdAt)[0];
    if (open) return void res.json({ matchId: open.id, created: false });
    const allowed = mayCreate(services.creations, requestAddress(req, services.config.trustProxy), Date.now());
    if (!allowed.ok) {
      res.set("retry-after", String(Math.ceil(allowed.retryAfterMs / 1000)));
      return error(res, 429, "create/rate_limited");
    }
    const options: InternalCreate = {
      internal: { token: services.internalToken, match: { visibility: "public", scenario, timers: { ...QUICK_PLAY_TIMERS }, name: "Quick play" } },
    };
    try {
      const room = await matchMaker.createRoom(ROOM_NAME, options);
      res.json({ matchId: room.roomId, created: true });
    } catch (e) {
      reportFault("POST /api/quickplay", e);
      error(res, 500, "server/create_failed");
    }
  });
}
