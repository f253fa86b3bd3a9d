/** The whole state of a match as plain, serialisable data. */
import type { AssetId, CountryId, FactionId, Phase, Posture, PowerId, TrackId, ZoneId } from "./ids";
import type { GameEvent, MatchEndReason } from "./events";
import type { Orders } from "./orders";
import type { RngState } from "./rng";
import type { Proposal, Treaty } from "./terms";

export interface PowerState {
  tracks: Record<TrackId, number>;
  influence: Record<CountryId, number>;
  posture: Posture;
  ready: boolean;
  secretObjective: string;
}

export interface ZoneState {
  civilians: number;
  strength: Record<FactionId, number>;
  control: FactionId | null;
}

export interface AssetState {
  stock: number;
}

/** Tracks at the end of a turn, for the debrief's charts. */
export interface TurnSnapshot {
  turn: number;
  escalation: number;
  tracks: Record<PowerId, Record<TrackId, number>>;
  influence: Record<PowerId, Record<CountryId, number>>;
  strength: Record<FactionId, number>;
}

/** The orders a power sent for a turn, kept once the turn resolved. */
export interface PastOrders {
  turn: number;
  power: PowerId;
  orders: Orders;
}

export interface MatchState {
  scenarioId: string;
  seed: string;
  rng: RngState;
  turn: number;
  turns: number;
  phase: Phase;
  status: "running" | "ended";
  ending: { reason: MatchEndReason; turn: number; scores: Record<PowerId, number> } | null;
  escalation: number;
  powers: Record<PowerId, PowerState>;
  zones: Record<ZoneId, ZoneState>;
  assets: Record<AssetId, AssetState>;
  proposals: Proposal[];
  treaties: Treaty[];
  /** No-fly-zone treaties in force this turn (set at resolution, when patrols are counted). */
  nfzInForce: string[];
  /** Orders submitted this turn; kept until the next turn begins. */
  orders: Partial<Record<PowerId, Orders>>;
  /** Each resolved turn's orders, in turn and seat order (absent in matches stored before they were kept). */
  pastOrders?: PastOrders[];
  /** Counters for ids of proposals, treaties and events. */
  nextId: number;
  nextSeq: number;
  log: GameEvent[];
  history: TurnSnapshot[];
  /**
   * A lesson's practice turn (server/match/practice.ts), set by the server on a state of its own
   * that is discarded when the practice ends; the rules ignore it. Absent in every real match.
   */
  practice?: true;
}
