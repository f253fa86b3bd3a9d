/**
 * A match being played: the rules' state, its seats, its clock and its bots, independent of
 * Colyseus. Every accepted command is written to the store before anything else sees it, so
 * that the match can be replayed from its setup and command log.
 *
 * With a store whose writes complete later (PostgreSQL), the session goes on at once but holds
 * back its events until every write made so far is committed: nobody learns of a command the
 * store might not have. If a write fails, the session is lost (see `lose`): its room closes and
 * the match is restored from the store, as after a crash.
 */
import { at } from "../../shared/at";
import { powersOf } from "../../shared/scenario/ids-of";
import { apply, getScenario, hashOf, parseCommand, viewForSeat } from "../../shared";
import type { Actor, Applied, GameEvent, MatchState, Phase, PowerId, Result, Viewer } from "../../shared";
import { fail, ok } from "../../shared";
import { errorText } from "../../shared/catalog";
import type { StoredMatch, TeamWrite, Written } from "../store/store";
import { buildArchive } from "./archive";
import type { MatchArchive } from "./archive";
import { BotDriver } from "./bot-driver";
import { chatRecipients } from "./chat";
import { PhaseClock } from "./clock";
import type { ClockView } from "./clock";
import { applyRosterChange } from "./roster";
import type { RosterChange, RosterOutcome } from "./roster";
import { SeatTable } from "./seats";
import { TeamDesk } from "./team-desk";
import { memberId } from "./roster";
import { NEW_PRACTICE, practiceOver, practiceStart, realStart, replayPractice } from "./practice";
import type { PracticeRecord } from "./practice";
import { replayLog } from "./replay-log";
import type { Author, DraftEdit } from "../../shared/team-draft";
import type { SeatInfo } from "./seats";
import { KeyedTimers } from "./timers";
import { contained, containedCallback } from "../contain";
import { hashKey, newJoinCode, newKey, newMatchId, newSeed } from "./secrets";
import type { ChatMessage, CommandAuthor, LoggedCommand, MatchRecord, MatchSettings, Member } from "./types";
import type { MatchSummary, Presence, SessionDeps, SessionEvent } from "./session-types";

export type { MatchSummary, Presence, SessionDeps, SessionEvent } from "./session-types";

const TIMED: readonly Phase[] = ["briefing", "diplomacy", "orders", "report"];
/** Phases in which a team's draft can be edited (strikes are planned ahead of the orders phase). */
const DRAFTING: readonly Phase[] = ["briefing", "diplomacy", "orders"];
/** A shortened phase keeps at least this long, so players see it coming. */
const MIN_LEFT_MS = 10_000;
/** Who sent orders that no student sent. */
const BOT_AUTHOR: Author = { id: "bot", name: "Bot" };

export function authorOf(member: Member): Author {
  return { id: memberId(member.keyHash), name: member.name };
}

export class MatchSession {
  state: MatchState;
  readonly seats: SeatTable;
  readonly commands: LoggedCommand[] = [];
  readonly chatLog: ChatMessage[] = [];
  /** Each power's shared orders draft and who of its team is ready (./team-desk.ts). */
  readonly team: TeamDesk;
  private readonly clock: PhaseClock;
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  private facilitatorConnections = 0;
  private spectatorConnections = 0;
  /** Per seat: when its holders' grace period ends. */
  private readonly absence = new KeyedTimers<PowerId>();
  private readonly bots: BotDriver;
  private savedClock = "";
  private disposed = false;
  /** Store writes not yet committed, the events held back until they are, and who waits for them. */
  private pendingWrites = 0;
  private held: SessionEvent[] = [];
  private waiters: { resolve(): void; reject(error: unknown): void }[] = [];
  /** Since when nobody (player, facilitator or spectator) has been connected; Infinity while someone is. */
  private emptySince: number;
  /** The practice turn being played before turn 1 (./practice.ts), or null. */
  private practice: PracticeRecord | null = null;

  private constructor(
    readonly record: MatchRecord,
    private readonly deps: SessionDeps,
    state: MatchState,
  ) {
    this.state = state;
    this.phaseStart = state;
    this.emptySince = deps.now();
    this.seats = new SeatTable(record.settings);
    this.team = new TeamDesk({
      settings: record.settings,
      seats: this.seats,
      state: () => this.state,
      now: deps.now,
      save: (power, team) => {
        const saved = this.write("a team's draft", () => this.deps.store.saveTeam(this.id, power, team), "draft");
        if (saved.ok) this.emit({ kind: "team" });
        return saved;
      },
    });
    this.clock = new PhaseClock(record.settings.timers, {
      now: deps.now,
      expired: containedCallback(`match ${record.id}: the phase clock`, (turn: number, phase: Phase) => this.onTimeUp(turn, phase)),
      changed: (clock) => {
        const text = JSON.stringify(clock);
        if (text !== this.savedClock && this.state.status === "running") {
          this.write("the clock", () => this.deps.store.saveClock(this.record.id, clock));
          this.savedClock = text;
        }
        this.emit({ kind: "clock" });
      },
    });
    this.bots = new BotDriver(
      deps.bots,
      {
        playable: (power) => !this.disposed && this.state.status === "running" && this.seats.isBot(power),
        level: (power) => this.seats.level(power),
        view: (power) => viewForSeat(this.state, power),
        submit: (power, command) => contained(`match ${record.id}: the ${power} bot's command`, () => this.submit(power, command), () => fail("server/internal")),
        warn: (message) => this.deps.warn?.(`match ${this.id}: ${message}`),
        where: `match ${record.id}`,
        seats: powersOf(record.settings),
      },
      deps.maxBotRunsPerPhase,
    );
  }

  get id(): string {
    return this.record.id;
  }

  get settings(): MatchSettings {
    return this.record.settings;
  }

  /** A new match, written to the store. A facilitated match waits, paused, for its facilitator to start it. */
  static async create(settings: MatchSettings, deps: SessionDeps): Promise<{ session: MatchSession; facilitatorKey: string | null }> {
    const { store } = deps;
    let id = newMatchId();
    while (await store.idInUse(id)) id = newMatchId();
    let code = newJoinCode();
    while (await store.codeInUse(code)) code = newJoinCode();
    const facilitatorKey = settings.facilitator ? newKey("facilitator") : null;
    const record: MatchRecord = {
      id,
      createdAt: deps.now(),
      seed: newSeed(),
      code,
      settings,
      facilitatorKeyHash: facilitatorKey ? hashKey(facilitatorKey) : null,
    };
    await store.createMatch(record, deps.owner, deps.now() + deps.leaseMs);
    if (settings.practice) await store.savePractice(id, NEW_PRACTICE, deps.owner);
    const state = settings.practice ? practiceStart(record) : realStart(record);
    const session = new MatchSession(record, deps, state);
    if (settings.practice) session.practice = NEW_PRACTICE;
    session.clock.setFacilitatorPaused(settings.facilitator);
    session.clock.startPhase(state.turn, state.phase);
    session.bots.schedule(powersOf(session.settings).filter((p) => session.seats.isBot(p)));
    return { session, facilitatorKey };
  }

  /** Rebuilds a stored match by replaying its command log; throws if the log does not replay. */
  static restore(stored: StoredMatch, deps: SessionDeps): MatchSession {
    const { record } = stored;
    const practising = stored.practice !== null && stored.practice.endedAt === null;
    const { state, phaseStart } = practising ? replayPractice(record, stored.practice!) : replayLog(realStart(record), stored.commands, `match ${record.id}`);
    const session = new MatchSession(record, deps, state);
    session.phaseStart = phaseStart;
    if (practising) session.practice = stored.practice;
    session.commands.push(...stored.commands);
    // The practice's chat stays on the screens (marked), numbered before the match's.
    session.chatLog.push(...(stored.practice?.chat ?? []), ...stored.chat);
    session.seats.load(stored.members);
    session.team.load(stored.teams);
    session.savedClock = JSON.stringify(stored.clock);
    if (state.status === "ended") {
      // The server stopped between the last command and the archive: finish now.
      session.finish();
      return session;
    }
    session.clock.resume(state.turn, state.phase, stored.clock, deps.restoreGraceMs);
    for (const power of powersOf(session.settings)) if (session.seats.membersOf(power).length > 0) session.startAbsentTimer(power);
    const acted = new Set((practising ? stored.practice!.commands : stored.commands).filter((c) => c.command.turn === state.turn && c.command.phase === state.phase).map((c) => c.actor));
    session.bots.schedule(powersOf(session.settings).filter((p) => session.seats.isBot(p) && !acted.has(p)));
    return session;
  }

  on(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Checks and applies a command from an actor; persists it before anyone learns of it. With
   * `team`, that team's desk is written with the command (both or neither).
   */
  submit(actor: Actor, input: unknown, by: CommandAuthor | null = null, team?: TeamWrite): Result<Applied> {
    if (this.disposed) return fail("match/closed");
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed;
    const result = apply(this.state, actor, parsed.value);
    if (!result.ok) return result;
    if (this.practice && practiceOver(result.value.state)) {
      // Leaving the practice's report (or ending it): the real match begins. Moved on by the clock
      // or a ready class, it waits for the facilitator; by the facilitator, it runs as the practice did.
      const ended = this.endPractice(actor === "system" ? this.settings.facilitator : null);
      return ended.ok ? ok({ state: this.state, events: [] }) : ended;
    }
    const written = this.writeCommand(actor, parsed.value as Record<string, unknown>, by, team);
    if (!written.ok) return written;
    if (team) {
      this.team.adopt(team.power, team.team);
      this.emit({ kind: "team" });
    }
    const before = { turn: this.state.turn, phase: this.state.phase };
    this.state = result.value.state;
    if (before.turn !== this.state.turn || before.phase !== this.state.phase) this.phaseStart = this.state;
    this.emit({ kind: "rules", actor, events: result.value.events });
    if (parsed.value.type === "orders" && actor !== "system" && actor !== "facilitator") this.team.sent(actor, parsed.value.orders, by ?? BOT_AUTHOR);
    this.afterApply(before, actor, result.value.events);
    return result;
  }

  /** Writes an accepted command: to the match's log, or to the practice's while it is played. */
  private writeCommand(actor: Actor, command: Record<string, unknown>, by: CommandAuthor | null, team?: TeamWrite): Result<true> {
    const practice = this.practice;
    if (practice) {
      const entry: LoggedCommand = { seq: practice.commands.length + 1, actor, command, at: this.deps.now(), by };
      const next = { ...practice, commands: [...practice.commands, entry] };
      const written = this.write(`practice command ${entry.seq}`, () => this.deps.store.savePractice(this.id, next, this.deps.owner), "command");
      if (!written.ok) return written;
      this.practice = next;
      return team ? this.team.keep(team.power, team.team) : written;
    }
    const entry: LoggedCommand = { seq: this.commands.length + 1, actor, command, at: this.deps.now(), by };
    const written = this.write(`command ${entry.seq}`, () => this.deps.store.appendCommand(this.id, entry, this.deps.owner, team), "command");
    if (written.ok) this.commands.push(entry);
    return written;
  }

  /** Whether a practice turn is being played before turn 1. */
  get practising(): boolean {
    return this.practice !== null;
  }

  /**
   * The practice turn is over (its report ended, or the facilitator starts the real match): the
   * match starts over at turn 1 from the scenario's start with the same seed. Seats, names,
   * settings and chat stay; the practice's drafts and readiness go. `paused`: whether the real
   * match waits for the facilitator to start it (null: as the practice was).
   */
  endPractice(paused: boolean | null): Result<true> {
    if (this.disposed) return fail("match/closed");
    const practice = this.practice;
    if (!practice) return fail("practice/none");
    const ended = { ...practice, endedAt: this.deps.now() };
    const written = this.write("the end of the practice", () => this.deps.store.endPractice(this.id, ended, this.deps.owner), "realmatch");
    if (!written.ok) return written;
    this.practice = null;
    this.state = realStart(this.record);
    this.phaseStart = this.state;
    this.team.clear();
    if (paused !== null) this.clock.setFacilitatorPaused(paused);
    this.clock.startPhase(this.state.turn, this.state.phase);
    this.bots.newPhase();
    this.emit({ kind: "restart" });
    this.bots.schedule(powersOf(this.settings).filter((p) => this.seats.isBot(p)));
    this.settleTeams();
    return ok(true);
  }

  /**
   * A seat holder's command. Ready is the team's: the member's word is recorded, and the seat
   * becomes ready when its team is, by the facilitator's rule. Orders carry each member's part.
   */
  act(member: Member, input: unknown): Result<unknown> {
    const power = member.power;
    const by = authorOf(member);
    const parsed = parseCommand(input);
    if (!parsed.ok) return parsed;
    const command = parsed.value;
    if (command.type === "ready") {
      if (this.state.status !== "running") return fail("match/ended");
      if (command.turn !== this.state.turn || command.phase !== this.state.phase) return this.submit(power, command, by);
      // The member's word and the seat's ready command it may make are one write: a refused
      // command leaves no word behind for a restart to act on.
      const team = this.team.withReady(power, by.id, command.ready);
      const ready = this.team.isReady(power, team);
      if (!this.followsTeam(power) || ready === at(this.state.powers, power).ready) return this.team.keep(power, team);
      return this.submit(power, { type: "ready", turn: this.state.turn, phase: this.state.phase, ready }, by, { power, team });
    }
    if (command.type === "orders") return this.submit(power, command, { ...by, parts: this.partsOf(power) });
    return this.submit(power, command, by);
  }

  private partsOf(power: PowerId): CommandAuthor["parts"] {
    return Object.entries(this.team.draft(power).parts).map(([id, p]) => ({ id, name: p.name, edits: p.edits }));
  }

  /** Changes a team's shared draft (one member's edits, in order). */
  editDraft(member: Member, turn: number, edits: readonly DraftEdit[]): Result<unknown> {
    if (this.disposed) return fail("match/closed");
    if (this.state.status !== "running") return fail("match/ended");
    if (turn !== this.state.turn) return fail("draft/stale", { why: "turn" });
    if (!DRAFTING.includes(this.state.phase)) return fail("draft/closed");
    return this.team.edit(member.power, authorOf(member), edits);
  }

  /** A member sends the team's draft: it becomes the team's orders, with each member's part recorded. */
  sendDraft(member: Member, turn: number): Result<unknown> {
    const orders = this.team.draft(member.power).orders;
    return this.act(member, { type: "orders", turn, phase: this.state.phase, orders });
  }

  /** The seat's ready flag follows its team's, by the rule; null when nothing needed to change. */
  private settleReady(power: PowerId, by: CommandAuthor | null): Result<unknown> | null {
    if (!this.followsTeam(power)) return null;
    const ready = this.team.isReady(power);
    if (ready === at(this.state.powers, power).ready) return null;
    return this.submit(power, { type: "ready", turn: this.state.turn, phase: this.state.phase, ready }, by);
  }

  /** A human-held seat's ready flag follows its team's in a timed phase. */
  private followsTeam(power: PowerId): boolean {
    return this.state.status === "running" && TIMED.includes(this.state.phase) && !this.seats.isBot(power);
  }

  /** After connections or the rule changed: every team's seat follows its team again. */
  private settleTeams(): void {
    if (this.disposed) return;
    for (const power of powersOf(this.settings)) if (this.seats.membersOf(power).length > 0) this.settleReady(power, null);
  }

  /** A human claims a seat; returns the seat key that identifies them from now on. */
  claim(power: PowerId, name: string): Result<{ key: string; member: Member }> {
    if (this.state.status === "ended") return fail("match/ended");
    const allowed = this.seats.canClaim(power);
    if (!allowed.ok) return allowed;
    const key = newKey("seat");
    const member: Member = { keyHash: hashKey(key), power, name };
    const written = this.write("a seat holder", () => this.deps.store.addMember(this.id, member, this.deps.now()), "seat");
    if (!written.ok) return written;
    this.seats.add(member);
    this.unreadyAfterBot(power);
    this.emit({ kind: "seats" });
    return ok({ key, member });
  }

  /**
   * The facilitator changes who holds or plays seats (./roster.ts: move, remove, reserve for
   * bots); it is stored first, then bots and humans take over the seats concerned.
   */
  changeRoster(change: RosterChange): Result<RosterOutcome> {
    if (this.disposed) return fail("match/closed");
    if (this.state.status === "ended") return fail("match/ended");
    const wasBot = new Map(powersOf(this.settings).map((p) => [p, this.seats.isBot(p)]));
    const done = applyRosterChange(
      { matchId: this.id, settings: this.settings, seats: this.seats, store: this.deps.store, write: (run) => this.write("a roster change", run, "roster") },
      change,
    );
    if (!done.ok) return done;
    for (const power of done.value.powers) {
      if (this.seats.membersOf(power).length > 0 && this.seats.connectedCount(power) === 0) this.startAbsentTimer(power);
      else {
        this.absence.clear(power);
        this.seats.setAbsent(power, false);
      }
      const bot = this.seats.isBot(power);
      if (bot && !wasBot.get(power)) this.bots.schedule([power]);
      if (!bot && wasBot.get(power)) this.unreadyAfterBot(power);
    }
    this.emit({ kind: "seats" });
    this.settleTeams();
    this.checkAllReady();
    return done;
  }

  /** The bot that kept a seat may have said it was ready; the human taking it back has not. */
  private unreadyAfterBot(power: PowerId): void {
    if (this.state.status === "running" && at(this.state.powers, power).ready && TIMED.includes(this.state.phase)) {
      this.submit(power, { type: "ready", turn: this.state.turn, phase: this.state.phase, ready: false });
    }
  }

    isFacilitatorKey(key: string): boolean {
    return this.record.facilitatorKeyHash !== null && hashKey(key) === this.record.facilitatorKeyHash;
  }

  connect(who: Presence): void {
    if (!("keyHash" in who)) {
      if (who.viewer === "facilitator") this.facilitatorConnections++;
      else this.spectatorConnections++;
    } else {
      const wasBot = this.seats.isBot(who.viewer);
      this.seats.connect(who.keyHash);
      this.absence.clear(who.viewer);
      this.seats.setAbsent(who.viewer, false);
      if (wasBot && !this.seats.isBot(who.viewer)) this.unreadyAfterBot(who.viewer);
    }
    this.noteEmpty();
    this.emit({ kind: "seats" });
    this.settleTeams();
  }

  disconnect(who: Presence): void {
    if (!("keyHash" in who)) {
      if (who.viewer === "facilitator") this.facilitatorConnections = Math.max(0, this.facilitatorConnections - 1);
      else this.spectatorConnections = Math.max(0, this.spectatorConnections - 1);
    } else {
      this.seats.disconnect(who.keyHash);
      if (this.seats.connectedCount(who.viewer) === 0) this.startAbsentTimer(who.viewer);
    }
    this.noteEmpty();
    this.emit({ kind: "seats" });
    this.settleTeams();
    this.checkAllReady();
  }

  private noteEmpty(): void {
    const empty = this.connections() === 0;
    this.clock.setEmpty(empty);
    this.emptySince = empty ? Math.min(this.emptySince, this.deps.now()) : Infinity;
  }

  /** How long nobody has been connected (0 while someone is). */
  idleFor(now: number): number {
    return Math.max(0, now - this.emptySince);
  }

  connections(): number {
    return this.facilitatorConnections + this.spectatorConnections + powersOf(this.settings).reduce((n, p) => n + this.seats.connectedCount(p), 0);
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
    this.checkAllReady();
  }

  /** More or less time for this phase; a shortening never ends the phase (that is "advance"). */
  extendPhase(seconds: number): Result<true> {
    if (this.state.status === "ended") return fail("match/ended");
    const clock = this.clock.view();
    const left = clock.paused ? clock.remainingMs : clock.deadline === null ? null : clock.deadline - this.deps.now();
    if (left === null || !TIMED.includes(this.state.phase)) return fail("extend/untimed");
    if (seconds < 0 && left + seconds * 1000 < MIN_LEFT_MS) {
      return fail("extend/too_little_left", { seconds: Math.round((-seconds * 1000 + MIN_LEFT_MS) / 1000) });
    }
    this.clock.extend(seconds * 1000);
    return ok(true);
  }

  clockView(): ClockView {
    return this.clock.view();
  }

  seatInfo(power: PowerId): SeatInfo {
    return this.seats.info(power);
  }

  /** Records a chat message and hands it to the listeners. */
  chat(from: Viewer, name: string, to: "public" | PowerId[], text: string, by: string | null = null): Result<ChatMessage> {
    if (this.disposed) return fail("match/closed");
    const recipients = chatRecipients(this.settings, from, to);
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
      by,
      ...(this.practice ? { practice: true as const } : {}),
    };
    const practice = this.practice ? { ...this.practice, chat: [...this.practice.chat, message] } : null;
    const written = this.write(
      "chat",
      () => (practice ? this.deps.store.savePractice(this.id, practice, this.deps.owner) : this.deps.store.appendChat(this.id, message)),
      "chat",
    );
    if (!written.ok) return written;
    if (practice) this.practice = practice;
    this.chatLog.push(message);
    this.emit({ kind: "chat", message });
    return ok(message);
  }

  /** The match hash, live: it changes with every command, hidden ones too (for the facilitator and the operator). */
  hash(): string {
    return this.hashOfState(this.state);
  }

  /**
   * The hash of the state as the current phase began, or of the final state: what anyone may
   * know. It changes only when a phase ends, so it tells nobody when hidden commands were sent.
   */
  phaseHash(): string {
    return this.hashOfState(this.state.status === "ended" ? this.state : this.phaseStart);
  }

  /** Hashes computed once per state (the HTTP API may be asked for them often). */
  private hashOfState(state: MatchState): string {
    let hash = this.hashes.get(state);
    if (hash === undefined) this.hashes.set(state, (hash = hashOf(state)));
    return hash;
  }
  private readonly hashes = new WeakMap<MatchState, string>();
  /** The state as the current phase began. */
  private phaseStart: MatchState;

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
      players: powersOf(this.settings).reduce((n, p) => n + this.seats.membersOf(p).length, 0),
      createdAt: this.record.createdAt,
    };
  }

  /** Everything a debrief needs, once the match is over. */
  archive(): MatchArchive {
    // The practice's chat is not the match's record.
    const chat = this.chatLog.filter((m) => !m.practice);
    return buildArchive({ record: this.record, state: this.state, seats: this.seats, commands: this.commands, chat, hash: this.hash() });
  }

  dispose(): void {
    this.disposed = true;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(new Error("The match is closed on this server."));
    this.clock.dispose();
    this.absence.clearAll();
    this.bots.stop();
    this.listeners.clear();
  }

  // --- after a command

  private afterApply(before: { turn: number; phase: Phase }, actor: Actor, events: GameEvent[]): void {
    if (this.state.status === "ended") return this.finish();
    if (before.turn !== this.state.turn || before.phase !== this.state.phase) {
      this.clock.startPhase(this.state.turn, this.state.phase);
      this.bots.newPhase();
      this.bots.schedule(powersOf(this.settings).filter((p) => this.seats.isBot(p)));
      return;
    }
    if (this.state.phase === "diplomacy") {
      const addressed = new Set<PowerId>();
      for (const e of events) {
        if (e.kind === "proposal" && (e.action === "proposed" || e.action === "countered")) {
          for (const p of e.parties) if (p !== e.by && this.seats.isBot(p)) addressed.add(p);
        }
      }
      this.bots.schedule([...addressed]);
    }
    if (actor !== "system") this.checkAllReady();
  }

  /** Every seat held by a connected human is ready: the phase ends early. */
  private checkAllReady(): void {
    if (this.disposed || this.state.status !== "running" || !TIMED.includes(this.state.phase) || this.clock.paused) return;
    const humans = this.seats.humanConnected();
    if (humans.length === 0 || !humans.every((p) => at(this.state.powers, p).ready)) return;
    this.submit("system", { type: "advance", turn: this.state.turn, phase: this.state.phase });
  }

  private onTimeUp(turn: number, phase: Phase): void {
    if (this.disposed || this.state.status !== "running" || this.state.turn !== turn || this.state.phase !== phase) return;
    const result = this.submit("system", { type: "advance", turn, phase });
    if (!result.ok) this.deps.warn?.(`match ${this.id}: the clock could not advance: ${result.error.code}`);
  }

  private finish(): void {
    this.clock.stop();
    this.absence.clearAll();
    this.write("the archive", () => this.deps.store.finish(this.id, this.hash(), this.archive(), this.deps.now()));
    this.emit({ kind: "ended" });
  }

  // --- absent players and bots

  /** After the grace period, a bot plays the seat until one of its holders is back. */
  private startAbsentTimer(power: PowerId): void {
    this.absence.set(power, this.deps.absentGraceMs, containedCallback(`match ${this.id}: the ${power} seat's absence timer`, () => {
      if (this.disposed || this.seats.connectedCount(power) > 0) return;
      this.seats.setAbsent(power, true);
      this.emit({ kind: "seats" });
      const ordersIn = this.state.phase === "orders" && this.state.orders[power] !== undefined;
      if (!ordersIn) this.bots.schedule([power]);
      this.checkAllReady();
    }));
  }

  // --- the store

  /**
   * Runs a store write. A write that fails at once is refused with server/storage naming `refused`, what was not recorded (nothing changed);
   * one that fails later loses the session, since others may already rely on what it wrote.
   */
  private write(what: string, run: () => Written, refused?: "draft" | "command" | "seat" | "roster" | "chat" | "realmatch"): Result<true> {
    let written: Written;
    try {
      written = run();
    } catch (error) {
      this.deps.warn?.(`match ${this.id}: could not store ${what}: ${String(error)}`);
      return fail("server/storage", refused ? { what: refused } : {});
    }
    if (written) {
      this.pendingWrites++;
      written.then(
        () => this.committedOne(),
        (error: unknown) => this.lose(new Error(`could not store ${what}: ${String(error)}`)),
      );
    }
    return ok(true);
  }

  private committedOne(): void {
    if (this.disposed || --this.pendingWrites > 0) return;
    const held = this.held;
    this.held = [];
    for (const event of held) this.emit(event);
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.resolve();
  }

  /** Resolves once everything written so far is committed (at once with SQLite); rejects if the session is lost. */
  committed(): Promise<void> {
    if (this.disposed) return Promise.reject(new Error("The match is closed on this server."));
    if (this.pendingWrites === 0) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Writes are still in flight: a reply that depends on them must wait for `committed()`. */
  get writing(): boolean {
    return this.pendingWrites > 0;
  }

  /**
   * The session can no longer vouch for its state (a write failed, or another process now hosts
   * the match): it stops, drops what it held back, and tells its room, which closes. The match
   * lives on in the store.
   */
  lose(error: Error): void {
    if (this.disposed) return;
    this.deps.warn?.(`match ${this.id}: ${error.message}; closing it here`);
    const listeners = [...this.listeners];
    this.held = [];
    this.dispose();
    for (const listener of listeners) listener({ kind: "lost" });
  }

  private emit(event: SessionEvent): void {
    if (this.pendingWrites > 0) {
      this.held.push(event);
      return;
    }
    for (const listener of this.listeners) listener(event);
  }
}
