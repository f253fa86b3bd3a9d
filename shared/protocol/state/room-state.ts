/**
 * The synchronised state of a match room (docs/protocol.md, "Synchronised state"). The root and
 * the seats are public, with what every viewer's view holds alike (turn, phase, escalation, the
 * ending, who is ready, whose orders are in). Each viewer (a power, "spectator", "facilitator")
 * has a slot, tagged `.view()`, that only the clients holding that seat receive: its
 * `viewForSeat` output as entities (entities/*.ts), so that a change sends only the entities and
 * fields that changed.
 */
import "./exact-numbers";
import { schema, t } from "@colyseus/schema";
import type { SchemaType } from "@colyseus/schema";
import { ChatEntry } from "./chat";
import { EventEntry } from "./events";
import { OrdersEntry, PastOrdersEntry } from "./orders";
import { TeamEntry } from "./team";
import { ProposalEntry, TreatyEntry } from "./terms";
import { AssetEntry, ObjectivesEntry, PowerEntry, SnapshotEntry, ZoneEntry } from "./world";

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
  /** The power has sent its orders this turn. */
  ordersIn: t.boolean(),
}, "Seat");
export type SeatState = SchemaType<typeof SeatState>;

export const EndingState = schema({
  /** "turns", "openWar" or "facilitator". */
  reason: t.string(),
  turn: t.number(),
  /** Power → final score. */
  scores: t.map("number"),
}, "Ending");

export const ViewerSlot = schema({
  viewer: t.string(),
  /** Zone id → the zone as the viewer sees it. */
  zones: t.map(ZoneEntry),
  /** Power → its tracks, influence, posture (and secret objective where the viewer may know it). */
  powers: t.map(PowerEntry),
  /** Asset id → its stock (known for the viewer's own assets). */
  assets: t.map(AssetEntry),
  /** Power → the orders it sent this turn, as far as the viewer may see them. */
  orders: t.map(OrdersEntry),
  pastOrders: t.array(PastOrdersEntry),
  /** Proposal id → the proposals the viewer is party to. */
  proposals: t.map(ProposalEntry),
  /** Treaty id → the treaties the viewer may know of. */
  treaties: t.map(TreatyEntry),
  /** Power → where its objectives stand (the viewer's own; every power's for the facilitator). */
  objectives: t.map(ObjectivesEntry),
  /** Snapshot of each resolved turn, as the viewer sees it. */
  history: t.array(SnapshotEntry),
  /** The events the viewer may see, in order: the entry at index i is its event number i + 1. */
  log: t.array(EventEntry),
  /** The last chat messages the viewer may read, in order. */
  chat: t.array(ChatEntry),
  /** Power → team draft and readiness: a power's own team; every team for the facilitator. */
  teams: t.map(TeamEntry),
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
  deadline: t.number(),
  /** Time left in ms while paused (0 otherwise). */
  remaining: t.number(),
  paused: t.boolean(),
  /** "facilitator", "empty" (nobody connected) or "". */
  pauseReason: t.string(),
  timerProfile: t.string(),
  seats: t.map(SeatState),
  facilitated: t.boolean(),
  facilitatorPresent: t.boolean(),
  spectators: t.uint16(),
  escalation: t.number(),
  /** No-fly-zone treaties in force this turn. */
  nfzInForce: t.array("string"),
  /** A lesson's practice turn is being played (the view's `practice`; it starts over after). */
  practice: t.boolean(),
  /** How the match ended; absent while it runs. */
  ending: t.ref(EndingState).optional(),
  slots: t.map(ViewerSlot).view(),
}, "MatchRoomState");
export type MatchRoomState = SchemaType<typeof MatchRoomState>;
