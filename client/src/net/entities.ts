/**
 * Turns the decoded entities of a viewer's slot (docs/protocol.md, "Synchronised state") back
 * into the plain values of a MatchView. An absent field is read back as null where the view's
 * type says null, and left out where it says optional.
 */
import type { Scenario } from "../../../shared/scenario/types";
import { cardFromWire } from "../../../shared/protocol/state/scenario-words";
import type { GameEvent } from "../../../shared/events";
import type { Orders } from "../../../shared/orders";
import type { TurnSnapshot } from "../../../shared/state";
import type { TeamView } from "../../../shared/team-draft";
import type { Proposal, Treaty } from "../../../shared/terms";
import type { ChatMessage } from "../model/chat";

/** A decoded entity or collection (Colyseus Schema, MapSchema, ArraySchema). */
export interface Entity {
  toJSON(): unknown;
  [field: string]: unknown;
}
export interface EntityMap<V = Entity> {
  forEach(cb: (value: V, key: string) => void): void;
  get(key: string): V | undefined;
  readonly size: number;
}
export interface EntityList<V = Entity> {
  readonly length: number;
  at(index: number): V | undefined;
  forEach(cb: (value: V, index: number) => void): void;
}

type Plain = Record<string, unknown>;

/** Event fields whose absence means null, by kind (the others are absent when not given). */
const EVENT_NULLABLE: Readonly<Record<string, readonly string[]>> = {
  card: ["cardId", "to"],
  treaty: ["by"],
  violation: ["owner"],
  interception: ["country", "strikeId", "treatyId"],
  shootDown: ["country", "strikeId", "treatyId"],
  impact: ["mostHit"],
  fighting: ["control", "previous"],
};

export function json<T = Plain>(entity: unknown): T {
  return (entity as Entity).toJSON() as T;
}

function nullable(plain: Plain, fields: readonly string[]): Plain {
  for (const field of fields) plain[field] ??= null;
  return plain;
}

export function mapOf<V, T>(map: EntityMap<V> | undefined, read: (value: V, key: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  map?.forEach((value, key) => (out[key] = read(value, key)));
  return out;
}

export function listOf<V, T>(list: EntityList<V> | EntityMap<V> | undefined, read: (value: V) => T): T[] {
  const out: T[] = [];
  list?.forEach((value: V) => out.push(read(value)));
  return out;
}

const pairs = (points: unknown): [number, number][] => listOf(points as EntityList, (p) => [p.lon as number, p.lat as number]);

export function readOrders(entity: Entity): Orders {
  const orders = json<Orders & Plain>(entity);
  orders.strikes = listOf(entity.strikes as EntityList, (s) => ({ ...json<Orders["strikes"][number]>(s), waypoints: pairs(s.waypoints) }));
  return orders;
}

export function readProposal(entity: Entity): Proposal {
  return nullable(json(entity), ["counterOf"]) as unknown as Proposal;
}

export function readTreaty(entity: Entity): Treaty {
  return nullable(json(entity), ["proposalId", "endedTurn", "endedBy"]) as unknown as Treaty;
}

export function readSnapshot(entity: Entity): TurnSnapshot {
  const tracks: Plain = {};
  const influence: Plain = {};
  (entity.powers as EntityMap).forEach((p, power) => {
    tracks[power] = json(p.tracks);
    influence[power] = json(p.influence);
  });
  return { turn: entity.turn, escalation: entity.escalation, tracks, influence, strength: json(entity.strength) } as unknown as TurnSnapshot;
}

/** Event fields that are lists of ids, sent as one string of ids separated by spaces, by kind. */
const EVENT_ID_LISTS: Readonly<Record<string, readonly string[]>> = {
  proposal: ["parties"],
  treaty: ["parties"],
  interception: ["by"],
  shootDown: ["by"],
  pledgeBroken: ["zones"],
  nfzStatus: ["zones"],
  strikeFlown: ["granted", "violated", "detectedOver"],
};

const ids = (joined: string): string[] => (joined === "" ? [] : joined.split(" "));

/**
 * The event at index `index` of the viewer's log (its number is index + 1); a deck card's words
 * come from the match's scenario, a turn and phase left out from the last phase event before it (`now`).
 */
export function readEvent(entity: Entity, index: number, scenario: Scenario, now: { turn: number; phase: string } | null): GameEvent {
  let event = json<Plain>(entity);
  if (now) {
    event.turn ??= now.turn;
    event.phase ??= now.phase;
  }
  const seenBy = event.seenBy as string | undefined;
  delete event.seenBy;
  event.visibleTo = seenBy === undefined ? "all" : ids(seenBy);
  event.seq = index + 1;
  const kind = event.kind as string;
  nullable(event, EVENT_NULLABLE[kind] ?? []);
  for (const field of EVENT_ID_LISTS[kind] ?? []) if (typeof event[field] === "string") event[field] = ids(event[field] as string);
  if (kind === "strikeFlown") {
    const flat = event.route as number[];
    const route: [number, number][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) route.push([flat[i]!, flat[i + 1]!]);
    event.route = route;
  }
  if (kind === "card") event = cardFromWire(scenario, event as Parameters<typeof cardFromWire>[1]) as unknown as Plain;
  if (typeof event.causeCode === "string") {
    const cause: Plain = {};
    for (const field of Object.keys(event)) {
      if (!field.startsWith("cause")) continue;
      cause[field[5]!.toLowerCase() + field.slice(6)] = event[field];
      delete event[field];
    }
    event.cause = cause;
  }
  return event as unknown as GameEvent;
}

export function readChat(entity: Entity): ChatMessage {
  return nullable(json(entity), ["to"]) as unknown as ChatMessage;
}

export function readTeam(entity: Entity): TeamView {
  const team = nullable(json(entity), ["captain"]);
  const draft = entity.draft as Entity | undefined;
  if (draft) {
    const plain = nullable(json(draft), ["sent"]);
    if (draft.orders) plain.orders = readOrders(draft.orders as Entity);
    team.draft = plain;
  }
  return team as unknown as TeamView;
}
