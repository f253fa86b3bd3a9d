/**
 * Copies a match session into the room's schema state: the public header and seats, and each
 * viewer's slot from `viewForSeat` (the one function that decides what a seat may see). Only the
 * slots someone is connected to are kept up to date; a slot catches up when its first client
 * arrives, before that client receives anything.
 */
import { at } from "../../shared/at";
import { powersOf } from "../../shared/scenario/ids-of";
import type { StateView } from "@colyseus/schema";
import { viewForSeat } from "../../shared";
import type { MatchState, PowerId, Viewer } from "../../shared";
import type { TeamView } from "../../shared/team-draft";
import { canReadChat } from "../match/chat";
import type { MatchSession } from "../match/session";
import type { ChatMessage } from "../match/types";
import { ChatEntry } from "../../shared/protocol/state/chat";
import { TeamEntry } from "../../shared/protocol/state/team";
import { MatchRoomState, PlayerState, SeatState, ViewerSlot } from "../../shared/protocol/state/room-state";
import { SharedEvents } from "./shared-events";
import { collecting, place, syncMap } from "./sync-entity";
import { writeRules, writeView } from "./write-view";

/** Chat messages kept in a slot (all of them stay in the store and the archive). */
export const CHAT_KEPT = 300;

export class StateMirror {
  readonly state = new MatchRoomState();
  readonly viewers: Viewer[];
  /** Per viewer: the last event (seq) its slot holds or has skipped as not its to see. */
  private readonly lastSeq = new Map<Viewer, number>();
  /** Per viewer: chat messages it may read so far (their numbers in its slot). */
  private readonly chatRead = new Map<Viewer, number>();
  /** Per viewer: the views of the clients holding its slot (a dropped client's still counts: it may come back). */
  private readonly watchers = new Map<Viewer, Set<StateView>>();
  /** Per viewer: its slot is behind the rules' state. */
  private readonly stale = new Set<Viewer>();
  /** Event entities in more than one slot's log. */
  private readonly events = new SharedEvents();
  constructor(private readonly session: MatchSession) {
    this.viewers = [...powersOf(session.settings), "spectator", ...(session.settings.facilitator ? (["facilitator"] as const) : [])];
    const s = this.state;
    s.matchId = session.id;
    s.name = session.settings.name;
    s.scenarioId = session.settings.scenarioId;
    s.visibility = session.settings.visibility;
    s.timerProfile = session.settings.timerProfile;
    s.facilitated = session.settings.facilitator;
    for (const power of powersOf(this.session.settings)) {
      const seat = new SeatState();
      seat.power = power;
      s.seats.set(power, seat);
    }
    for (const viewer of this.viewers) {
      const slot = new ViewerSlot();
      slot.viewer = viewer;
      s.slots.set(viewer, slot);
      this.lastSeq.set(viewer, 0);
      this.watchers.set(viewer, new Set());
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

  /** A client will hold this viewer's slot: brings the slot up to date, then shows it to the client's view. */
  watch(viewer: Viewer, view: StateView): ViewerSlot {
    if (this.stale.has(viewer)) this.syncViewers([viewer]);
    this.watchers.get(viewer)!.add(view);
    const slot = this.slot(viewer);
    view.add(slot);
    return slot;
  }

  /** A client left this viewer's slot (the caller takes the slot out of its view, if it keeps the view). */
  unwatch(viewer: Viewer, view: StateView): void {
    this.watchers.get(viewer)?.delete(view);
  }

  /** Writes into a viewer's slot; what the writing made is shown to the views holding the slot. */
  private write(viewer: Viewer, writing: () => void): void {
    const made = collecting(writing);
    if (made.length === 0) return;
    for (const view of this.watchers.get(viewer) ?? []) for (const entity of made) view.add(entity);
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
    }
    this.events.clear();
    this.teamsAt = "";
    this.syncAll();
  }

  /** Each team's draft and readiness, to its own members and to the facilitator. */
  syncTeams(): void {
    this.teamsAt = `${this.session.state.turn}:${this.session.state.phase}`;
    const views = powersOf(this.session.settings).map((p) => this.session.team.view(p));
    for (const viewer of this.viewers) {
      if (viewer === "spectator") continue;
      const shown: Partial<Record<PowerId, TeamView>> = {};
      for (const view of views) if (viewer === "facilitator" || view.power === viewer) shown[view.power] = view;
      this.write(viewer, () => syncMap(this.slot(viewer).teams, shown, TeamEntry));
    }
  }

  /** After the rules' state changed: the header, and the views of the viewers someone watches. */
  syncRules(): void {
    const match = this.session.state;
    writeRules(this.state, match);
    for (const viewer of this.viewers) this.stale.add(viewer);
    this.syncViewers(this.viewers.filter((v) => this.watchers.get(v)!.size > 0));
    // A team's view changes with its own events (and seats); from the rules, only with the phase.
    if (`${match.turn}:${match.phase}` !== this.teamsAt) this.syncTeams();
  }

  /** The turn and phase the team slots were last written for. */
  private teamsAt = "";

  /**
   * Each viewer's view comes from `viewForSeat`, given only the events after those its slot
   * already holds (the log is append-only and each event's visibility is its own: the same filter
   * over fewer events).
   */
  private syncViewers(viewers: readonly Viewer[]): void {
    if (viewers.length === 0) return;
    const match = this.session.state;
    const log = match.log;
    const since = Math.min(...viewers.map((v) => this.lastSeq.get(v)!));
    let from = log.length;
    while (from > 0 && log[from - 1]!.seq > since) from--;
    for (const viewer of viewers) {
      this.write(viewer, () => this.syncView(viewer, match, from));
      this.lastSeq.set(viewer, log.at(-1)?.seq ?? 0);
      this.stale.delete(viewer);
    }
  }

  syncSeats(): void {
    for (const power of powersOf(this.session.settings)) {
      const info = this.session.seatInfo(power);
      const seat = this.state.seats.get(power)!;
      seat.bot = info.bot;
      seat.botReason = info.botReason ?? "";
      seat.botLevel = info.level;
      seat.claimable = info.claimable;
      seat.connected = info.players.some((p) => p.connected);
      seat.ready = at(this.session.state.powers, power).ready;
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
      this.write(viewer, () => place(undefined, { ...message, seq }, ChatEntry, (entry) => chat.push(entry as InstanceType<typeof ChatEntry>)));
      while (chat.length > CHAT_KEPT) chat.shift();
    }
  }

  /** The slot takes the viewer's view, its events shared with the slots told them alike. */
  private syncView(viewer: Viewer, state: MatchState, logFrom: number): void {
    const view = viewForSeat(state, viewer, logFrom);
    // A slot nobody holds yet catches up with entities of its own (its first client gets it whole).
    const shared = this.watchers.get(viewer)!.size > 0 ? { events: this.events, sources: this.events.sources(state.log, logFrom, viewer, view.log) } : undefined;
    writeView(this.slot(viewer), view, shared);
  }
}
