/**
 * A match being played: the rules' state, its seats, its clock and its bots, independent of
 * Colyseus. Every accepted command is written to the store before anything else sees it, so
 * that the match can be replayed from its setup and command log.
 */
import { apply, createMatch, getScenario, hashOf, parseCommand, POWERS, viewForSeat } from "../../shared";
import type { Actor, Applied, GameEvent, MatchState, Phase, PowerId, Result, Viewer } from "../../shared";
import { fail, ok } from "../../shared";
import type { MatchStore, StoredMatch } from "../store/match-store";
import type { BotFn } from "./bots";
import { chatRecipients } from "./chat";
import { PhaseClock } from "./clock";
import type { ClockView } from "./clock";
import { SeatTable } from "./seats";
import type { SeatInfo } from "./seats";
import { hashKey, newJoinCode, newKey, newMatchId, newSeed } from "./secrets";
import type { ChatMessage, LoggedCommand, MatchRecord, MatchSettings, Member } from "./types";

export interface SessionDeps {
  store: MatchStore;
  bots: BotFn;
  now(): number;
  /** How long a seat's holders may be away before a bot plays it. */
  absentGraceMs: number;
  /** A restored phase clock gets at least this much time, so players can come back. */
  restoreGraceMs: number;
  /** Whether a join code is already used by another open match (beyond the store's knowledge). */
  codeTaken?(code: string): boolean;
  /** Most bot runs per seat and phase (a bot answering proposals cannot loop forever). */
  maxBotRunsPerPhase?: number;
  warn?(message: string): void;
}

export type SessionEvent =
  | { kind: "rules"; actor: Actor; events: GameEvent[] }
  | { kind: "seats" }
  | { kind: "clock" }
  | { kind: "chat"; message: ChatMessage }
  | { kind: "ended" };

/** Who is connected, as the session counts them. */
export type Presence = { viewer: "facilitator" | "spectator" } | { viewer: PowerId; keyHash: string };

export interface MatchSummary {
  id: string;
  name: string;
  scenario: { id: string; name: string };
  visibility: "public" | "private";
  status: MatchState["status"];
  phase: Phase;
  turn: number;
  turns: number;
  seatsFree: PowerId[];
  players: number;
  createdAt: number;
}

const TIMED: readonly Phase[] = ["briefing", "diplomacy", "orders", "report"];

export class MatchSession {
  state: MatchState;
  readonly seats: SeatTable;
  readonly commands: LoggedCommand[] = [];
  readonly chatLog: ChatMessage[] = [];
  private readonly clock: PhaseClock;
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  private facilitatorConnections = 0;
  private spectatorConnections = 0;
  private readonly absentTimers = new Map<PowerId, ReturnType<typeof setTimeout>>();
  private readonly botQueue = new Set<PowerId>();
  private botTimer: ReturnType<typeof setTimeout> | null = null;
  private botRuns = new Map<PowerId, number>();
  private savedClock = "";
  private disposed = false;

  private constructor(
    readonly record: MatchRecord,
    private readonly deps: SessionDeps,
    state: MatchState,
  ) {
    this.state = state;
    this.seats = new SeatTable(record.settings);
    this.clock = new PhaseClock(record.settings.timers, {
      now: deps.now,
      expired: (turn, phase) => this.onTimeUp(turn, phase),
      changed: (clock) => {
        const text = JSON.stringify(clock);
        if (text !== this.savedClock && this.state.status === "running") {
          this.deps.store.saveClock(this.record.id, clock);
          this.savedClock = text;
        }
        this.emit({ kind: "clock" });
      },
    });
  }

  get id(): string {
    return this.record.id;
  }

  get settings(): MatchSettings {
    return this.record.settings;
  }

  /** A new match, written to the store. A facilitated match waits, paused, for its facilitator to start it. */
  static create(settings: MatchSettings, deps: SessionDeps): { session: MatchSession; facilitatorKey: string | null } {
    const { store } = deps;
    let id = newMatchId();
    while (store.idInUse(id)) id = newMatchId();
    let code = newJoinCode();
    while (store.codeInUse(code) || deps.codeTaken?.(code)) code = newJoinCode();
    const facilitatorKey = settings.facilitator ? newKey("facilitator") : null;
    const record: MatchRecord = {
      id,
      createdAt: deps.now(),
      seed: newSeed(),
      code,
      settings,
      facilitatorKeyHash: facilitatorKey ? hashKey(facilitatorKey) : null,
    };
    store.createMatch(record);
    const state = createMatch({ scenarioId: settings.scenarioId, seed: record.seed, turns: settings.turns });
    const session = new MatchSession(record, deps, state);
    session.clock.setFacilitatorPaused(settings.facilitator);
    session.clock.startPhase(state.turn, state.phase);
    session.scheduleBots(POWERS.filter((p) => session.seats.isBot(p)));
    return { session, facilitatorKey };
  }

  /** Rebuilds a stored match by replaying its command log; throws if the log does not replay. */
  static restore(stored: StoredMatch, deps: SessionDeps): MatchSession {
    const { record } = stored;
    let state = createMatch({ scenarioId: record.settings.scenarioId, seed: record.seed, turns: record.settings.turns });
    for (const entry of stored.commands) {
      const result = apply(state, entry.actor, entry.command);
      if (!result.ok) throw new Error(`match ${record.id}: command ${entry.seq} no longer applies (${result.error.code}: ${result.error.message})`);
      state = result.value.state;
    }
    const session = new MatchSession(record, deps, state);
    session.commands.push(...stored.commands);
    session.chatLog.push(...stored.chat);
    session.seats.load(stored.members);
    session.savedClock = JSON.stringify(stored.clock);
    if (state.status === "ended") {
      session.clock.stop();
      return session;
    }
    session.clock.resume(state.turn, state.phase, stored.clock, deps.restoreGraceMs);
    for (const power of POWERS) if (session.seats.membersOf(power).length > 0) session.startAbsentTimer(power);
    const acted = new Set(stored.commands.filter((c) => c.command.turn === state.turn && c.command.phase === state.phase).map((c) => c.actor));
    session.scheduleBots(POWERS.filter((p) => session.seats.isBot(p) && !acted.has(p)));
    return session;
  }

  on(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Checks and applies a command from an actor; persists it before anyone learns of it. */
  submit(actor: Actor, input: unknown): Result<Applied> {
    if (this.disposed) return fail("match/closed", "The match is closed on this server.");
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed;
    const result = apply(this.state, actor, parsed.value);
    if (!result.ok) return result;
    const entry: LoggedCommand = { seq: this.commands.length + 1, actor, command: parsed.value as Record<string, unknown>, at: this.deps.now() };
    try {
      this.deps.store.appendCommand(this.id, entry);
    } catch (error) {
      this.deps.warn?.(`match ${this.id}: could not store command ${entry.seq}: ${String(error)}`);
      return fail("server/storage", "The server could not record that command; try again.");
    }
    this.commands.push(entry);
    const before = { turn: this.state.turn, phase: this.state.phase };
    this.state = result.value.state;
    this.emit({ kind: "rules", actor, events: result.value.events });
    this.afterApply(before, actor, result.value.events);
    return result;
  }

  /** A human claims a seat; returns the seat key that identifies them from now on. */
  claim(power: PowerId, name: string): Result<{ key: string; member: Member }> {
    if (this.state.status === "ended") return fail("match/ended", "The match is over.");
    const allowed = this.seats.canClaim(power);
    if (!allowed.ok) return allowed;
    const key = newKey("seat");
    const member: Member = { keyHash: hashKey(key), power, name };
    try {
      this.deps.store.addMember(this.id, member, this.deps.now());
    } catch (error) {
      this.deps.warn?.(`match ${this.id}: could not store a seat holder: ${String(error)}`);
      return fail("server/storage", "The server could not record your seat; try again.");
    }
    this.seats.add(member);
    // The bot that kept the seat may have said it was ready; its new holder has not.
    if (this.state.status === "running" && this.state.powers[power].ready && TIMED.includes(this.state.phase)) {
      this.submit(power, { type: "ready", turn: this.state.turn, phase: this.state.phase, ready: false });
    }
    this.emit({ kind: "seats" });
    return ok({ key, member });
  }

  isFacilitatorKey(key: string): boolean {
    return this.record.facilitatorKeyHash !== null && hashKey(key) === this.record.facilitatorKeyHash;
  }

  connect(who: Presence): void {
    if (!("keyHash" in who)) {
      if (who.viewer === "facilitator") this.facilitatorConnections++;
      else this.spectatorConnections++;
    } else {
      this.seats.connect(who.keyHash);
      this.clearAbsentTimer(who.viewer);
      this.seats.setAbsent(who.viewer, false);
    }
    this.clock.setEmpty(this.connections() === 0);
    this.emit({ kind: "seats" });
  }

  disconnect(who: Presence): void {
    if (!("keyHash" in who)) {
      if (who.viewer === "facilitator") this.facilitatorConnections = Math.max(0, this.facilitatorConnections - 1);
      else this.spectatorConnections = Math.max(0, this.spectatorConnections - 1);
    } else {
      this.seats.disconnect(who.keyHash);
      if (this.seats.connectedCount(who.viewer) === 0) this.startAbsentTimer(who.viewer);
    }
    this.clock.setEmpty(this.connections() === 0);
    this.emit({ kind: "seats" });
    this.checkAllReady();
  }

  connections(): number {
    return this.facilitatorConnections + this.spectatorConnections + POWERS.reduce((n, p) => n + this.seats.connectedCount(p), 0);
  }

  get facilitatorPresent(): boolean {
    return this.facilitatorConnections > 0;
  }

  get spectators(): number {
    return this.spectatorConnections;
  }

  /** The facilitator pauses or resumes the phase clock (a facilitated match starts paused). */
  setPaused(paused: boolean): void {
    if (this.state.status === "ended") return;
    this.clock.setFacilitatorPaused(paused);
  }

  extendPhase(seconds: number): void {
    if (this.state.status === "ended") return;
    this.clock.extend(seconds * 1000);
  }

  clockView(): ClockView {
    return this.clock.view();
  }

  seatInfo(power: PowerId): SeatInfo {
    return this.seats.info(power);
  }

  /** Records a chat message and hands it to the listeners. */
  chat(from: Viewer, name: string, to: "public" | PowerId[], text: string): Result<ChatMessage> {
    if (this.disposed) return fail("match/closed", "The match is closed on this server.");
    const recipients = chatRecipients(from, to);
    if (!recipients.ok) return recipients;
    const message: ChatMessage = {
      seq: this.chatLog.length + 1,
      at: this.deps.now(),
      from,
      name,
      to: recipients.value,
      text,
      turn: this.state.turn,
      phase: this.state.phase,
    };
    try {
      this.deps.store.appendChat(this.id, message);
    } catch (error) {
      this.deps.warn?.(`match ${this.id}: could not store chat: ${String(error)}`);
      return fail("server/storage", "The server could not record that message; try again.");
    }
    this.chatLog.push(message);
    this.emit({ kind: "chat", message });
    return ok(message);
  }

  hash(): string {
    return hashOf(this.state);
  }

  summary(): MatchSummary {
    const scenario = getScenario(this.settings.scenarioId);
    return {
      id: this.id,
      name: this.settings.name,
      scenario: { id: scenario.id, name: scenario.name },
      visibility: this.settings.visibility,
      status: this.state.status,
      phase: this.state.phase,
      turn: this.state.turn,
      turns: this.state.turns,
      seatsFree: this.seats.free(),
      players: POWERS.reduce((n, p) => n + this.seats.membersOf(p).length, 0),
      createdAt: this.record.createdAt,
    };
  }

  /** Everything a debrief needs, once the match is over. */
  archive(): MatchArchive {
    return {
      id: this.id,
      name: this.settings.name,
      createdAt: this.record.createdAt,
      setup: { scenarioId: this.settings.scenarioId, seed: this.record.seed, turns: this.settings.turns, settings: this.settings },
      seats: POWERS.map((p) => ({ power: p, players: this.seats.membersOf(p).map((m) => m.name), bot: this.settings.bots[p] ?? null })),
      commands: this.commands,
      ending: this.state.ending,
      finalHash: this.hash(),
      final: viewForSeat(this.state, "facilitator"),
      chat: this.chatLog,
    };
  }

  dispose(): void {
    this.disposed = true;
    this.clock.dispose();
    for (const timer of this.absentTimers.values()) clearTimeout(timer);
    this.absentTimers.clear();
    if (this.botTimer) clearTimeout(this.botTimer);
    this.listeners.clear();
  }

  // --- after a command

  private afterApply(before: { turn: number; phase: Phase }, actor: Actor, events: GameEvent[]): void {
    if (this.state.status === "ended") return this.finish();
    if (before.turn !== this.state.turn || before.phase !== this.state.phase) {
      this.clock.startPhase(this.state.turn, this.state.phase);
      this.botRuns = new Map();
      this.scheduleBots(POWERS.filter((p) => this.seats.isBot(p)));
      return;
    }
    if (this.state.phase === "diplomacy") {
      const addressed = new Set<PowerId>();
      for (const e of events) {
        if (e.kind === "proposal" && (e.action === "proposed" || e.action === "countered")) {
          for (const p of e.parties) if (p !== e.by && this.seats.isBot(p)) addressed.add(p);
        }
      }
      this.scheduleBots([...addressed]);
    }
    if (actor !== "system") this.checkAllReady();
  }

  /** Every seat held by a connected human is ready: the phase ends early. */
  private checkAllReady(): void {
    if (this.disposed || this.state.status !== "running" || !TIMED.includes(this.state.phase) || this.clock.paused) return;
    const humans = this.seats.humanConnected();
    if (humans.length === 0 || !humans.every((p) => this.state.powers[p].ready)) return;
    this.submit("system", { type: "advance", turn: this.state.turn, phase: this.state.phase });
  }

  private onTimeUp(turn: number, phase: Phase): void {
    if (this.disposed || this.state.status !== "running" || this.state.turn !== turn || this.state.phase !== phase) return;
    const result = this.submit("system", { type: "advance", turn, phase });
    if (!result.ok) this.deps.warn?.(`match ${this.id}: the clock could not advance: ${result.error.code}`);
  }

  private finish(): void {
    this.clock.stop();
    for (const timer of this.absentTimers.values()) clearTimeout(timer);
    this.absentTimers.clear();
    try {
      this.deps.store.finish(this.id, this.hash(), this.archive(), this.deps.now());
    } catch (error) {
      this.deps.warn?.(`match ${this.id}: could not store the archive: ${String(error)}`);
    }
    this.emit({ kind: "ended" });
  }

  // --- absent players and bots

  private startAbsentTimer(power: PowerId): void {
    this.clearAbsentTimer(power);
    const timer = setTimeout(() => {
      this.absentTimers.delete(power);
      if (this.disposed || this.seats.connectedCount(power) > 0) return;
      this.seats.setAbsent(power, true);
      this.emit({ kind: "seats" });
      const ordersIn = this.state.phase === "orders" && this.state.orders[power] !== undefined;
      if (!ordersIn) this.scheduleBots([power]);
      this.checkAllReady();
    }, this.deps.absentGraceMs);
    timer.unref?.();
    this.absentTimers.set(power, timer);
  }

  private clearAbsentTimer(power: PowerId): void {
    const timer = this.absentTimers.get(power);
    if (timer) clearTimeout(timer);
    this.absentTimers.delete(power);
  }

  /** Bots play after the command that woke them has been answered. */
  private scheduleBots(powers: readonly PowerId[]): void {
    if (this.disposed || this.state.status !== "running") return;
    for (const p of powers) this.botQueue.add(p);
    if (this.botQueue.size === 0 || this.botTimer) return;
    this.botTimer = setTimeout(() => {
      this.botTimer = null;
      const queued = POWERS.filter((p) => this.botQueue.has(p));
      this.botQueue.clear();
      for (const power of queued) this.runBot(power);
    }, 0);
  }

  private runBot(power: PowerId): void {
    if (this.disposed || this.state.status !== "running" || !this.seats.isBot(power)) return;
    const runs = this.botRuns.get(power) ?? 0;
    if (runs >= (this.deps.maxBotRunsPerPhase ?? 8)) return;
    this.botRuns.set(power, runs + 1);
    let commands: Record<string, unknown>[];
    try {
      commands = this.deps.bots(viewForSeat(this.state, power), power, this.seats.level(power));
    } catch (error) {
      this.deps.warn?.(`match ${this.id}: the ${power} bot failed: ${String(error)}`);
      return;
    }
    for (const command of commands) {
      if (this.state.status !== "running") return;
      const result = this.submit(power, command);
      if (!result.ok) this.deps.warn?.(`match ${this.id}: the ${power} bot sent a refused command (${result.error.code}: ${result.error.message})`);
    }
  }

  private emit(event: SessionEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

export interface MatchArchive {
  id: string;
  name: string;
  createdAt: number;
  setup: { scenarioId: string; seed: string; turns: number; settings: MatchSettings };
  seats: { power: PowerId; players: string[]; bot: string | null }[];
  commands: LoggedCommand[];
  ending: MatchState["ending"];
  finalHash: string;
  final: ReturnType<typeof viewForSeat>;
  chat: ChatMessage[];
}
