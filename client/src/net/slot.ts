/**
 * Reads a viewer's slot of the room state, with the public root, back into a MatchView
 * (docs/protocol.md, "Synchronised state"). The slot holds the view as entities; the root holds
 * what every viewer's view has alike (turn, phase, escalation, the ending, who is ready, whose
 * orders are in). Given the decoder's changes (`follow`), a read rebuilds only the view's fields
 * whose entities changed; the log and the chat are read on from where the last read stopped.
 */
import { powerIds } from "../../../shared/scenario/ids-of";
import { getScenario } from "../../../shared/scenario";
import { objectiveFromWire } from "../../../shared/protocol/state/scenario-words";
import type { GameEvent } from "../../../shared/events";
import type { MatchView } from "../../../shared/view";
import type { TeamView } from "../../../shared/team-draft";
import type { ChatMessage } from "../model/chat";
import type { Entity, EntityList, EntityMap } from "./entities";
import { json, listOf, mapOf, readChat, readEvent, readOrders, readProposal, readSnapshot, readTeam, readTreaty } from "./entities";

/** What the Colyseus decoder gives for a slot. */
export interface SlotLike {
  viewer: string;
  zones: EntityMap;
  powers: EntityMap;
  assets: EntityMap;
  orders: EntityMap;
  pastOrders: EntityList;
  proposals: EntityMap;
  treaties: EntityMap;
  objectives: EntityMap;
  history: EntityList;
  log: EntityList;
  chat: EntityList;
  teams: EntityMap;
}

/** The public root's fields the view takes. */
export interface RootLike {
  scenarioId: string;
  status: string;
  phase: string;
  turn: number;
  turns: number;
  escalation: number;
  practice?: boolean;
  nfzInForce: EntityList<string>;
  ending?: Entity;
  seats: EntityMap;
}

export interface SlotUpdate {
  view: MatchView;
  /** Events appended since the last read. */
  events: GameEvent[];
  /** Chat messages not seen before. */
  chat: ChatMessage[];
  /** Fields of the view that changed (log excluded). */
  changed: string[];
  /** The teams the viewer sees, when they changed since the last read. */
  team: TeamView[] | null;
  /** The match started over (a lesson's practice turn ended): the log was read again from its start. */
  restarted: boolean;
}

/** One change the decoder reports (a DataChange of @colyseus/schema). */
export interface ChangeLike {
  ref: object;
  field?: string;
}

type Field = Exclude<keyof MatchView, "log"> | "teams";

/** The view's fields that come from the root, by the root's field that holds them. */
const FROM_ROOT: Readonly<Record<string, readonly Field[]>> = {
  scenarioId: ["scenarioId"],
  status: ["status"],
  phase: ["phase"],
  turn: ["turn"],
  turns: ["turns"],
  escalation: ["escalation"],
  nfzInForce: ["nfzInForce"],
  ending: ["ending"],
  practice: ["practice"],
  seats: ["powers", "ordersIn"],
};
const SLOT_FIELDS: readonly Field[] = ["viewer", "zones", "powers", "assets", "orders", "pastOrders", "proposals", "treaties", "objectives", "history", "teams"];
const ALL_FIELDS: readonly Field[] = [...new Set([...Object.values(FROM_ROOT).flat(), ...SLOT_FIELDS])];

export class SlotReader {
  private readonly fields: Record<string, unknown> = {};
  private readonly log: GameEvent[] = [];

  /** The turn and phase of the last phase event read: the wire leaves them out of the events they apply to. */
  private phaseNow(): { turn: number; phase: string } | null {
    for (let i = this.log.length - 1; i >= 0; i--) {
      const event = this.log[i]!;
      if (event.kind === "phase") return { turn: event.turn, phase: event.phase };
    }
    return null;
  }
  private lastChatSeq = 0;
  private viewer: string | null = null;
  private teams: TeamView[] = [];
  /** Which view field each entity read so far belongs to. */
  private owner = new WeakMap<object, readonly Field[]>();
  /** Fields to read again: every field until the decoder's changes say which (follow). */
  private dirty: Set<Field> | null = null;
  private following = false;
  private slot: SlotLike | null = null;
  private root: RootLike | null = null;

  /** Hears every change the decoder applies, so that a read rebuilds only what changed. */
  follow(decoder: { triggerChanges?: (changes: ChangeLike[]) => void }): void {
    this.following = true;
    this.dirty = new Set(ALL_FIELDS);
    decoder.triggerChanges = (changes) => this.noteChanges(changes);
  }

  private noteChanges(changes: readonly ChangeLike[]): void {
    const dirty = (this.dirty ??= new Set());
    for (const change of changes) {
      if (change.ref === this.slot) {
        if (change.field && (SLOT_FIELDS as readonly string[]).includes(change.field)) dirty.add(change.field as Field);
      } else if (change.ref === this.root) {
        for (const f of FROM_ROOT[change.field ?? ""] ?? []) dirty.add(f);
      } else {
        const owners = this.owner.get(change.ref);
        if (owners) for (const f of owners) dirty.add(f);
        else if (this.slot === null || this.root === null) for (const f of ALL_FIELDS) dirty.add(f);
      }
    }
  }

  /** Reads the slot; null if it does not hold a complete view yet. */
  read(slot: SlotLike, root: RootLike): SlotUpdate | null {
    if (this.viewer !== null && slot.viewer !== this.viewer) this.reset();
    if (this.slot !== slot || this.root !== root) this.dirty = new Set(ALL_FIELDS);
    this.viewer = slot.viewer;
    this.slot = slot;
    this.root = root;
    const dirty = !this.following || this.dirty === null ? new Set(ALL_FIELDS) : this.dirty;
    this.dirty = this.following ? new Set() : null;
    const changed: string[] = [];
    let team: TeamView[] | null = null;
    const practising = this.fields.practice === true;
    for (const field of ALL_FIELDS) {
      if (!dirty.has(field)) continue;
      if (field === "practice") {
        // Only a practice turn's view has the field.
        if (root.practice) this.fields.practice = true;
        else delete this.fields.practice;
        changed.push(field);
        continue;
      }
      if (field === "teams") {
        const teams = listOf(slot.teams, readTeam);
        if (teams.length > 0 || this.teams.length > 0) team = teams;
        this.teams = teams;
        this.own(slot.teams, ["teams"]);
        continue;
      }
      this.fields[field] = this.readField(field, slot, root);
      changed.push(field);
    }
    // The server writes the log again when the match starts over after its practice turn.
    const restarted = (practising && this.fields.practice !== true) || slot.log.length < this.log.length;
    if (restarted) this.log.length = 0;
    let now = this.phaseNow();
    const events: GameEvent[] = [];
    for (let i = this.log.length; i < slot.log.length; i++) {
      const entry = slot.log.at(i);
      if (entry === undefined) break;
      const event = readEvent(entry, i, getScenario(root.scenarioId), now);
      if (event.kind === "phase") now = { turn: event.turn, phase: event.phase };
      this.log.push(event);
      events.push(event);
    }
    const chat: ChatMessage[] = [];
    for (let i = slot.chat.length - 1; i >= 0; i--) {
      const entry = slot.chat.at(i);
      if (entry === undefined) continue;
      if ((entry.seq as number) <= this.lastChatSeq) break;
      chat.unshift(readChat(entry));
    }
    if (chat.length > 0) this.lastChatSeq = chat[chat.length - 1]!.seq;
    if (!root.phase || !root.turn || slot.powers.size === 0) {
      this.dirty = null;
      return null;
    }
    const view = { ...this.fields, log: this.log } as unknown as MatchView;
    return { view, events, chat, changed, team, restarted };
  }

  private readField(field: Field, slot: SlotLike, root: RootLike): unknown {
    switch (field) {
      case "scenarioId":
      case "status":
      case "phase":
      case "turn":
      case "turns":
      case "escalation":
        return root[field];
      case "nfzInForce":
        this.own(root.nfzInForce, ["nfzInForce"]);
        return listOf(root.nfzInForce, (id) => id);
      case "ending":
        this.own(root.ending, ["ending"]);
        return root.ending ? json(root.ending) : null;
      case "ordersIn":
      case "powers":
        this.own(root.seats, FROM_ROOT.seats!);
        if (field === "ordersIn") {
          const given: string[] = [];
          root.seats.forEach((seat, p) => seat.ordersIn && given.push(p));
          return given;
        }
        this.own(slot.powers, ["powers"]);
        return mapOf(slot.powers, (p, power) => ({
          tracks: json(p.tracks),
          influence: json(p.influence),
          posture: p.posture,
          ready: root.seats.get(power)?.ready === true,
          secretObjective: p.secretObjective ?? null,
        }));
      case "viewer":
        return slot.viewer;
      case "zones":
        this.own(slot.zones, ["zones"]);
        return mapOf(slot.zones, (z) => ({ civilians: z.civilians, strength: json(z.strength), control: z.control ?? null }));
      case "assets":
        this.own(slot.assets, ["assets"]);
        return mapOf(slot.assets, (a) => ({ stock: a.stock ?? null }));
      case "orders":
        this.own(slot.orders, ["orders"]);
        return mapOf(slot.orders, readOrders);
      case "pastOrders":
        this.own(slot.pastOrders, ["pastOrders"]);
        return listOf(slot.pastOrders, (p) => ({ turn: p.turn, power: p.power, orders: readOrders(p.orders as Entity) }));
      case "proposals":
        this.own(slot.proposals, ["proposals"]);
        return listOf(slot.proposals, readProposal);
      case "treaties":
        this.own(slot.treaties, ["treaties"]);
        return listOf(slot.treaties, readTreaty);
      case "objectives":
        this.own(slot.objectives, ["objectives"]);
        return mapOf(slot.objectives, (o) => json<{ id: string }[]>(o.items).map((item) => objectiveFromWire(getScenario(root.scenarioId), item)));
      case "history":
        this.own(slot.history, ["history"]);
        return listOf(slot.history, readSnapshot);
      case "teams":
      case "practice":
        return null;
    }
  }

  /** Marks an entity and everything under it as belonging to these view fields. */
  private own(entity: unknown, fields: readonly Field[]): void {
    if (!this.following || entity === null || typeof entity !== "object") return;
    this.owner.set(entity, fields);
    const e = entity as { forEach?: (cb: (v: unknown) => void) => void; constructor: unknown };
    if (typeof e.forEach === "function") {
      e.forEach((child) => this.own(child, fields));
      return;
    }
    const metadata = (e.constructor as Record<symbol, Record<number, { name: string } | undefined>>)[Symbol.metadata];
    if (!metadata) return;
    for (let i = 0; metadata[i] !== undefined; i++) this.own((entity as Record<string, unknown>)[metadata[i]!.name], fields);
  }

  private reset(): void {
    for (const key of Object.keys(this.fields)) delete this.fields[key];
    this.log.length = 0;
    this.lastChatSeq = 0;
    this.teams = [];
    this.owner = new WeakMap();
  }
}

/** The decoder of a Colyseus SDK room (its schema serializer's). */
export function decoderOf(room: unknown): { triggerChanges?: (changes: ChangeLike[]) => void } | null {
  return (room as { serializer?: { decoder?: { triggerChanges?: (changes: ChangeLike[]) => void } } }).serializer?.decoder ?? null;
}

export type { Entity, EntityList, EntityMap };
