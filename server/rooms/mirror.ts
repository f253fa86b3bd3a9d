/**
 * Copies a match session into the room's schema state: the public header and seats, and each
 * viewer's slot from `viewForSeat` (the one function that decides what a seat may see).
 */
import { POWERS, viewForSeat } from "../../shared";
import type { Viewer } from "../../shared";
import { canReadChat } from "../match/chat";
import type { MatchSession } from "../match/session";
import type { ChatMessage } from "../match/types";
import { MatchRoomState, PlayerState, SeatState, ViewerSlot } from "./room-state";

/** Chat messages kept in a slot (all of them stay in the store and the archive). */
export const CHAT_KEPT = 300;

export class StateMirror {
  readonly state = new MatchRoomState();
  readonly viewers: Viewer[];
  private readonly parts = new Map<Viewer, Map<string, string>>();
  private readonly lastSeq = new Map<Viewer, number>();

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
    }
    this.syncAll();
    for (const message of session.chatLog.slice(-CHAT_KEPT * 4)) this.addChat(message);
  }

  slot(viewer: Viewer): ViewerSlot {
    const slot = this.state.slots.get(viewer);
    if (!slot) throw new Error(`no slot for ${viewer}`);
    return slot;
  }

  syncAll(): void {
    this.syncRules();
    this.syncSeats();
    this.syncClock();
  }

  /** After the rules' state changed: header and every viewer's view. */
  syncRules(): void {
    const match = this.session.state;
    const s = this.state;
    s.status = match.status;
    s.phase = match.phase;
    s.turn = match.turn;
    s.turns = match.turns;
    for (const power of POWERS) this.state.seats.get(power)!.ready = match.powers[power].ready;
    for (const viewer of this.viewers) this.syncView(viewer);
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

  private syncView(viewer: Viewer): void {
    const { log, ...rest } = viewForSeat(this.session.state, viewer);
    const slot = this.slot(viewer);
    const cache = this.parts.get(viewer)!;
    for (const [key, value] of Object.entries(rest)) {
      const text = JSON.stringify(value) ?? "null";
      if (cache.get(key) === text) continue;
      cache.set(key, text);
      slot.view.set(key, text);
    }
    const last = this.lastSeq.get(viewer)!;
    for (const event of log) {
      if (event.seq <= last) continue;
      slot.log.push(JSON.stringify(event));
      this.lastSeq.set(viewer, event.seq);
    }
  }
}
