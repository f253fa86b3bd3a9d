/**
 * Copies a match session into the room's schema state: the public header and seats, and each
 * viewer's slot from `viewForSeat` (the one function that decides what a seat may see). Only the
 * slots someone is connected to are kept up to date; a slot catches up when its first client
 * arrives, before that client receives anything.
 */
import { POWERS, viewForSeat } from "../../shared";
import type { MatchState, Viewer } from "../../shared";
import { canReadChat } from "../match/chat";
import type { MatchSession } from "../match/session";
import type { ChatMessage } from "../match/types";
import { MatchRoomState, PlayerState, SeatState, ViewerSlot } from "./room-state";

/** JSON already written during one sync, by object: the views of several viewers share objects. */
type JsonMemo = Map<object, string>;
/** What one sync has learnt: JSON written, and comparisons made (new value → old value → same). */
interface Memo {
  json: JsonMemo;
  same: Map<object, Map<object, boolean>>;
}

/**
 * True only if both values are written as the same JSON (plain data: same keys in the same order,
 * same primitives). May say false for values that are written the same (undefined members, NaN):
 * the caller then compares their JSON.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function sameJsonMemo(before: unknown, now: unknown, memo: Memo["same"]): boolean {
  if (before === null || now === null || typeof before !== "object" || typeof now !== "object") return sameJson(before, now);
  let known = memo.get(now);
  if (!known) memo.set(now, (known = new Map()));
  let same = known.get(before);
  if (same === undefined) known.set(before, (same = sameJson(before, now)));
  return same;
}

function jsonText(value: unknown, memo: JsonMemo): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  let text = memo.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    memo.set(value, text);
  }
  return text;
}

/** Chat messages kept in a slot (all of them stay in the store and the archive). */
export const CHAT_KEPT = 300;

export class StateMirror {
  readonly state = new MatchRoomState();
  readonly viewers: Viewer[];
  /** Per viewer: each view field's last value and its JSON, as the slot holds it. */
  private readonly parts = new Map<Viewer, Map<string, { value: unknown; text: string }>>();
  /** Per viewer: the last event (seq) its slot holds or has skipped as not its to see. */
  private readonly lastSeq = new Map<Viewer, number>();
  /** Per viewer: the last event its slot holds, in the viewer's own numbering (viewForSeat numbers each viewer's events apart). */
  private readonly lastOwnSeq = new Map<Viewer, number>();
  /** Per viewer: chat messages it may read so far (their numbers in its slot). */
  private readonly chatRead = new Map<Viewer, number>();
  /** Per viewer: clients holding its slot (a dropped client still counts: it may come back). */
  private readonly watchers = new Map<Viewer, number>();
  /** Per viewer: its slot is behind the rules' state. */
  private readonly stale = new Set<Viewer>();
  /**
   * JSON of the log's events and of the history's snapshots, which never change once made (the
   * rules copy only the lists, not their entries, from one state to the next).
   */
  private readonly lasting = new WeakMap<object, string>();

  constructor(private readonly session: MatchSession) {
    this.viewers = [...POWERS, "spectator", ...(session.settings.facilitator ? (["facilitator"] as const) : [])];
    const s = this.state;
    s.matchId = session.id;
    s.name = session.settings.name;
    s.scenarioId = session.settings.scenarioId;
    s.visibility = session.settings.visibility;
    s.timerProfile = session.settings.timerProfile;
    s.facilitated = session.settings.facilitator;
    for (const power of POWERS) {
      const seat = new SeatState();
      seat.power = power;
      s.seats.set(power, seat);
    }
    for (const viewer of this.viewers) {
      const slot = new ViewerSlot();
      slot.viewer = viewer;
      s.slots.set(viewer, slot);
      this.parts.set(viewer, new Map());
      this.lastSeq.set(viewer, 0);
      this.watchers.set(viewer, 0);
    }
    this.syncAll();
    // Messages older than a slot keeps are only counted, so that numbers go on where they were.
    const kept = Math.max(0, session.chatLog.length - CHAT_KEPT * 4);
    for (const message of session.chatLog.slice(0, kept)) {
      for (const viewer of this.viewers) if (canReadChat(message, viewer)) this.chatRead.set(viewer, (this.chatRead.get(viewer) ?? 0) + 1);
    }
    for (const message of session.chatLog.slice(kept)) this.addChat(message);
  }

  slot(viewer: Viewer): ViewerSlot {
    const slot = this.state.slots.get(viewer);
    if (!slot) throw new Error(`no slot for ${viewer}`);
    return slot;
  }

  /** A client will hold this viewer's slot: brings the slot up to date first. */
  watch(viewer: Viewer): ViewerSlot {
    this.watchers.set(viewer, (this.watchers.get(viewer) ?? 0) + 1);
    if (this.stale.has(viewer)) this.syncViewers([viewer]);
    return this.slot(viewer);
  }

  /** A client left this viewer's slot for good. */
  unwatch(viewer: Viewer): void {
    this.watchers.set(viewer, Math.max(0, (this.watchers.get(viewer) ?? 0) - 1));
  }

  syncAll(): void {
    this.syncRules();
    this.syncSeats();
    this.syncClock();
  }

  /**
   * The rules' state started over (a lesson's practice turn ended, server/match/practice.ts):
   * each slot's log is written again from the new state's, and the views follow it.
   */
  restart(): void {
    for (const viewer of this.viewers) {
      this.slot(viewer).log.clear();
      this.lastSeq.set(viewer, 0);
      this.lastOwnSeq.delete(viewer);
    }
    this.teamsAt = "";
    this.syncAll();
  }

  /** Each team's draft and readiness, to its own members and to the facilitator. */
  syncTeams(): void {
    this.teamsAt = `${this.session.state.turn}:${this.session.state.phase}`;
    const views = POWERS.map((p) => this.session.team.view(p));
    for (const viewer of this.viewers) {
      if (viewer === "spectator") continue;
      const text = JSON.stringify(viewer === "facilitator" ? views : views.filter((v) => v.power === viewer));
      const slot = this.slot(viewer);
      if (slot.team !== text) slot.team = text;
    }
  }

  /** After the rules' state changed: the header, and the views of the viewers someone watches. */
  syncRules(): void {
    const match = this.session.state;
    const s = this.state;
    s.status = match.status;
    s.phase = match.phase;
    s.turn = match.turn;
    s.turns = match.turns;
    for (const power of POWERS) this.state.seats.get(power)!.ready = match.powers[power].ready;
    for (const viewer of this.viewers) this.stale.add(viewer);
    this.syncViewers(this.viewers.filter((v) => (this.watchers.get(v) ?? 0) > 0));
    // A team's view changes with its own events (and seats); from the rules, only with the phase.
    if (`${match.turn}:${match.phase}` !== this.teamsAt) this.syncTeams();
  }

  /** The turn and phase the team slots were last written for. */
  private teamsAt = "";

  /**
   * Each viewer's view comes from `viewForSeat`, given only the events after those its slot
   * already holds (the log is append-only and each event's visibility is its own: the same filter
   * over fewer events). A value the views share (zones, …) is written as JSON once per sync; the
   * log's events and the history's snapshots once for good.
   */
  private syncViewers(viewers: readonly Viewer[]): void {
    if (viewers.length === 0) return;
    const match = this.session.state;
    const memo: Memo = { json: new Map(), same: new Map() };
    const log = match.log;
    const since = Math.min(...viewers.map((v) => this.lastSeq.get(v)!));
    let from = log.length;
    while (from > 0 && log[from - 1]!.seq > since) from--;
    for (const viewer of viewers) {
      this.syncView(viewer, match, from, memo);
      this.lastSeq.set(viewer, log.at(-1)?.seq ?? 0);
      this.stale.delete(viewer);
    }
  }

  syncSeats(): void {
    for (const power of POWERS) {
      const info = this.session.seatInfo(power);
      const seat = this.state.seats.get(power)!;
      seat.bot = info.bot;
      seat.botReason = info.botReason ?? "";
      seat.botLevel = info.level;
      seat.claimable = info.claimable;
      seat.connected = info.players.some((p) => p.connected);
      seat.ready = this.session.state.powers[power].ready;
      info.players.forEach((p, i) => {
        let player = seat.players.at(i);
        if (!player) {
          player = new PlayerState();
          seat.players.push(player);
        }
        if (player.name !== p.name) player.name = p.name;
        if (player.connected !== p.connected) player.connected = p.connected;
      });
      while (seat.players.length > info.players.length) seat.players.pop();
    }
    this.state.facilitatorPresent = this.session.facilitatorPresent;
    this.state.spectators = this.session.spectators;
    this.syncTeams();
  }

  syncClock(): void {
    const clock = this.session.clockView();
    const s = this.state;
    s.deadline = clock.deadline ?? 0;
    s.remaining = clock.paused ? (clock.remainingMs ?? 0) : 0;
    s.paused = clock.paused;
    s.pauseReason = clock.pauseReason ?? "";
  }

  /**
   * A message reaches each viewer who may read it, numbered in that viewer's own count: gaps in
   * the numbers would tell a seat how much private talk it was not party to.
   */
  addChat(chatMessage: ChatMessage): void {
    // Who wrote it, as the records know them, stays on the server.
    const { by: _by, ...message } = chatMessage;
    for (const viewer of this.viewers) {
      if (!canReadChat(message, viewer)) continue;
      const seq = (this.chatRead.get(viewer) ?? 0) + 1;
      this.chatRead.set(viewer, seq);
      const chat = this.slot(viewer).chat;
      chat.push(JSON.stringify({ ...message, seq }));
      while (chat.length > CHAT_KEPT) chat.shift();
    }
  }

  /**
   * A field is written as JSON (and sent) only if it may have changed: most commands change one
   * or two fields of a view, and comparing values costs less than writing them.
   */
  private syncView(viewer: Viewer, state: MatchState, logFrom: number, memo: Memo): void {
    const { log, ...rest } = viewForSeat(state, viewer, logFrom);
    const slot = this.slot(viewer);
    const cache = this.parts.get(viewer)!;
    const fields = Object.entries(rest);
    // A field the view no longer has (the practice flag) leaves the slot.
    if (cache.size > fields.length) {
      for (const key of [...cache.keys()]) {
        if (key in rest) continue;
        cache.delete(key);
        slot.view.delete(key);
      }
    }
    for (const [key, value] of fields) {
      const before = cache.get(key);
      if (before && sameJsonMemo(before.value, value, memo.same)) {
        before.value = value;
        continue;
      }
      const text = key === "history" ? this.historyText(value as unknown[]) : jsonText(value, memo.json);
      if (before && before.text === text) {
        before.value = value;
        continue;
      }
      cache.set(key, { value, text });
      slot.view.set(key, text);
    }
    const last = this.lastOwnSeq.get(viewer) ?? 0;
    for (const event of log) if (event.seq > last) slot.log.push(this.lastingText(event));
    if (log.length > 0) this.lastOwnSeq.set(viewer, log.at(-1)!.seq);
  }

  private lastingText(entry: object): string {
    let text = this.lasting.get(entry);
    if (text === undefined) {
      text = JSON.stringify(entry);
      this.lasting.set(entry, text);
    }
    return text;
  }

  private historyText(history: unknown[]): string {
    return `[${history.map((h) => (h !== null && typeof h === "object" ? this.lastingText(h) : (JSON.stringify(h) ?? "null"))).join(",")}]`;
  }
}
