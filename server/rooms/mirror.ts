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
import { jsonText } from "./json-text";
import type { JsonMemo } from "./json-text";
import { MatchRoomState, PlayerState, SeatState, ViewerSlot } from "./room-state";

/** Chat messages kept in a slot (all of them stay in the store and the archive). */
export const CHAT_KEPT = 300;

export class StateMirror {
  readonly state = new MatchRoomState();
  readonly viewers: Viewer[];
  private readonly parts = new Map<Viewer, Map<string, string>>();
  /** Per viewer: the last event (seq) its slot holds or has skipped as not its to see. */
  private readonly lastSeq = new Map<Viewer, number>();
  /** Per viewer: clients holding its slot (a dropped client still counts: it may come back). */
  private readonly watchers = new Map<Viewer, number>();
  /** Per viewer: its slot is behind the rules' state. */
  private readonly stale = new Set<Viewer>();

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
    for (const message of session.chatLog.slice(-CHAT_KEPT * 4)) this.addChat(message);
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
  }

  /**
   * Each viewer's view comes from `viewForSeat`, given only the events after those its slot
   * already holds (the log is append-only and each event's visibility is its own: the same filter
   * over fewer events). Values the views share are written as JSON once (see jsonText).
   */
  private syncViewers(viewers: readonly Viewer[]): void {
    if (viewers.length === 0) return;
    const match = this.session.state;
    const memo: JsonMemo = new Map();
    const log = match.log;
    const since = Math.min(...viewers.map((v) => this.lastSeq.get(v)!));
    let from = log.length;
    while (from > 0 && log[from - 1]!.seq > since) from--;
    const fresh = from === 0 ? match : { ...match, log: log.slice(from) };
    for (const viewer of viewers) {
      this.syncView(viewer, fresh, memo);
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
  }

  syncClock(): void {
    const clock = this.session.clockView();
    const s = this.state;
    s.deadline = clock.deadline ?? 0;
    s.remaining = clock.paused ? (clock.remainingMs ?? 0) : 0;
    s.paused = clock.paused;
    s.pauseReason = clock.pauseReason ?? "";
  }

  addChat(message: ChatMessage): void {
    const text = JSON.stringify(message);
    for (const viewer of this.viewers) {
      if (!canReadChat(message, viewer)) continue;
      const chat = this.slot(viewer).chat;
      chat.push(text);
      while (chat.length > CHAT_KEPT) chat.shift();
    }
  }

  private syncView(viewer: Viewer, state: MatchState, memo: JsonMemo): void {
    const { log, ...rest } = viewForSeat(state, viewer);
    const slot = this.slot(viewer);
    const cache = this.parts.get(viewer)!;
    for (const [key, value] of Object.entries(rest)) {
      const text = jsonText(value, memo);
      if (cache.get(key) === text) continue;
      cache.set(key, text);
      slot.view.set(key, text);
    }
    const last = this.lastSeq.get(viewer)!;
    for (const event of log) if (event.seq > last) slot.log.push(jsonText(event, memo, 0));
  }
}
