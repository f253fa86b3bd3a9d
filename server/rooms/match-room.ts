/**
 * One Colyseus room per match; its room id is the match id. The room authenticates each
 * client (seat key, facilitator key, a new claim, or spectator), gives it its seat's view,
 * checks the shape of every message and hands it to the match session. A refused message is
 * answered with an "error" message to that client only (or the request's reply), never a
 * disconnect.
 */
import { isPowerOf } from "../../shared/scenario/ids-of";
import { setTimeout as sleep } from "node:timers/promises";
import { Room, SchemaSerializer, ServerError } from "@colyseus/core";
import type { Client, Deferred, MessageContext, Serializer } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import { getScenario } from "../../shared";
import type { PowerId, Result, RuleError, Scenario, Viewer } from "../../shared";
import { fail, ok } from "../../shared";
import { errorText } from "../../shared/catalog";
import { contained, containedCallback, reportFault } from "../contain";
import { socketAddress } from "../http/guard";
import { SeatLimiter } from "../match/chat";
import { memberId } from "../match/roster";
import { mayEnter, nameProblem } from "../match/moderation";
import { hashKey } from "../match/secrets";
import { MatchSession } from "../match/session";
import type { Presence, SessionEvent } from "../match/session";
import type { Services } from "../services";
import { CLASSROOM_MESSAGES, MESSAGE_NAMES, SERVER_MESSAGES } from "../../shared/protocol";
import type { ClassroomMessage, ErrorMessage, JoinOptions, MessageName, Reply, ReplyTo, SeatMessage, ServerTime } from "../../shared/protocol";
import { chatSchema, claimSchema, draftSchema, extendSchema, joinOptionsSchema, pauseSchema } from "../../shared/protocol/validators";
import { parseWith, settingsFrom } from "../validate";
import { Classroom } from "./classroom";
import { listingOf } from "./listing";
import { StateMirror } from "./mirror";
import { SlotSerializer } from "./slot-serializer";
import { stateTypesId } from "../../shared/protocol/state/fingerprint";
import type { MatchRoomState } from "../../shared/protocol/state/room-state";

/**
 * The room's own patch interval, a safety net: changes are sent as soon as they are made (see
 * queuePatch). An idle room's patch still costs a little; with hundreds of rooms, often adds up.
 */
const SAFETY_PATCH_MS = 1000;
/** Colyseus counts a client's messages per second on the room's clock, which moves when ticked. */
const CLOCK_TICK_MS = 100;

/** What the room knows about a connected client (survives its reconnections). */
export interface ClientInfo {
  viewer: Viewer;
  keyHash: string | null;
  name: string;
  /** Counted as connected by the session (false between a drop and a reconnection). */
  counted: boolean;
  /** Holds its viewer's slot (until it leaves for good). */
  watching: boolean;
  /** Hash of the browser's device id, if it gave one (a removed student's is kept out). */
  device?: string | null;
}

type MatchClient = Client<{ userData: ClientInfo }>;
/** A message's handler: its reply (or a promise of it), of the shape the protocol gives that message. */
type Handler<N extends MessageName = MessageName> = (client: MatchClient, payload: unknown, ctx: MessageContext) => ReplyTo<N> | Promise<ReplyTo<N>>;

/** Who asks for a match's description: the operator (checked by the HTTP route), or a facilitator key to check here. */
export interface LiveAccess {
  operator?: boolean;
  facilitatorKey?: string;
}

/** Options of a room created by the server itself (restore, quick play), never by a client. */
export interface InternalCreate {
  internal: { token: string; restore?: string; match?: unknown };
}

/** Made by the server itself (checked against its token in onCreate). */
export function isInternalCreate(options: unknown): options is InternalCreate {
  return typeof options === "object" && options !== null && "internal" in options;
}

/**
 * Numeric code of a refused create or join (an HTTP status, as the matchmaking route needs one);
 * the message starts with the rule-style code, e.g. "seat/taken: …".
 */
export const JOIN_REFUSED = 400;

function isContext(value: unknown): value is MessageContext {
  return typeof value === "object" && value !== null && typeof (value as { reject?: unknown }).reject === "function";
}

/** A refusal as it is; anything else is a fault: reported here, and only a generic error goes out. */
function refusalOf(error: unknown, where: string): ServerError {
  if (error instanceof ServerError) return error;
  reportFault(where, error);
  return new ServerError(500, refusalText({ code: "server/internal", params: {} }));
}

/** A refused create or join, in the SDK's words: "code: the English text". */
function refusalText(error: RuleError, scenario?: Scenario): string {
  return `${error.code}: ${errorText(error, scenario)}`;
}

function refuse(error: RuleError, scenario?: Scenario): never {
  throw new ServerError(JOIN_REFUSED, refusalText(error, scenario));
}

export function defineMatchRoom(services: Services) {
  const { registry, config } = services;

  return class MatchRoom extends Room<{ state: MatchRoomState; client: MatchClient }> {
    session!: MatchSession;
    mirror!: StateMirror;
    /** The session id of the seat reserved for whoever created the room, until that seat joins. */
    private creatorSession: string | null = null;
    /** The rules' state changed since the views were last mirrored (they are, once per patch). */
    private rulesDirty = false;
    private patchQueued = false;
    private clockTicker: ReturnType<typeof setInterval> | undefined;
    private disposed = false;
    private creatorFacilitatorKey: string | null = null;
    /** The listing last published (see relist). */
    private listed = "";
    /** Connections that dropped and may still reconnect, by session id. */
    private readonly dropped = new Map<string, { keyHash: string | null; pending: Deferred<Client> }>();
    /** Rules commands, and chat lines, per seat (all its connections together). */
    private readonly commandLimits = new SeatLimiter(config.commandBurst, config.commandIntervalMs);
    readonly chatLimits = new SeatLimiter(config.chatBurst, config.chatIntervalMs);
    override maxMessagesPerSecond = config.maxMessagesPerSecond;
    /** The facilitator's roster, assignments and broadcasts (./classroom.ts). */
    readonly classroom = new Classroom(this);

    /**
     * One handler per message of the protocol (shared/protocol/names.ts), no more and no fewer
     * (the type says so; tests/server/protocol.test.ts checks what the room registers).
     */
    private readonly handlers: { [N in MessageName]: Handler<N> } = {
      ...(Object.fromEntries(CLASSROOM_MESSAGES.map((type) => [type, this.classroomHandler(type)])) as { [N in ClassroomMessage]: Handler<N> }),
      command: (client, payload, ctx) => this.onCommand(client, payload, ctx),
      chat: (client, payload, ctx) => this.onChat(client, payload, ctx),
      claim: (client, payload, ctx) => this.onClaim(client, payload, ctx),
      draft: (client, payload, ctx) => this.onDraft(client, payload, ctx),
      pause: (client, payload, ctx) => this.onPause(client, payload, ctx),
      extend: (client, payload, ctx) => this.onExtend(client, payload, ctx),
      time: (client, _payload, ctx) => {
        const now: ServerTime = { now: Date.now() };
        if (ctx?.id === undefined) client.send(SERVER_MESSAGES.time, now);
        return { ok: true, ...now };
      },
    };

    /** A classroom message is answered with what ./classroom.ts gives for it. */
    private classroomHandler<N extends ClassroomMessage>(type: N): Handler<N> {
      return (client, payload, ctx) => this.answer(client, ctx, type, this.classroom.handle(type, client, payload));
    }

    override messages = {
      ...Object.fromEntries(MESSAGE_NAMES.map((name) => [name, this.guarded(name, this.handlers[name])])),
      // Any other type. Colyseus calls this (client, type, payload), except for a message whose type
      // is literally "*", which it hands over as (client, payload, context).
      _: (client: MatchClient, type: unknown, third: unknown) => {
        const ctx = isContext(third) ? third : undefined;
        const name = (ctx ? "*" : String(type)).slice(0, 60);
        return this.answer(client, ctx, name, fail("message/unknown_type", { message: name }));
      },
    };

    /**
     * Every message goes through here: a client whose seat was taken away meanwhile is refused
     * (or follows its seat, if it was moved), and an unexpected exception is answered with a
     * generic error to the sender alone, logged with the match, and goes no further.
     */
    private guarded(type: MessageName, handler: Handler) {
      return (client: MatchClient, payload: unknown, ctx: MessageContext) =>
        contained(
          `match ${this.roomId}: message "${type}"`,
          () => {
            const removed = this.followSeat(client);
            return removed ? this.answer(client, ctx, type, removed) : handler(client, payload, ctx);
          },
          () => this.answer(client, ctx, type, fail("server/internal")),
        );
    }

    /** Colyseus makes a SchemaSerializer when the state is set: ours (slot-serializer.ts) instead. */
    override setSerializer(serializer: Serializer<MatchRoomState>): void {
      super.setSerializer(serializer instanceof SchemaSerializer ? new SlotSerializer() : serializer);
    }

    override async onCreate(options: unknown): Promise<void> {
      try {
        await this.create(options);
      } catch (error) {
        throw refusalOf(error, "a new match");
      }
    }

    private async create(options: unknown): Promise<void> {
      const internal = (options as Partial<InternalCreate> | null)?.internal;
      const trusted = internal !== undefined && internal.token === services.internalToken;
      let session: MatchSession | undefined;
      if (trusted && internal.restore) {
        session = registry.unpark(internal.restore);
        if (!session) refuse({ code: "match/not_found", params: {} });
      } else {
        const input = trusted ? internal.match : (options as { match?: unknown } | null)?.match;
        const settings = settingsFrom(input, `Match ${new Date(Date.now()).toISOString().slice(0, 16).replace("T", " ")}`);
        if (!settings.ok) refuse(settings.error);
        const created = await MatchSession.create(settings.value, services.sessionDeps);
        session = created.session;
        this.creatorFacilitatorKey = created.facilitatorKey;
        if (!trusted) this.noteCreatorReservation();
      }
      this.session = session;
      this.roomId = session.id;
      await this.setPrivate(true);
      this.autoDispose = session.state.status === "ended";
      this.mirror = new StateMirror(session);
      this.state = this.mirror.state;
      // Changes go out as soon as the messages that made them are handled (see queuePatch); the
      // interval only keeps the room's clock ticking and catches anything else.
      this.patchRate = SAFETY_PATCH_MS;
      this.clockTicker = setInterval(() => this.clock.tick(), CLOCK_TICK_MS);
      registry.add(session);
      session.on((event) => this.onSessionEvent(event));
      this.relist();
    }

    /**
     * Colyseus reserves the creator's seat right after onCreate, before anyone else can know the
     * room's id: that first reservation (not the first join, which a stranger could win) is the
     * creator's, and only it is handed the facilitator key. Colyseus calls `_reserveSeat` by name
     * on the room, so it is wrapped here, for that one call.
     */
    private noteCreatorReservation(): void {
      const room = this as unknown as { _reserveSeat: (sessionId: string, ...rest: unknown[]) => unknown };
      const reserve = room._reserveSeat;
      room._reserveSeat = (sessionId: string, ...rest: unknown[]) => {
        room._reserveSeat = reserve;
        this.creatorSession = sessionId;
        return reserve.call(this, sessionId, ...rest);
      };
    }

    /**
     * The match's summary, public hash and hosting process, for the HTTP API of any process
     * (matchMaker.remoteRoomCall); with the operator's word or this match's facilitator key, the
     * live hash too.
     */
    describe(access: LiveAccess = {}) {
      const live = access.operator === true || (typeof access.facilitatorKey === "string" && this.session.isFacilitatorKey(access.facilitatorKey));
      return { ...this.session.summary(), hash: this.session.phaseHash(), host: services.owner, ...(live ? { liveHash: this.session.hash() } : {}) };
    }

    /** The summary in the room listing changes with the seats and the phase; published only then. */
    private relist(): void {
      const listing = listingOf(this.session);
      const text = JSON.stringify(listing);
      if (text === this.listed) return;
      this.listed = text;
      this.setMetadata(listing).catch((error: unknown) => config.verbose && console.warn(`[overflight] listing of ${this.roomId}: ${String(error)}`));
    }

    override async onJoin(client: MatchClient, rawOptions: unknown): Promise<void> {
      try {
        await this.join(client, rawOptions);
      } catch (error) {
        throw refusalOf(error, `match ${this.roomId}: a join`);
      }
    }

    private async join(client: MatchClient, rawOptions: unknown): Promise<void> {
      const parsed = parseWith(joinOptionsSchema, rawOptions ?? {}, "join/malformed");
      if (!parsed.ok) refuse(parsed.error, this.scenario());
      // A client decoding with its own copy of the state's types must have the server's.
      if (parsed.value.stateTypes !== undefined && parsed.value.stateTypes !== stateTypesId()) refuse({ code: "join/outdated_client", params: {} });
      const creator = this.creatorSession !== null && client.sessionId === this.creatorSession;
      if (creator) this.creatorSession = null;
      const device = parsed.value.device ? hashKey(`device:${parsed.value.device}`) : null;
      const seat = this.identify(parsed.value, creator, device);
      if (!seat.ok) {
        // Keys are guesses too: a wrong one beyond the address's budget is refused only after a
        // wait (services.guesses); a right key never waits.
        if (seat.error.code === "seat/bad_key") await sleep(services.guesses.penaltyMs(socketAddress(client.ref), Date.now()));
        refuse(seat.error, this.scenario());
      }
      const { viewer, keyHash, name, seatKey, facilitatorKey } = seat.value;
      // A new seat key is handed out only once the store has it.
      if (this.session.writing) await this.session.committed();
      client.userData = { viewer, keyHash, name, counted: false, watching: true, device };
      this.flushRules();
      client.view = new StateView();
      this.mirror.watch(viewer, client.view);
      client.ref.on("message", this.patchSoon);
      this.classroom.joined(client, parsed.value.waiting === true);
      this.count(client);
      client.send(SERVER_MESSAGES.seat, {
        matchId: this.session.id,
        code: this.session.record.code,
        viewer,
        name,
        ...(seatKey ? { seatKey } : {}),
        ...(facilitatorKey ? { facilitatorKey } : {}),
      } satisfies SeatMessage);
    }

    override onDrop(client: MatchClient): void {
      this.uncount(client);
      // Not awaited: Colyseus closes a socket it drops (a flood) only once onDrop returns. If the
      // window closes without a reconnection (or the facilitator voids it), onLeave follows.
      const pending = this.allowReconnection(client, config.reconnectSeconds);
      this.dropped.set(client.sessionId, { keyHash: client.userData?.keyHash ?? null, pending });
      const settled = () => this.dropped.delete(client.sessionId);
      pending.then(settled, settled);
    }

    override onReconnect(client: MatchClient): void {
      client.ref.on("message", this.patchSoon);
      if (this.followSeat(client)) return;
      this.count(client);
    }

    /**
     * The facilitator took this holder's seat away or moved it: a connection that is down now
     * cannot come back with its reconnection token (its client rejoins with its seat key, which
     * opens the new seat or nothing).
     */
    voidReconnections(keyHash: string): void {
      for (const [sessionId, drop] of this.dropped) {
        if (drop.keyHash !== keyHash) continue;
        this.dropped.delete(sessionId);
        drop.pending.reject(new Error("seat taken away"));
      }
    }

    /**
     * A holder's connection follows its seat: if the seat was taken away, it is closed (and the
     * failure returned); if it was moved, the connection now sees the new seat.
     */
    private followSeat(client: MatchClient): Result<never> | null {
      const info = client.userData;
      if (!info || info.keyHash === null || info.viewer === "facilitator" || info.viewer === "spectator") return null;
      const member = this.session.seats.byHash(info.keyHash);
      if (!member) {
        // After the answer to the message that found it out has gone.
        setImmediate(() => this.classroom.dismiss(client));
        return fail("seat/removed");
      }
      if (member.power !== info.viewer) this.classroom.follow(client, member.power);
      return null;
    }

    override onLeave(client: MatchClient): void {
      this.uncount(client);
      const info = client.userData;
      if (info?.watching) {
        info.watching = false;
        if (client.view) this.mirror.unwatch(info.viewer, client.view);
      }
    }

    override onDispose(): void {
      this.disposed = true;
      clearInterval(this.clockTicker);
      this.classroom.dispose();
      if (!this.session) return; // onCreate refused the room
      registry.remove(this.session.id);
      this.session.dispose();
    }

    // --- who is joining

    private identify(
      options: Omit<JoinOptions, "match">,
      creator: boolean,
      device: string | null,
    ): Result<{ viewer: Viewer; keyHash: string | null; name: string; seatKey?: string; facilitatorKey?: string }> {
      const session = this.session;
      if (options.facilitatorKey !== undefined) {
        if (!session.isFacilitatorKey(options.facilitatorKey)) return fail("seat/bad_key", { key: "facilitator" });
        return ok({ viewer: "facilitator", keyHash: null, name: options.name ?? "Facilitator" });
      }
      if (options.seatKey !== undefined) {
        const member = session.seats.findByKey(options.seatKey);
        if (!member) return fail("seat/bad_key", { key: "seat" });
        return ok({ viewer: member.power, keyHash: member.keyHash, name: options.name ?? member.name });
      }
      if (creator && this.creatorFacilitatorKey) {
        return ok({ viewer: "facilitator", keyHash: null, name: options.name ?? "Facilitator", facilitatorKey: this.creatorFacilitatorKey });
      }
      if (options.power !== undefined || options.quick || options.waiting) {
        const allowed = this.mayEnter(device, options.name, options.power !== undefined);
        if (!allowed.ok) return allowed;
      }
      if (options.power !== undefined || options.quick) {
        const claimed = this.claimSeat(options.power, options.quick === true, options.name);
        if (!claimed.ok) return claimed;
        return ok({ viewer: claimed.value.power, keyHash: claimed.value.keyHash, name: claimed.value.name, seatKey: claimed.value.key });
      }
      // Spectators cost the match a view and a socket each, and do nothing: capped per match.
      const watching = this.clients.filter((c) => c.userData?.viewer === "spectator").length;
      if (watching >= config.maxSpectatorsPerMatch) return fail("seat/spectators_full", { max: config.maxSpectatorsPerMatch });
      return ok({ viewer: "spectator", keyHash: null, name: options.name ?? "Spectator" });
    }

    /** A new student may come in (not kept out, not locked, a name of their own, a power only if they may pick one). */
    private mayEnter(device: string | null, name: string | undefined, picks: boolean): Result<true> {
      const settings = this.session.settings;
      if (!settings.facilitator) return ok(true);
      const entry = mayEnter(settings, device);
      if (!entry.ok) return entry;
      const teachers = this.clients.filter((c) => c.userData?.viewer === "facilitator").map((c) => c.userData!.name);
      const problem = name === undefined ? null : nameProblem(name, teachers);
      if (problem) return fail("join/reserved_name", { whose: problem });
      if (picks && settings.assignOnly) return fail("seat/assign_only");
      return ok(true);
    }

    private claimSeat(wanted: PowerId | undefined, anyFree: boolean, name: string | undefined): Result<{ power: PowerId; key: string; keyHash: string; name: string }> {
      const { settings } = this.session;
      if (wanted !== undefined && !isPowerOf(settings, wanted)) return fail("seat/unknown_power", { power: wanted, scenario: settings.scenarioId });
      const free = this.session.seats.free();
      let power = wanted;
      if (anyFree && (!power || !free.includes(power))) power = free[Math.floor(Math.random() * free.length)];
      if (!power) return fail("seat/none_free");
      const label = name ?? power;
      const claimed = this.session.claim(power, label);
      if (!claimed.ok) return claimed;
      return ok({ power, key: claimed.value.key, keyHash: claimed.value.member.keyHash, name: label });
    }

    private presenceOf(info: ClientInfo): Presence {
      if (info.viewer === "facilitator" || info.viewer === "spectator") return { viewer: info.viewer };
      return { viewer: info.viewer, keyHash: info.keyHash! };
    }

    private count(client: MatchClient): void {
      const info = client.userData;
      if (!info || info.counted) return;
      info.counted = true;
      this.session.connect(this.presenceOf(info));
    }

    private uncount(client: MatchClient): void {
      const info = client.userData;
      if (!info || !info.counted) return;
      info.counted = false;
      this.session.disconnect(this.presenceOf(info));
    }

    // --- messages

    /** Answers a message: nothing more on success (the state shows it), an error to this client only otherwise. */
    private scenario(): Scenario | undefined {
      return this.session ? getScenario(this.session.settings.scenarioId) : undefined;
    }

    private answer<T extends object = never>(client: MatchClient, ctx: MessageContext | undefined, type: string, result: Result<T>): Reply<T> {
      if (result.ok) return { ok: true, ...result.value };
      const { code, params } = result.error;
      const error = { type, code, params, message: errorText(result.error, this.scenario()) };
      if (ctx?.id === undefined) client.send(SERVER_MESSAGES.error, error satisfies ErrorMessage);
      return { ok: false, ...error };
    }

    /**
     * Answers once what the message wrote is committed (after `first`, if given): an acknowledged
     * command is never lost. With SQLite it already is; with PostgreSQL the reply waits for the write.
     */
    private answerCommitted<T extends object = never>(client: MatchClient, ctx: MessageContext | undefined, type: string, result: Result<T>, first?: () => void): Reply<T> | Promise<Reply<T>> {
      const answer = () => {
        first?.();
        return this.answer(client, ctx, type, result);
      };
      if (!result.ok || !this.session.writing) return answer();
      return this.session.committed().then(answer, () =>
        this.answer(client, ctx, type, fail("server/storage", { what: "message" })),
      );
    }

    private onCommand(client: MatchClient, payload: unknown, ctx: MessageContext) {
      const info = client.userData!;
      if (info.viewer === "spectator") return this.answer(client, ctx, "command", fail("seat/spectator"));
      if (!this.commandLimits.take(info.viewer, Date.now())) return this.answer(client, ctx, "command", fail("command/rate_limited", { what: "commands" }));
      const member = info.keyHash === null ? null : this.session.seats.byHash(info.keyHash);
      const result = member ? this.session.act(member, payload) : this.session.submit(info.viewer, payload);
      return this.answerCommitted(client, ctx, "command", result.ok ? ok({}) : result);
    }

    /** A team member changes the team's shared draft, or sends it as the team's orders. */
    private onDraft(client: MatchClient, payload: unknown, ctx: MessageContext) {
      const info = client.userData!;
      const member = info.keyHash === null ? null : this.session.seats.byHash(info.keyHash);
      if (!member) return this.answer(client, ctx, "draft", fail("seat/no_team"));
      const parsed = parseWith(draftSchema, payload, "draft/malformed");
      if (!parsed.ok) return this.answer(client, ctx, "draft", parsed);
      if (!this.commandLimits.take(info.viewer, Date.now())) return this.answer(client, ctx, "draft", fail("command/rate_limited", { what: "changes" }));
      const { turn, edits, send } = parsed.value;
      let result = edits.length > 0 ? this.session.editDraft(member, turn, edits) : ok(true);
      if (result.ok && send) result = this.session.sendDraft(member, turn);
      return this.answerCommitted(client, ctx, "draft", result.ok ? ok({ version: this.session.team.draft(member.power).version }) : result);
    }

    private onChat(client: MatchClient, payload: unknown, ctx: MessageContext) {
      const info = client.userData!;
      const parsed = parseWith(chatSchema, payload, "chat/malformed");
      if (!parsed.ok) return this.answer(client, ctx, "chat", parsed);
      if (info.viewer === "spectator") return this.answer(client, ctx, "chat", fail("chat/spectator"));
      if (!this.chatLimits.take(info.viewer, Date.now())) return this.answer(client, ctx, "chat", fail("chat/rate_limited"));
      const member = info.keyHash === null ? null : this.session.seats.byHash(info.keyHash);
      const sent = this.session.chat(info.viewer, info.name, parsed.value.to, parsed.value.text, member ? memberId(member.keyHash) : null);
      return this.answerCommitted(client, ctx, "chat", sent.ok ? ok({}) : sent);
    }

    private onClaim(client: MatchClient, payload: unknown, ctx: MessageContext) {
      const info = client.userData!;
      const parsed = parseWith(claimSchema, payload ?? {}, "claim/malformed");
      if (!parsed.ok) return this.answer(client, ctx, "claim", parsed);
      if (info.viewer !== "spectator") return this.answer(client, ctx, "claim", fail("seat/already_seated"));
      const allowed = this.mayEnter(info.device ?? null, parsed.value.name ?? info.name, true);
      if (!allowed.ok) return this.answer(client, ctx, "claim", allowed);
      const claimed = this.claimSeat(parsed.value.power, parsed.value.power === undefined, parsed.value.name ?? (info.name === "Spectator" ? undefined : info.name));
      if (!claimed.ok) return this.answer(client, ctx, "claim", claimed);
      this.uncount(client);
      client.view!.remove(this.mirror.slot("spectator"));
      this.mirror.unwatch("spectator", client.view!);
      Object.assign(info, { viewer: claimed.value.power, keyHash: claimed.value.keyHash, name: claimed.value.name });
      this.mirror.watch(claimed.value.power, client.view!);
      this.count(client);
      this.queuePatch();
      const seat: SeatMessage = { matchId: this.session.id, code: this.session.record.code, viewer: claimed.value.power, name: claimed.value.name, seatKey: claimed.value.key };
      return this.answerCommitted(client, ctx, "claim", ok(seat), () => client.send(SERVER_MESSAGES.seat, seat));
    }

    private onPause(client: MatchClient, payload: unknown, ctx: MessageContext) {
      if (client.userData!.viewer !== "facilitator") return this.answer(client, ctx, "pause", fail("seat/not_facilitator", { command: "pause" }));
      const parsed = parseWith(pauseSchema, payload, "pause/malformed");
      if (!parsed.ok) return this.answer(client, ctx, "pause", parsed);
      if (this.session.state.status === "ended") return this.answer(client, ctx, "pause", fail("match/ended"));
      this.session.setPaused(parsed.value.paused);
      return this.answer(client, ctx, "pause", ok({ paused: this.session.clockView().paused }));
    }

    private onExtend(client: MatchClient, payload: unknown, ctx: MessageContext) {
      if (client.userData!.viewer !== "facilitator") return this.answer(client, ctx, "extend", fail("seat/not_facilitator", { command: "extend" }));
      const parsed = parseWith(extendSchema, payload, "extend/malformed");
      if (!parsed.ok) return this.answer(client, ctx, "extend", parsed);
      if (this.session.state.status === "ended") return this.answer(client, ctx, "extend", fail("match/ended"));
      const extended = this.session.extendPhase(parsed.value.seconds);
      return this.answer(client, ctx, "extend", extended.ok ? ok({}) : extended);
    }

    // --- the session changed

    /** Views are rebuilt once per patch, however many commands (bots' included) came in. */
    override onBeforePatch(): void {
      this.flushRules();
    }

    private flushRules(): void {
      if (!this.rulesDirty) return;
      this.rulesDirty = false;
      this.mirror.syncRules();
    }

    /**
     * Sends the pending changes right after the current burst of messages (everything handled in
     * this turn of the event loop), instead of waiting up to a patch interval: a command's
     * effect reaches its sender about one round trip after it was sent.
     */
    /** After any message a client sends (whatever handles it), what changed goes out at once. */
    private readonly patchSoon = () => this.queuePatch();

    private queuePatch(): void {
      if (this.patchQueued || this.disposed) return;
      this.patchQueued = true;
      setImmediate(
        containedCallback(`match ${this.roomId}: a patch`, () => {
          this.patchQueued = false;
          if (!this.disposed) this.broadcastPatch();
        }),
      );
    }

    private onSessionEvent(event: SessionEvent): void {
      this.queuePatch();
      switch (event.kind) {
        case "rules":
          this.rulesDirty = true;
          this.relist();
          return;
        case "seats":
          this.mirror.syncSeats();
          this.classroom.changed();
          this.relist();
          return;
        case "clock":
          this.mirror.syncClock();
          return;
        case "chat":
          this.mirror.addChat(event.message);
          return;
        case "team":
          this.mirror.syncTeams();
          return;
        case "restart":
          this.rulesDirty = false;
          this.mirror.restart();
          this.relist();
          return;
        case "ended":
          this.flushRules();
          this.mirror.syncAll();
          this.autoDispose = true;
          this.relist();
          return;
        case "lost":
          // Clients reconnect and find the match again, restored from the store.
          void this.disconnect();
          return;
      }
    }
  };
}
