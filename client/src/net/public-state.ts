/** The room's public header (phase, clock, seats), copied out of the Colyseus schema state. */
import { getScenario, hasScenario } from "../../../shared/scenario";
import { powerIds } from "../../../shared/scenario/ids-of";
import type { PowerId } from "../../../shared/ids";

export interface SeatPublic {
  power: PowerId;
  players: { name: string; connected: boolean }[];
  bot: boolean;
  botReason: string;
  claimable: boolean;
  connected: boolean;
  ready: boolean;
}

export interface PublicState {
  matchId: string;
  name: string;
  scenarioId: string;
  visibility: string;
  status: string;
  phase: string;
  turn: number;
  turns: number;
  /** Epoch ms (server clock) at which the phase ends; 0 when paused or untimed. */
  deadline: number;
  /** Time left while paused (ms). */
  remaining: number;
  paused: boolean;
  pauseReason: string;
  timerProfile: string;
  seats: Record<PowerId, SeatPublic>;
  facilitated: boolean;
  spectators: number;
}

interface Iterable<T> {
  forEach(cb: (value: T, key: string) => void): void;
}

type Raw = Record<string, unknown>;

export function readPublicState(state: Raw): PublicState {
  const seats = {} as Record<PowerId, SeatPublic>;
  const rawSeats = state.seats as Iterable<Raw> | undefined;
  const byPower = new Map<string, Raw>();
  rawSeats?.forEach((seat, key) => byPower.set(key, seat));
  // Every power of the match's scenario has a seat, in seat order; while the scenario is not
  // known here yet (a teacher's file not fetched), the seats the server wrote, in its order.
  const scenarioId = String(state.scenarioId ?? "");
  const order = hasScenario(scenarioId) ? [...new Set([...powerIds(getScenario(scenarioId)), ...byPower.keys()])] : [...byPower.keys()];
  for (const power of order) {
    const s = byPower.get(power) ?? {};
    const players: { name: string; connected: boolean }[] = [];
    (s.players as Iterable<Raw> | undefined)?.forEach((p) => players.push({ name: String(p.name ?? ""), connected: Boolean(p.connected) }));
    seats[power] = {
      power,
      players,
      bot: Boolean(s.bot),
      botReason: String(s.botReason ?? ""),
      claimable: Boolean(s.claimable),
      connected: Boolean(s.connected),
      ready: Boolean(s.ready),
    };
  }
  return {
    matchId: String(state.matchId ?? ""),
    name: String(state.name ?? ""),
    scenarioId,
    visibility: String(state.visibility ?? ""),
    status: String(state.status ?? ""),
    phase: String(state.phase ?? ""),
    turn: Number(state.turn ?? 0),
    turns: Number(state.turns ?? 0),
    deadline: Number(state.deadline ?? 0),
    remaining: Number(state.remaining ?? 0),
    paused: Boolean(state.paused),
    pauseReason: String(state.pauseReason ?? ""),
    timerProfile: String(state.timerProfile ?? ""),
    seats,
    facilitated: Boolean(state.facilitated),
    spectators: Number(state.spectators ?? 0),
  };
}

/** Milliseconds left in the phase by the local clock corrected by the server's offset; null if untimed. */
export function timeLeft(pub: Pick<PublicState, "deadline" | "remaining" | "paused">, localNow: number, serverOffsetMs: number): number | null {
  if (pub.paused) return pub.remaining > 0 ? pub.remaining : null;
  if (!pub.deadline) return null;
  return Math.max(0, pub.deadline - (localNow + serverOffsetMs));
}
