/**
 * The synchronised state of a match room. The root and the seats are public; each viewer
 * (a power, "spectator", "facilitator") has a slot, tagged `.view()`, that only the clients
 * holding that seat receive. A slot holds that viewer's `viewForSeat` output: the view's
 * top-level fields as JSON strings (only a changed field is re-sent), its event log as an
 * array of JSON strings (a new event costs only its own bytes), and the chat it may read.
 */
import { schema, t } from "@colyseus/schema";
import type { SchemaType } from "@colyseus/schema";

export const PlayerState = schema({
  name: t.string(),
  connected: t.boolean(),
}, "Player");
export type PlayerState = SchemaType<typeof PlayerState>;

export const SeatState = schema({
  power: t.string(),
  players: t.array(PlayerState),
  /** A bot plays the seat now. */
  bot: t.boolean(),
  /** "reserved" (a bot seat), "open" (nobody holds it), "absent" (its holders are away), or "". */
  botReason: t.string(),
  botLevel: t.string(),
  /** Humans may claim it. */
  claimable: t.boolean(),
  connected: t.boolean(),
  ready: t.boolean(),
}, "Seat");
export type SeatState = SchemaType<typeof SeatState>;

export const ViewerSlot = schema({
  viewer: t.string(),
  /** MatchView field name → JSON of its value (every field but `log`). */
  view: t.map("string"),
  /** The viewer's events, in order, each as JSON. */
  log: t.array("string"),
  /** Chat messages the viewer may read, in order, each as JSON. */
  chat: t.array("string"),
  /** JSON of the TeamView[] the viewer may see (shared/team-draft.ts): a power's own team; every team for the facilitator. */
  team: t.string(),
}, "ViewerSlot");
export type ViewerSlot = SchemaType<typeof ViewerSlot>;

export const MatchRoomState = schema({
  matchId: t.string(),
  name: t.string(),
  scenarioId: t.string(),
  visibility: t.string(),
  status: t.string(),
  phase: t.string(),
  turn: t.uint16(),
  turns: t.uint16(),
  /** Epoch ms at which the phase ends (0: paused or untimed). */
  deadline: t.float64(),
  /** Time left in ms while paused (0 otherwise). */
  remaining: t.float64(),
  paused: t.boolean(),
  /** "facilitator", "empty" (nobody connected) or "". */
  pauseReason: t.string(),
  timerProfile: t.string(),
  seats: t.map(SeatState),
  facilitated: t.boolean(),
  facilitatorPresent: t.boolean(),
  spectators: t.uint16(),
  slots: t.map(ViewerSlot).view(),
}, "MatchRoomState");
export type MatchRoomState = SchemaType<typeof MatchRoomState>;
