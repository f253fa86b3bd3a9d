/**
 * Writes the rules' state onto the room state: what every viewer sees alike onto the public root,
 * and a viewer's `viewForSeat` output onto its slot. Only what differs from what they hold is
 * written, so only that is sent.
 */
import { at } from "../../shared/at";
import { powersOf } from "../../shared/scenario/ids-of";
import type { GameEvent, MatchState, MatchView, TurnSnapshot } from "../../shared";
import type { ObjectiveStatus } from "../../shared/rules/objective-status";
import { getScenario } from "../../shared/scenario";
import type { Scenario } from "../../shared/scenario/types";
import { cardOnWire, objectiveOnWire } from "../../shared/protocol/state/scenario-words";
import { shareUnchanged } from "../../shared/share-unchanged";
import { EventEntry } from "../../shared/protocol/state/events";
import { OrdersEntry, PastOrdersEntry } from "../../shared/protocol/state/orders";
import { ProposalEntry, TreatyEntry } from "../../shared/protocol/state/terms";
import { AssetEntry, ObjectivesEntry, PowerEntry, SnapshotEntry, ZoneEntry } from "../../shared/protocol/state/world";
import { EndingState } from "../../shared/protocol/state/room-state";
import type { MatchRoomState, ViewerSlot } from "../../shared/protocol/state/room-state";
import type { SharedEvents } from "./shared-events";
import { adopt, place, syncArray, syncEntity, syncMap } from "./sync-entity";

/** The header of the rules' state (the same for every viewer's view) onto the root and the seats. */
export function writeRules(root: MatchRoomState, match: MatchState): void {
  root.status = match.status;
  root.phase = match.phase;
  root.turn = match.turn;
  root.turns = match.turns;
  root.scenarioId = match.scenarioId;
  if (root.practice !== (match.practice === true)) root.practice = match.practice === true;
  if (root.escalation !== match.escalation) root.escalation = match.escalation;
  syncArray(root.nfzInForce, match.nfzInForce, "string");
  if (match.ending) {
    root.ending ??= new EndingState();
    syncEntity(root.ending, match.ending);
  } else if (root.ending) root.ending = undefined;
  for (const power of powersOf(match)) {
    const seat = root.seats.get(power);
    if (!seat) continue;
    if (seat.ready !== at(match.powers, power).ready) seat.ready = at(match.powers, power).ready;
    const ordersIn = match.orders[power] !== undefined;
    if (seat.ordersIn !== ordersIn) seat.ordersIn = ordersIn;
  }
}

/**
 * A viewer's view onto its slot. The view's log may start anywhere up to the events the slot
 * holds (viewForSeat's logFrom): the slot's entry i is the viewer's event i + 1. With `shared`,
 * an event entity another slot got for the same telling is put in this slot's log too
 * (`sources`: the rules' events the view's log tells, in order).
 */
export function writeView(slot: ViewerSlot, view: MatchView, shared?: { events: SharedEvents; sources: readonly GameEvent[] | null }): void {
  const scenario = getScenario(view.scenarioId);
  if (slot.viewer !== view.viewer) slot.viewer = view.viewer;
  syncMap(slot.zones, view.zones, ZoneEntry);
  syncMap(slot.powers, view.powers, PowerEntry);
  syncMap(slot.assets, view.assets, AssetEntry);
  syncMap(slot.orders, view.orders, OrdersEntry);
  syncArray(slot.pastOrders, view.pastOrders, PastOrdersEntry);
  syncMap(slot.proposals, view.proposals, ProposalEntry);
  syncMap(slot.treaties, view.treaties, TreatyEntry);
  syncMap(slot.objectives, objectivesOf(scenario, view, slot), ObjectivesEntry);
  syncArray(slot.history, view.history.map(snapshotOf), SnapshotEntry);
  const sources = shared?.sources;
  let now = phaseIn(slot.log);
  view.log.forEach((event, i) => {
    if (event.seq <= slot.log.length) return;
    if (event.seq !== slot.log.length + 1) throw new Error(`${view.viewer}'s event ${event.seq} would be entry ${slot.log.length + 1}`);
    const source = sources?.[i];
    const known = source && shared!.events.get(source, event);
    if (known) {
      slot.log.push(known);
      adopt(known);
    } else {
      place(undefined, wireEvent(scenario, event, now), EventEntry, (entry) => slot.log.push(entry as EventEntry));
      if (source) shared!.events.set(source, event, slot.log.at(-1)!);
    }
    if (event.kind === "phase") now = { turn: event.turn, phase: event.phase };
  });
}

type PhaseNow = { turn: number; phase: string } | null;

/** The turn and phase of the last phase event a slot's log holds (phase events are public: every slot has them all). */
function phaseIn(log: ViewerSlot["log"]): PhaseNow {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log.at(i)!;
    if (entry.kind === "phase") return { turn: entry.turn, phase: entry.phase };
  }
  return null;
}

/** Event fields that are lists of ids: on the wire, one string (entities/events.ts). */
const ID_LISTS = ["parties", "by", "zones", "granted", "violated", "detectedOver"] as const;

/**
 * An event as its entity's fields: id lists joined, the route flat, the cause's fields its own,
 * `visibleTo` as `seenBy`, a deck card without the words both ends hold (scenario-words.ts), and
 * no turn or phase where they are those of the last phase event (`now`).
 */
function wireEvent(scenario: Scenario, event: GameEvent, now: PhaseNow): object {
  const { seq: _seq, visibleTo, ...fields } = (event.kind === "card" ? cardOnWire(scenario, event) : event) as GameEvent & Record<string, unknown>;
  const out: Record<string, unknown> = fields;
  if (visibleTo !== "all") out.seenBy = visibleTo.join(" ");
  for (const name of ID_LISTS) if (Array.isArray(out[name])) out[name] = (out[name] as string[]).join(" ");
  if (event.kind === "strikeFlown") out.route = event.route.flat();
  if ("cause" in event) {
    delete out.cause;
    for (const [name, value] of Object.entries(event.cause)) out[`cause${name[0]!.toUpperCase()}${name.slice(1)}`] = value;
  }
  if (now && event.kind !== "phase" && event.turn === now.turn && event.phase === now.phase) {
    delete out.turn;
    delete out.phase;
  }
  return out;
}
/**
 * Each power's objectives as entity fields, the texts the scenario holds left out; made once per
 * list, and the same list as the slot's last where no status changed (each state has its own).
 */
function objectivesOf(scenario: Scenario, view: MatchView, slot: ViewerSlot): Record<string, { items: unknown[] }> {
  const out: Record<string, { items: unknown[] }> = {};
  let last = LAST_OBJECTIVES.get(slot);
  if (!last) LAST_OBJECTIVES.set(slot, (last = new Map()));
  for (const [power, given] of Object.entries(view.objectives)) {
    if (!given) continue;
    const before = last.get(power);
    const items = before ? shareUnchanged(given.slice(), before) : given;
    last.set(power, items);
    let entry = OBJECTIVE_ENTRIES.get(items);
    if (!entry) OBJECTIVE_ENTRIES.set(items, (entry = { items: items.map((o) => objectiveOnWire(scenario, o)) }));
    out[power] = entry;
  }
  return out;
}

const OBJECTIVE_ENTRIES = new WeakMap<readonly ObjectiveStatus[], { items: unknown[] }>();
const LAST_OBJECTIVES = new WeakMap<ViewerSlot, Map<string, ObjectiveStatus[]>>();

/** A snapshot as its entity's fields, made once per snapshot (the views share unchanged snapshots, sync-entity.ts skips them). */
function snapshotOf(snapshot: TurnSnapshot): object {
  let entry = SNAPSHOT_ENTRIES.get(snapshot);
  if (entry) return entry;
  const powers: Record<string, object> = {};
  for (const [power, tracks] of Object.entries(snapshot.tracks)) powers[power] = { tracks, influence: snapshot.influence[power] };
  entry = { turn: snapshot.turn, escalation: snapshot.escalation, powers, strength: snapshot.strength };
  SNAPSHOT_ENTRIES.set(snapshot, entry);
  return entry;
}

const SNAPSHOT_ENTRIES = new WeakMap<TurnSnapshot, object>();
