/**
 * Every client message's payload and reply, by name: `Payload<"chat">` is what may be sent,
 * `ReplyTo<"chat">` what comes back. Payloads are inferred from the validators (type-only
 * imports: nothing of zod reaches the browser).
 */
import type { z } from "zod";
import type { Command } from "../commands";
import type { PowerId } from "../ids";
import type { Roster } from "../roster";
import type { ReadyRule } from "../team-draft";
import type { ClassroomMessage, MessageName } from "./names";
import type { Reply, SeatMessage, ServerTime } from "./replies";
import type { chatSchema, claimSchema, classroomSchemas, draftSchema, extendSchema, pauseSchema } from "./validators";

/** Fields every command carries that the client's connection stamps from the view it shows. */
export type Stamp = "turn" | "phase";

/** Distributes Omit over a union (each command keeps its own fields). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A rules command as a panel writes it: the connection adds the turn and phase. */
export type CommandBody = OmitEach<Command, Stamp>;

/** What each accepted classroom message returns beside `ok: true`. */
interface ClassroomResults {
  roster: { roster: Roster };
  assign: { player: string; power: PowerId };
  kick: { player: string };
  bots: { powers: PowerId[] };
  broadcast: {};
  teamcap: { size: number };
  readyrule: { rule: ReadyRule };
  rename: { player: string; name: string };
  entry: Required<Pick<Roster, "locked" | "assignOnly" | "removed" | "readyRule" | "captains">>;
  realmatch: {};
}

/** Payload and reply fields of every client message. */
export type Messages = {
  command: { payload: Command; result: {} };
  draft: { payload: z.input<typeof draftSchema>; result: { version: number } };
  chat: { payload: z.input<typeof chatSchema>; result: {} };
  claim: { payload: z.input<typeof claimSchema>; result: SeatMessage };
  time: { payload: Record<string, never>; result: ServerTime };
  pause: { payload: z.input<typeof pauseSchema>; result: { paused: boolean } };
  extend: { payload: z.input<typeof extendSchema>; result: {} };
} & { [K in ClassroomMessage]: { payload: z.input<(typeof classroomSchemas)[K]>; result: ClassroomResults[K] } };

export type Payload<N extends MessageName> = Messages[N]["payload"];
export type ResultOf<N extends MessageName> = Messages[N]["result"];
export type ReplyTo<N extends MessageName> = Reply<ResultOf<N>>;
