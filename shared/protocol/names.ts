/**
 * The names on the wire: the room every match is, the messages a client sends (each one a
 * handler of the match room; tests/server/protocol.test.ts checks the room registers exactly
 * these) and the messages the server sends. Both sides use these constants, never a literal.
 */

/** The Colyseus room name of a match (server/app.ts defines it; the client creates it). */
export const ROOM_NAME = "match";

/** The facilitator's classroom messages (server/rooms/classroom.ts); refused to anyone else. */
export const CLASSROOM_MESSAGES = ["roster", "assign", "kick", "bots", "broadcast", "teamcap", "readyrule", "rename", "entry", "realmatch"] as const;
export type ClassroomMessage = (typeof CLASSROOM_MESSAGES)[number];

/** Every message a client may send to a match room, by name. */
export const MESSAGES = {
  /** A rules command (shared/commands.ts), stamped with the turn and phase the sender saw. */
  command: "command",
  /** Changes to the team's shared orders draft, and sending it as the team's orders. */
  draft: "draft",
  chat: "chat",
  /** A spectator takes a free seat. */
  claim: "claim",
  /** The server's clock, for the phase countdown. */
  time: "time",
  /** The facilitator's clock controls. */
  pause: "pause",
  extend: "extend",
  ...(Object.fromEntries(CLASSROOM_MESSAGES.map((name) => [name, name])) as { readonly [K in ClassroomMessage]: K }),
} as const;
export type MessageName = keyof typeof MESSAGES;
export const MESSAGE_NAMES = Object.keys(MESSAGES) as MessageName[];

/** Every message the server sends to a client, by name. */
export const SERVER_MESSAGES = {
  /** Who this connection is: on joining, on claiming a seat, when the facilitator moves or renames it. */
  seat: "seat",
  /** A refusal of a message that was sent without waiting for a reply. */
  error: "error",
  /** The answer to a "time" message sent without waiting for a reply. */
  time: "time",
  /** The facilitator's roster, whenever it changes. */
  roster: "roster",
  /** A facilitator's broadcast. */
  announcement: "announcement",
  /** The facilitator removed this student; the connection closes. */
  kicked: "kicked",
} as const;
export type ServerMessageName = keyof typeof SERVER_MESSAGES;
