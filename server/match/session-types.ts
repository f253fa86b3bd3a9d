/** The contract between a match session and what drives it (the room, the server, the tests). */
import type { Actor, GameEvent, MatchState, Phase, PowerId } from "../../shared";
import type { MatchStore } from "../store/store";
import type { BotFn } from "./bots";
import type { ChatMessage } from "./types";

export interface SessionDeps {
  store: MatchStore;
  /** The process hosting the match (its name in the store's leases). */
  owner: string;
  /** How long a new match's lease lasts before it must be renewed. */
  leaseMs: number;
  bots: BotFn;
  now(): number;
  /** How long a seat's holders may be away before a bot plays it. */
  absentGraceMs: number;
  /** A restored phase clock gets at least this much time, so players can come back. */
  restoreGraceMs: number;
  /** Most bot runs per seat and phase (a bot answering proposals cannot loop forever). */
  maxBotRunsPerPhase?: number;
  warn?(message: string): void;
}

export type SessionEvent =
  | { kind: "rules"; actor: Actor; events: GameEvent[] }
  | { kind: "seats" }
  | { kind: "clock" }
  | { kind: "chat"; message: ChatMessage }
  /** A team's draft or readiness changed. */
  | { kind: "team" }
  | { kind: "ended" }
  /** The practice turn is over: the rules' state started over at turn 1 (the log is not appended to but replaced). */
  | { kind: "restart" }
  /** The session stopped (see MatchSession.lose): its room must close. */
  | { kind: "lost" };

/** Who is connected, as the session counts them. */
export type Presence = { viewer: "facilitator" | "spectator" } | { viewer: PowerId; keyHash: string };

export interface MatchSummary {
  id: string;
  name: string;
  scenario: { id: string; name: string };
  visibility: "public" | "private";
  status: MatchState["status"];
  phase: Phase;
  turn: number;
  turns: number;
  seatsFree: PowerId[];
  players: number;
  createdAt: number;
}
