/**
 * What the server answers. A message sent as a request (`room.request`) gets a reply: `ok: true`
 * with the message's result fields, or an error reply. A message sent without waiting for a reply
 * (`room.send`) is answered only if refused, by an "error" message to that client alone.
 */
import type { Viewer } from "../ids";
import type { Params } from "../result";
import type { Roster } from "../roster";
import type { ServerMessageName } from "./names";

export type { Params };

/** A refusal: a stable code ("area/what"), its parameters, and the English words for SDK users and logs. */
export interface ErrorReply {
  ok: false;
  /** The message refused. */
  type: string;
  code: string;
  params?: Params;
  message: string;
}

/** The "error" message: the same refusal, for a message sent without waiting for a reply. */
export type ErrorMessage = Omit<ErrorReply, "ok">;

/** An accepted message's reply: `ok: true` and what the message returns. */
export type OkReply<T extends object = {}> = { ok: true } & T;

export type Reply<T extends object = {}> = OkReply<T> | ErrorReply;

/** The "seat" message: who this connection is now (and, once, the keys to come back with). */
export interface SeatMessage {
  matchId: string;
  /** The match's join code. */
  code: string;
  viewer: Viewer;
  name: string;
  seatKey?: string;
  facilitatorKey?: string;
}

/** The "announcement" message: a facilitator's broadcast. */
export interface Announcement {
  from: string;
  to: "all" | Viewer;
  text: string;
  at: number;
}

/** The "kicked" message: the facilitator removed this student. */
export interface Kicked {
  message: string;
}

/** The "time" reply and message: the server's clock, ms since the epoch. */
export interface ServerTime {
  now: number;
}

/** What each message from the server carries, by name. */
export interface ServerMessages {
  seat: SeatMessage;
  error: ErrorMessage;
  time: ServerTime;
  roster: Roster;
  announcement: Announcement;
  kicked: Kicked;
}

/** One message from the server, its name telling its payload. */
export type ServerMessage = { [N in ServerMessageName]: { type: N; payload: ServerMessages[N] } }[ServerMessageName];
