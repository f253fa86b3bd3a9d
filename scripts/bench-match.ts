/**
 * What the socket-free server benches share (bench-server.ts, bench-wire.ts): a match session
 * with its mirror, an encoder and the views of six powers' clients and a spectator, played by
 * normal bots.
 */
import { Encoder, StateView } from "@colyseus/schema";
import { viewForSeat } from "../shared";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { powerIds } from "../shared/scenario/ids-of";

/** These runs play caspian-salvo matches. */
const POWERS = powerIds(caspianSalvo);
import type { Viewer } from "../shared";
import { botCommands } from "../shared/bots";
import { passiveBot } from "../server/match/bots";
import { MatchSession } from "../server/match/session";
import type { MatchSettings } from "../server/match/types";
import { StateMirror } from "../server/rooms/mirror";
import type { MatchStore } from "../server/store/store";
import { loadScenarios } from "../shared/scenario/load";

// The rules look airspace up in the scenario maps, loaded once here.
await loadScenarios();

export interface BenchMatch {
  session: MatchSession;
  mirror: StateMirror;
  encoder: Encoder;
  views: StateView[];
}

export type BenchStep = (actor: Parameters<MatchSession["submit"]>[0], command: Record<string, unknown>) => void;

/** A private match of `turns + 1` turns on long timers, watched by every power's client and a spectator. */
export async function openBenchMatch(store: MatchStore, turns: number): Promise<BenchMatch> {
  const settings: MatchSettings = {
    name: "bench",
    visibility: "private",
    scenarioId: "caspian-salvo",
    turns: turns + 1,
    timerProfile: "custom",
    timers: { briefing: 600, diplomacy: 600, orders: 600, report: 600 },
    bots: {},
    botLevel: "normal",
    facilitator: false,
    teams: false,
  };
  const { session } = await MatchSession.create(settings, { store, owner: "local", leaseMs: 60_000, bots: passiveBot, now: () => Date.now(), absentGraceMs: 60_000, restoreGraceMs: 30_000 });
  const mirror = new StateMirror(session);
  const encoder = new Encoder(mirror.state);
  const viewers: Viewer[] = [...POWERS, "spectator"];
  const views = viewers.map((v) => {
    const view = new StateView();
    mirror.watch(v, view);
    return view;
  });
  return { session, mirror, encoder, views };
}

/** Normal bots play each power through `turns` turns, every command and phase advance through `step`; returns the turns completed. */
export function playBots(session: MatchSession, turns: number, step: BenchStep): number {
  let played = 0;
  for (let guard = 0; session.state.status === "running" && session.state.turn <= turns && guard < 300; guard++) {
    const state = session.state;
    if (state.phase !== "resolution") {
      const rounds = state.phase === "diplomacy" ? 2 : 1;
      for (let r = 0; r < rounds; r++) for (const p of POWERS) for (const c of botCommands(viewForSeat(session.state, p), p, "normal")) step(p, c);
    }
    const turn = session.state.turn;
    step("system", { type: "advance", turn: session.state.turn, phase: session.state.phase });
    if (session.state.turn !== turn) played++;
  }
  return played;
}
