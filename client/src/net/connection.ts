/**
 * The client's one link to the server: joins or creates a match room with @colyseus/sdk, keeps
 * the seat key (rejoin after a refresh), turns the room state into the seat's MatchView and its
 * new events and chat, sends commands stamped with the view's turn and phase, and reports every
 * server error in words. Scenes and panels listen to it; nothing else talks to the server.
 */
import { knowScenarioOf } from "./custom-scenario";
import { getScenario } from "../../../shared/scenario";
import { showMapOf } from "../map/projection";
import { ui } from "../lang/ui";
import { Client } from "@colyseus/sdk";
import type { Room } from "@colyseus/sdk";
import type { GameEvent } from "../../../shared/events";
import type { PowerId, Viewer } from "../../../shared/ids";
import type { ErrorCode, Params } from "../../../shared/result";
import type { MatchView } from "../../../shared/view";
import { MESSAGES, SERVER_MESSAGES } from "../../../shared/protocol";
import type { CommandBody, CreateOptions, ErrorMessage, JoinOptions, MessageName, Payload, ReplyTo, SeatMessage, ServerMessage, ServerTime } from "../../../shared/protocol";
import type { ChatMessage } from "../model/chat";
import type { DraftEdit, TeamView } from "../../../shared/team-draft";
import { Emitter } from "../model/emitter";
import { errorText } from "../model/format";
import { Api } from "./api";
import { readPublicState } from "./public-state";
import type { PublicState } from "./public-state";
import { SeatStore } from "./seat-store";
import type { KeyValueStore, StoredSeat } from "./seat-store";
import { SlotReader, decoderOf } from "./slot";
import { createRoom, joinRoom } from "./open-room";
import type { RootLike, SlotLike } from "./slot";

export type { SeatMessage };

export type ConnectionStatus = "idle" | "connecting" | "connected" | "reconnecting" | "lost";

export interface ConnectionEvents extends Record<string, unknown> {
  /** The view changed: the new view, events appended, changed fields. */
  /** `restarted`: the match started over (its practice turn ended); a screen shows it afresh. */
  view: { view: MatchView; events: GameEvent[]; changed: string[]; restarted: boolean };
  public: PublicState;
  chat: ChatMessage[];
  /** The teams this seat sees changed (its own; every team for the facilitator). */
  team: TeamView[];
  seat: SeatMessage;
  /** A problem to tell the player, in words. */
  error: { code: string; text: string };
  status: ConnectionStatus;
  /** Any other message from the server (classroom: roster, announcement, kicked). */
  message: ServerMessage;
}

/** Options of a new match (shared/protocol/validators.ts createOptionsSchema). */
export type CreateMatchOptions = CreateOptions;

export type JoinAs = { power: PowerId } | { quick: true } | { spectator: true } | { waiting: true } | { facilitatorKey: string };

const REJOIN_ATTEMPTS = 8;

export class Connection extends Emitter<ConnectionEvents> {
  readonly api: Api;
  readonly seats: SeatStore;
  private readonly client: Client;
  private room: Room | null = null;
  private reader = new SlotReader();
  private leaving = false;
  private rejoinTimer: ReturnType<typeof setTimeout> | null = null;
  status: ConnectionStatus = "idle";
  view: MatchView | null = null;
  publicState: PublicState | null = null;
  seat: SeatMessage | null = null;
  /** Every chat message received in this match, in order. */
  chatLog: ChatMessage[] = [];
  /** The teams this seat sees (shared/team-draft.ts), as last received. */
  teams: TeamView[] = [];
  /** Server clock minus local clock, ms. */
  serverOffsetMs = 0;
  /** This connection saw the match's practice turn (its screens say when the real match begins). */
  practiceSeen = false;

  constructor(
    readonly baseUrl: string,
    storage: KeyValueStore | null,
  ) {
    super();
    this.api = new Api(baseUrl);
    this.seats = new SeatStore(storage);
    this.client = new Client(baseUrl);
  }

  get matchId(): string | null {
    return this.room?.roomId ?? this.seat?.matchId ?? null;
  }

  get viewer(): Viewer | null {
    return this.seat?.viewer ?? null;
  }

  /** The power this seat plays, or null for a spectator or facilitator. */
  get power(): PowerId | null {
    const v = this.seat?.viewer;
    return v && v !== "spectator" && v !== "facilitator" ? v : null;
  }

  // --- joining

  async create(match: CreateMatchOptions, power: PowerId | null, name: string): Promise<void> {
    const options: JoinOptions = { match, name, ...(power ? { power } : { quick: true }) };
    await this.enter(() => createRoom(this.client, options));
  }

  /** Creates a facilitated match (classroom): this browser becomes its facilitator. */
  async createFacilitated(match: CreateMatchOptions, name: string): Promise<void> {
    const options: JoinOptions = { match: { ...match, facilitator: true }, name };
    await this.enter(() => createRoom(this.client, options));
  }

  async join(matchId: string, as: JoinAs, name: string): Promise<void> {
    const options: JoinOptions = { ...as, name, device: this.seats.device };
    await knowScenarioOf(this.baseUrl, matchId);
    await this.enter(() => joinRoom(this.client, matchId, options));
  }

  async quickPlay(name: string, power?: PowerId, scenario?: string): Promise<void> {
    const { matchId } = await this.wrap(() => this.api.quickPlay(power, scenario));
    await this.join(matchId, power ? { power } : { quick: true }, name);
  }

  /** The seat this browser holds in a match, if any. */
  storedSeat(matchId: string): StoredSeat | null {
    return this.seats.get(matchId);
  }

  /** Rejoins with the stored seat key (or facilitator key); as a spectator if none is stored. */
  async rejoin(matchId: string): Promise<void> {
    const stored = this.seats.get(matchId);
    const options: JoinOptions = { ...this.comeBackAs(matchId), ...(stored?.name ? { name: stored.name } : {}) };
    await knowScenarioOf(this.baseUrl, matchId);
    await this.enter(() => joinRoom(this.client, matchId, options));
  }

  /** How to come back to a match: with the stored facilitator key or seat key, or as a spectator. */
  private comeBackAs(matchId: string): JoinOptions {
    const stored = this.seats.get(matchId);
    return stored?.facilitatorKey ? { facilitatorKey: stored.facilitatorKey } : stored?.seatKey ? { seatKey: stored.seatKey } : { spectator: true };
  }

  /** Takes a free seat while spectating. */
  async claim(power: PowerId | null): Promise<ReplyTo<"claim">> {
    return this.request(MESSAGES.claim, power ? { power } : {});
  }

  async leave(): Promise<void> {
    this.leaving = true;
    this.cancelRejoin();
    const room = this.room;
    this.room = null;
    this.view = null;
    this.publicState = null;
    this.seat = null;
    this.chatLog = [];
    this.teams = [];
    this.reader = new SlotReader();
    this.setStatus("idle");
    if (room) await room.leave(true).catch(() => undefined);
  }

  private async enter(open: () => Promise<Room>): Promise<void> {
    if (this.room) await this.leave();
    this.leaving = false;
    this.setStatus("connecting");
    let room: Room;
    try {
      room = await open();
    } catch (error) {
      this.setStatus("idle");
      throw this.report(error);
    }
    this.attach(room);
    await this.waitForView();
    // The match's map (its airspace for the route preview, its outlines) before any screen draws it.
    await showMapOf(getScenario(this.view!.scenarioId)).catch((error: unknown) => {
      throw this.report(error instanceof Error ? error : new Error(String(error)));
    });
    void this.syncClock();
  }

  private attach(room: Room): void {
    if (this.room?.roomId !== room.roomId) {
      this.chatLog = [];
      this.practiceSeen = false;
    }
    this.room = room;
    this.reader = new SlotReader();
    const decoder = decoderOf(room);
    if (decoder) this.reader.follow(decoder);
    room.onMessage(SERVER_MESSAGES.seat, (seat: SeatMessage) => {
      this.seat = seat;
      this.seats.save({ matchId: seat.matchId, viewer: seat.viewer, name: seat.name, code: seat.code, ...(seat.seatKey ? { seatKey: seat.seatKey } : {}), ...(seat.facilitatorKey ? { facilitatorKey: seat.facilitatorKey } : {}) });
      const stored = this.seats.get(seat.matchId);
      if (stored && !seat.seatKey && !seat.facilitatorKey) this.seat = { ...seat, ...(stored.seatKey ? { seatKey: stored.seatKey } : {}) };
      this.emit("seat", this.seat);
      this.readState();
    });
    room.onMessage(SERVER_MESSAGES.error, (e: ErrorMessage) => this.emitError(e.code, errorText(e)));
    room.onMessage(SERVER_MESSAGES.time, () => undefined);
    room.onMessage("*", (type, payload) => this.emit("message", { type, payload } as ServerMessage));
    room.onStateChange(() => this.readState());
    room.onDrop(() => this.setStatus("reconnecting"));
    room.onReconnect(() => {
      this.setStatus("connected");
      void this.syncClock();
    });
    room.onError((code, message) => this.emitOwn("net/room_error", { status: code, ...(message ? { detail: errorText(message) } : {}) }));
    room.onLeave((code) => {
      if (this.room !== room || this.leaving) return;
      // 4000/1000: we left; anything else was not our choice: come back with the seat key.
      if (code === 4000 || code === 1000) {
        this.setStatus("idle");
        return;
      }
      this.scheduleRejoin(room.roomId, 0);
    });
    this.setStatus("connected");
  }

  private scheduleRejoin(matchId: string, attempt: number): void {
    this.setStatus("reconnecting");
    if (attempt >= REJOIN_ATTEMPTS) {
      this.setStatus("lost");
      this.emitOwn("net/lost");
      return;
    }
    const delay = Math.min(8000, 500 * 2 ** attempt);
    this.rejoinTimer = setTimeout(() => {
      this.rejoinTimer = null;
      joinRoom(this.client, matchId, this.comeBackAs(matchId)).then(
        (room) => {
          this.attach(room);
          void this.syncClock();
        },
        () => this.scheduleRejoin(matchId, attempt + 1),
      );
    }, delay);
  }

  private cancelRejoin(): void {
    if (this.rejoinTimer) clearTimeout(this.rejoinTimer);
    this.rejoinTimer = null;
  }

  private waitForView(timeoutMs = 8000): Promise<void> {
    if (this.view && this.seat) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const start = Date.now();
      const tick = () => {
        this.readState();
        if (this.view && this.seat) return resolve();
        if (Date.now() - start > timeoutMs) return reject(this.report(new Error(ui().common.connection.noState)));
        setTimeout(tick, 30);
      };
      tick();
    });
  }

  private readState(): void {
    const room = this.room;
    if (!room) return;
    const state = room.state as Record<string, unknown> | undefined;
    // Until the first full state arrives (the seat message can come first) the state is all defaults: not paused, no match.
    if (!state || !state.matchId) return;
    this.publicState = readPublicState(state);
    this.emit("public", this.publicState);
    const slots: SlotLike[] = [];
    (state.slots as { forEach(cb: (s: SlotLike) => void): void } | undefined)?.forEach((s) => slots.push(s));
    const wanted = this.seat?.viewer;
    const slot = slots.find((s) => s.viewer === wanted) ?? (slots.length === 1 ? slots[0] : undefined);
    if (!slot) return;
    const update = this.reader.read(slot, state as unknown as RootLike);
    if (!update) return;
    if (update.changed.length > 0 || update.events.length > 0 || !this.view) {
      this.view = update.view;
      if (update.view.practice) this.practiceSeen = true;
      this.emit("view", { view: update.view, events: update.events, changed: update.changed, restarted: update.restarted });
    }
    if (update.team) {
      this.teams = update.team;
      this.emit("team", update.team);
    }
    if (update.chat.length > 0) {
      const last = this.chatLog[this.chatLog.length - 1]?.seq ?? 0;
      this.chatLog.push(...update.chat.filter((m) => m.seq > last));
      this.emit("chat", update.chat);
    }
  }

  /** Estimates the server clock's offset from one round trip. */
  private async syncClock(): Promise<void> {
    const room = this.room;
    if (!room) return;
    try {
      const t0 = Date.now();
      const answer = (await room.request(MESSAGES.time, {})) as Partial<ServerTime> | undefined;
      const t1 = Date.now();
      if (typeof answer?.now === "number") this.serverOffsetMs = answer.now - (t0 + t1) / 2;
    } catch {
      // The clock stays as it was; deadlines are off by the skew at worst.
    }
  }

  // --- sending

  /** Sends a rules command stamped with the view's turn and phase; errors are reported. */
  async command(body: CommandBody): Promise<ReplyTo<"command">> {
    const view = this.view;
    if (!view) return this.fail(MESSAGES.command, "net/no_view");
    return this.request(MESSAGES.command, { ...body, turn: view.turn, phase: view.phase });
  }

  /** Changes to the team's shared draft, and (send) the draft sent as the team's orders. */
  async draft(edits: DraftEdit[], send = false): Promise<ReplyTo<"draft">> {
    const view = this.view;
    if (!view) return this.fail(MESSAGES.draft, "net/no_view");
    return this.request(MESSAGES.draft, { turn: view.turn, edits, ...(send ? { send } : {}) });
  }

  async chat(to: "public" | PowerId[], text: string): Promise<ReplyTo<"chat">> {
    return this.request(MESSAGES.chat, { to, text });
  }

  /** Sends a message and waits for its reply; a refusal is reported as an error too. */
  async request<N extends MessageName>(type: N, payload: Payload<N>): Promise<ReplyTo<N>> {
    const room = this.room;
    if (!room || this.status !== "connected") return this.fail(type, "net/offline");
    try {
      const answer = (await room.request(type, payload)) as ReplyTo<N> | undefined;
      if (!answer) return this.fail(type, "net/no_reply");
      if (!answer.ok) this.emitError(answer.code, errorText(answer));
      return answer;
    } catch (error) {
      return this.fail(type, "net/request_failed", { detail: errorText(String((error as Error)?.message ?? error)) });
    }
  }

  /** The client's own refusal of a message, in the server's reply shape. */
  private fail(type: MessageName, code: ErrorCode, params: Params = {}): ErrorMessage & { ok: false } {
    const message = this.emitOwn(code, params);
    return { ok: false, type, code, params, message };
  }

  // --- errors and status

  private wrap<T>(fn: () => Promise<T>): Promise<T> {
    return fn().catch((error: unknown) => {
      throw this.report(error);
    });
  }

  /** Tells the player about an error and returns it, as an Error with words a player reads. */
  private report(error: unknown): Error {
    const raw = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown })?.code;
    if (typeof code === "string") {
      const text = errorText(raw || { code });
      this.emitError(code, text);
      return new Error(text);
    }
    return new Error(this.emitOwn("net/error", raw ? { detail: errorText(raw) } : {}));
  }

  /** Reports one of the client's own errors, worded by the catalog; returns the words. */
  private emitOwn(code: ErrorCode, params: Params = {}): string {
    const text = errorText({ code, params });
    this.emitError(code, text);
    return text;
  }

  private emitError(code: string, text: string): void {
    this.emit("error", { code, text });
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.emit("status", status);
  }
}
