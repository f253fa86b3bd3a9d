/**
 * One human-like player of the load test: a real @colyseus/sdk client holding one seat. Each
 * phase it "thinks" for a while, asks the bots (botCommands on its own view, rebuilt from the
 * state it received) what to do, sends those commands one at a time, and times each from the
 * send until the state change it causes arrives in a patch.
 */
import type { Client, Room } from "@colyseus/sdk";
import type { GameEvent, MatchView, PowerId } from "../shared";
import { botCommands } from "../shared/bots";
import { MESSAGES, SERVER_MESSAGES } from "../shared/protocol";
import { createRoom, joinRoom } from "../client/src/net/open-room";
import type { MessageName } from "../shared/protocol";
import type { BotLevel } from "../shared/bots";
import { SlotReader, decoderOf } from "../client/src/net/slot";
import type { RootLike, SlotLike, SlotUpdate } from "../client/src/net/slot";
import { loadScenarios } from "../shared/scenario/load";

// The rules look airspace up in the scenario maps, loaded once here.
await loadScenarios();

/** What every client of a load-generator process adds to. */
export class LoadStats {
  /** "ramp" while matches are being created, "steady" during the measured window, "done" after. */
  window: "ramp" | "steady" | "done" = "ramp";
  /** Message-to-patch latency in ms, per window. */
  readonly latency = { ramp: [] as number[], steady: [] as number[] };
  readonly latencyByType = new Map<string, number[]>();
  /** Refusals by error code, and other failures (join, timeout, disconnect) by kind. */
  readonly refusals = new Map<string, number>();
  readonly failures = new Map<string, number>();
  commands = 0;
  bytesSteady = 0;
  bytesJoin = 0;
  framesSteady = 0;
  /** Turns completed by all matches during the steady window (one per match and turn). */
  turnsSteady = 0;
  botMicros = 0;
  botCalls = 0;

  count(map: Map<string, number>, key: string): void {
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  fail(kind: string): void {
    this.count(this.failures, kind);
  }
}

interface SeatState {
  ready: boolean;
}
type SlotState = SlotLike;
interface RoomState {
  status: string;
  phase: string;
  turn: number;
  seats: Map<string, SeatState>;
  slots: { forEach(cb: (slot: SlotState) => void): void };
}

/** What a player sends: a rules command, or a chat line. */
export type Outgoing = { kind: "command"; body: Record<string, unknown> } | { kind: "chat"; to: "public" | PowerId[]; text: string };

/** Turns the bots' commands into what is really sent (tests plant marked strings this way). */
export type Planner = (commands: Record<string, unknown>[], context: { power: PowerId; view: MatchView }) => Outgoing[];

interface Pending {
  type: string;
  sentAt: number;
  check: () => boolean;
  done: (outcome: string) => void;
}

export interface PlayerOptions {
  level: BotLevel;
  /** Think time range before acting in a phase, ms. */
  thinkMs: [number, number];
  /** Chance of one chat line per diplomacy phase. */
  chatChance: number;
  /** Give up waiting for a command's patch after this long. */
  timeoutMs: number;
  /** Start playing as soon as joined (default); otherwise wait for `begin()`. */
  autoplay?: boolean;
  plan?: Planner;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Player {
  room!: Room;
  seatKey = "";
  /** The match's join code, as the server told this seat. */
  code = "";
  private pending: Pending | null = null;
  private actedFor = "";
  private acting = false;
  private stopped = false;
  private playing = true;
  /** Reads the slot as the browser client does (client/src/net/slot.ts), following the decoder's changes. */
  private readonly reader = new SlotReader();
  /** The events received so far, read when needed (not on every patch: a turn's report is large). */
  private readonly events: GameEvent[] = [];
  private lastTurn = 0;
  /** Set by the match when a turn ends (used to count turns once per match). */
  onTurn: ((turn: number) => void) | null = null;

  constructor(
    readonly power: PowerId,
    private readonly stats: LoadStats,
    private readonly options: PlayerOptions,
  ) {}

  /** Joins (or creates) and starts playing. */
  async start(client: Client, join: { create?: Record<string, unknown>; matchId?: string; seatKey?: string }): Promise<void> {
    this.playing = this.options.autoplay !== false;
    const options = join.seatKey ? { seatKey: join.seatKey } : { power: this.power, name: `load-${this.power}` };
    if (join.seatKey) this.seatKey = join.seatKey;
    // As the game's client opens it (decoded with its own copy of the state's types).
    this.room = join.create ? await createRoom(client, { ...join.create, ...options }) : await joinRoom(client, join.matchId!, options);
    const room = this.room;
    const decoder = decoderOf(room);
    if (decoder) this.reader.follow(decoder);
    let stateSeen = false;
    let joinCounted = false;
    room.onMessage(SERVER_MESSAGES.seat, (seat: { seatKey?: string; code?: string }) => {
      if (seat.seatKey) this.seatKey = seat.seatKey;
      if (seat.code) this.code = seat.code;
    });
    room.onMessage(SERVER_MESSAGES.error, (error: { code: string }) => {
      this.stats.count(this.stats.refusals, error.code);
      this.pending?.done(error.code);
    });
    room.onMessage("*", () => {});
    room.onLeave((code) => {
      if (!this.stopped) this.stats.fail(`left:${code}`);
    });
    room.onDrop(() => {
      if (!this.stopped) this.stats.fail("dropped");
    });
    const ws = (room.connection.transport as unknown as { ws?: { addEventListener(t: string, f: (e: { data: ArrayBuffer | Buffer | string }) => void): void } }).ws;
    ws?.addEventListener("message", (event) => {
      const data = event.data;
      const size = typeof data === "string" ? Buffer.byteLength(data) : (data as ArrayBuffer).byteLength;
      // The SDK decodes a frame before this listener runs: the first state frame counts as the join.
      if (!joinCounted) {
        this.stats.bytesJoin += size;
        joinCounted = stateSeen;
      } else if (this.stats.window === "steady") {
        this.stats.bytesSteady += size;
        this.stats.framesSteady++;
      }
    });
    room.onStateChange(() => {
      stateSeen = true;
      this.onPatch();
    });
  }

  /** Deciding or sending something now. */
  get busy(): boolean {
    return this.acting || this.pending !== null;
  }

  /** Starts playing (with `autoplay: false`). */
  begin(): void {
    this.playing = true;
    this.onPatch();
  }

  stop(): void {
    this.stopped = true;
    if (this.room) this.room.reconnection.enabled = false;
    this.pending?.done("stopped");
  }

  async leave(): Promise<void> {
    this.stop();
    if (this.room?.connection.isOpen) await this.room.leave().catch(() => undefined);
  }

  private get state(): RoomState {
    return this.room.state as unknown as RoomState;
  }

  private slot(): SlotState | null {
    let found: SlotState | null = null;
    this.state.slots?.forEach((s) => (found = s));
    return found;
  }

  private onPatch(): void {
    const state = this.state;
    if (!state || state.turn === undefined) return;
    if (this.pending?.check()) this.pending.done("ok");
    if (state.turn !== this.lastTurn) {
      if (this.lastTurn !== 0) this.onTurn?.(this.lastTurn);
      this.lastTurn = state.turn;
    }
    const key = `${state.turn}:${state.phase}`;
    if (this.playing && !this.stopped && !this.acting && state.status === "running" && state.phase !== "resolution" && key !== this.actedFor) {
      this.actedFor = key;
      this.acting = true;
      void this.play(key).finally(() => {
        this.acting = false;
        // The phase may have moved on while this one was played.
        if (!this.stopped) queueMicrotask(() => this.onPatch());
      });
    }
  }

  /** The events this client has received, in order. */
  get log(): GameEvent[] {
    this.readLog();
    return this.events;
  }

  /** Reads what arrived since it last did. */
  private read(): SlotUpdate | null {
    const slot = this.slot();
    if (!slot) return null;
    const update = this.reader.read(slot, this.state as unknown as RootLike);
    if (update) this.events.push(...update.events);
    return update;
  }

  private readLog(): void {
    this.read();
  }

  /** The seat's view, rebuilt from its slot (only the fields that changed are read again). */
  private view(): MatchView {
    const update = this.read();
    if (!update) throw new Error("the slot holds no complete view yet");
    return update.view;
  }

  private stillIn(key: string): boolean {
    const s = this.state;
    return !this.stopped && s.status === "running" && `${s.turn}:${s.phase}` === key;
  }

  private async play(key: string): Promise<void> {
    const [min, max] = this.options.thinkMs;
    await sleep(min + Math.random() * (max - min));
    if (!this.stillIn(key)) return;
    const phase = this.state.phase;
    let commands = this.decide();
    if (phase === "diplomacy") {
      // Propose first; talk; answer what arrived; then say ready.
      await this.sendAll(commands.filter((c) => c.type !== "ready"), key);
      if (Math.random() < this.options.chatChance && this.stillIn(key)) await this.chat("public", `load ${this.power} ${Math.random().toString(36).slice(2, 10)}`);
      await sleep(min + Math.random() * (max - min));
      if (!this.stillIn(key)) return;
      commands = this.decide();
    }
    await this.sendAll(commands, key);
  }

  private async sendAll(commands: Record<string, unknown>[], key: string): Promise<void> {
    const plan = this.options.plan;
    const out: Outgoing[] = plan ? plan(commands, { power: this.power, view: this.view() }) : commands.map((body) => ({ kind: "command", body }));
    for (const o of out) {
      if (!this.stillIn(key)) return;
      if (o.kind === "command") await this.command(o.body);
      else await this.chat(o.to, o.text);
    }
  }

  private decide(): Record<string, unknown>[] {
    const t0 = performance.now();
    const commands = botCommands(this.view(), this.power, this.options.level);
    this.stats.botMicros += (performance.now() - t0) * 1000;
    this.stats.botCalls++;
    return commands;
  }

  /** Sends one command and waits until its effect is in this client's state (or it is refused). */
  private command(command: Record<string, unknown>): Promise<void> {
    const type = String(command.type);
    const sentKey = `${this.state.turn}:${this.state.phase}`;
    const seqAtSend = this.log.at(-1)?.seq ?? 0;
    const events = this.events;
    const me = this.power;
    const mine = (match: (e: GameEvent) => boolean) => () => {
      this.readLog();
      for (let i = events.length - 1; i >= 0 && events[i]!.seq > seqAtSend; i--) if (match(events[i]!)) return true;
      return false;
    };
    const moved = () => `${this.state.turn}:${this.state.phase}` !== sentKey;
    const action = { propose: "proposed", counter: "countered", accept: "accepted", reject: "rejected", withdraw: "withdrawn" }[type];
    let check: () => boolean;
    if (type === "ready") check = () => this.state.seats.get(me)?.ready === command.ready || moved();
    else if (type === "orders") check = mine((e) => e.kind === "ordersIn" && e.power === me);
    else if (action) check = mine((e) => e.kind === "proposal" && e.by === me && e.action === action);
    else check = moved;
    return this.send(MESSAGES.command, command, type, check);
  }

  private chat(to: "public" | PowerId[], text: string): Promise<void> {
    const slot = this.slot();
    const before = slot?.chat.length ?? 0;
    const check = () => {
      const chat = this.slot()?.chat;
      if (!chat) return false;
      for (let i = chat.length - 1; i >= Math.max(0, before - 1); i--) if (String(chat.at(i)?.text ?? "").includes(text)) return true;
      return false;
    };
    return this.send(MESSAGES.chat, { to, text }, "chat", check);
  }

  private send(messageType: MessageName, payload: unknown, type: string, check: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const sentAt = performance.now();
      const timer = setTimeout(() => this.pending?.done("timeout"), this.options.timeoutMs);
      const pending: Pending = {
        type,
        sentAt,
        check,
        done: (outcome) => {
          if (this.pending !== pending) return;
          this.pending = null;
          clearTimeout(timer);
          if (outcome === "ok") this.record(type, performance.now() - sentAt);
          else if (outcome === "timeout") this.stats.fail(`timeout:${type}`);
          resolve();
        },
      };
      this.pending = pending;
      this.stats.commands++;
      this.room.send(messageType, payload);
    });
  }

  private record(type: string, ms: number): void {
    const window = this.stats.window;
    if (window === "done") return;
    this.stats.latency[window].push(ms);
    if (window !== "steady") return;
    const list = this.stats.latencyByType.get(type) ?? [];
    list.push(ms);
    this.stats.latencyByType.set(type, list);
  }
}
