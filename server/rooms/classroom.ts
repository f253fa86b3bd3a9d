/**
 * The facilitator's classroom messages, beside the match room's own: the roster (who holds which
 * seat, who waits to be assigned), assigning and moving students, removing them, reserving seats
 * for bots, and broadcasts. Every one of them is refused to anyone but the facilitator
 * (`seat/not_facilitator`). The facilitator's connections receive the roster (`roster` message)
 * whenever it changes.
 */
import { isPowerOf } from "../../shared/scenario/ids-of";
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import type { PowerId, Result } from "../../shared";
import { fail, ok } from "../../shared";
import { containedCallback } from "../contain";
import type { SeatLimiter } from "../match/chat";
import { memberId } from "../match/roster";
import type { MatchSession } from "../match/session";
import { SERVER_MESSAGES } from "../../shared/protocol";
import type { Announcement, ClassroomMessage, Kicked, ResultOf, SeatMessage } from "../../shared/protocol";
import { classroomSchemas } from "../../shared/protocol/validators";
import { parseWith } from "../validate";
import type { ClientInfo } from "./match-room";
import type { StateMirror } from "./mirror";

type MatchClient = Client<{ userData: ClientInfo }>;
/** A classroom message's payload, as its validator gives it. */
type ClassroomPayload<N extends ClassroomMessage> = z.output<(typeof classroomSchemas)[N]>;
/** A classroom message's handler: its result is the protocol's for that message. */
type ClassroomHandler<N extends ClassroomMessage> = (client: MatchClient, value: ClassroomPayload<N>) => Result<ResultOf<N>>;

/** What the classroom needs of the room (read when a message comes, after onCreate). */
export interface ClassroomHost {
  readonly session: MatchSession;
  readonly mirror: StateMirror;
  readonly clients: readonly MatchClient[];
  /** Chat lines per seat (the facilitator's broadcasts count as its chat). */
  readonly chatLimits: SeatLimiter;
  /** Voids the reconnection of every dropped connection of this holder. */
  voidReconnections(keyHash: string): void;
}

export type { Roster, RosterEntry } from "../../shared/roster";
import type { Roster, RosterEntry } from "../../shared/roster";

/** The roster goes to the facilitator at most this often (each push is the whole roster). */
const ROSTER_PUSH_MS = 250;

/** Close code of a removed student's connection: a consented leave, so the SDK does not reconnect. */
const KICK_CLOSE = 4000;

export class Classroom {
  /** Connected spectators who joined to wait for a power, by session id. */
  private readonly waitingSince = new Map<string, number>();
  private pushQueued = false;
  private lastPush = 0;
  private closed = false;

  constructor(private readonly room: ClassroomHost) {}

  /** A client joined: remember it if it waits to be assigned. */
  joined(client: MatchClient, waiting: boolean): void {
    if (waiting && client.userData?.viewer === "spectator") this.waitingSince.set(client.sessionId, Date.now());
  }

  dispose(): void {
    this.closed = true;
  }

  /**
   * Seats or connections changed: the facilitator's roster goes out after this burst of
   * messages, and at most once per ROSTER_PUSH_MS however fast students join.
   */
  changed(): void {
    if (this.pushQueued || this.closed || !this.room.session?.settings.facilitator) return;
    this.pushQueued = true;
    const wait = Math.max(0, this.lastPush + ROSTER_PUSH_MS - Date.now());
    setTimeout(
      containedCallback(`match ${this.room.session.id}: the roster`, () => {
        this.pushQueued = false;
        if (this.closed) return;
        const facilitators = this.room.clients.filter((c) => c.userData?.viewer === "facilitator");
        if (facilitators.length === 0) return;
        this.lastPush = Date.now();
        const roster = this.roster();
        for (const c of facilitators) c.send(SERVER_MESSAGES.roster, roster);
      }),
      wait,
    );
  }

  roster(): Roster {
    const { session, clients } = this.room;
    const live = new Set(clients.map((c) => c.sessionId));
    for (const id of this.waitingSince.keys()) if (!live.has(id)) this.waitingSince.delete(id);
    const players = session.seats.all().map((m) => ({
      id: memberId(m.keyHash),
      name: m.name,
      power: m.power,
      connected: clients.some((c) => c.userData?.keyHash === m.keyHash && c.userData.counted),
    }));
    const waiting: RosterEntry[] = [];
    let spectators = 0;
    for (const c of clients) {
      const info = c.userData;
      if (info?.viewer !== "spectator") continue;
      if (this.waitingSince.has(c.sessionId)) waiting.push({ id: `c_${c.sessionId}`, name: info.name, power: null, connected: true });
      else spectators++;
    }
    return { players, waiting, spectators, ...this.entryState() };
  }

  private entryState() {
    const s = this.room.session.settings;
    return { locked: s.locked ?? false, assignOnly: s.assignOnly ?? false, removed: s.banned?.length ?? 0, readyRule: s.readyRule ?? "any", captains: s.captains ?? {} };
  }

  /** A removed student's browsers stay out of the lesson until the facilitator lets them back. */
  private keepOut(clients: readonly MatchClient[]): void {
    const ban = clients.map((c) => c.userData?.device).filter((d): d is string => typeof d === "string");
    if (ban.length > 0) this.room.session.changeRoster({ kind: "entry", ban });
  }

  /**
   * One handler per classroom message, no more and no fewer, each given its payload as its
   * validator parsed it and answering with the protocol's result for that message (ResultOf).
   */
  private readonly handlers: { [N in ClassroomMessage]: ClassroomHandler<N> } = {
    roster: () => ok({ roster: this.roster() }),
    assign: (_client, v) => this.assign(v.player, v.power),
    kick: (_client, v) => this.kick(v.player),
    bots: (_client, v) => {
      const done = this.room.session.changeRoster({ kind: "bots", powers: v.powers, reserved: v.reserved, ...(v.level ? { level: v.level } : {}) });
      return done.ok ? ok({ powers: done.value.powers }) : done;
    },
    broadcast: (client, v) => this.broadcast(client, v.to, v.text),
    rename: (_client, v) => this.rename(v.player, v.name),
    entry: (_client, v) => {
      const done = this.room.session.changeRoster({ kind: "entry", ...v });
      if (!done.ok) return done;
      this.changed();
      return ok(this.entryState());
    },
    readyrule: (_client, v) => {
      const done = this.room.session.changeRoster({ kind: "ready", rule: v.rule, captains: v.captains ?? {} });
      if (done.ok) this.changed();
      return done.ok ? ok({ rule: v.rule }) : done;
    },
    realmatch: () => {
      const done = this.room.session.endPractice(false);
      return done.ok ? ok({}) : done;
    },
    teamcap: (_client, { size }) => {
      const done = this.room.session.changeRoster({ kind: "cap", size });
      return done.ok ? ok({ size }) : done;
    },
  };

  /** Checks and runs one classroom message (the room answers it, to this client only). */
  handle<N extends ClassroomMessage>(type: N, client: MatchClient, payload: unknown): Result<ResultOf<N>> {
    const info = client.userData;
    if (!info || info.viewer !== "facilitator") return fail("seat/not_facilitator", { command: type });
    // The schema indexed by a generic name is a union TypeScript does not narrow; its output is that name's payload.
    const parsed = parseWith(classroomSchemas[type] as z.ZodType<unknown>, payload ?? {}, `${type}/malformed`);
    return parsed.ok ? this.handlers[type](client, parsed.value as ClassroomPayload<N>) : parsed;
  }

  private rename(id: string, name: string): Result<ResultOf<"rename">> {
    const member = this.member(id);
    if (!member) return fail("roster/unknown_player", { who: "player" });
    const done = this.room.session.changeRoster({ kind: "rename", keyHash: member.keyHash, name });
    if (!done.ok) return done;
    for (const c of this.room.clients) {
      if (c.userData?.keyHash !== member.keyHash) continue;
      c.userData.name = name;
      c.send(SERVER_MESSAGES.seat, { matchId: this.room.session.id, code: this.room.session.record.code, viewer: member.power, name } satisfies SeatMessage);
    }
    this.changed();
    return ok({ player: id, name });
  }

  private assign(id: string, power: PowerId): Result<ResultOf<"assign">> {
    const { session } = this.room;
    if (session.state.status === "ended") return fail("match/ended");
    if (!isPowerOf(session.settings, power)) return fail("seat/unknown_power", { power, scenario: session.settings.scenarioId });
    if (id.startsWith("c_")) {
      const target = this.waitingClient(id);
      if (!target) return fail("roster/unknown_player", { who: "student" });
      const info = target.userData!;
      if (session.settings.bots[power]) {
        const opened = session.changeRoster({ kind: "bots", powers: [power], reserved: false });
        if (!opened.ok) return opened;
      }
      const claimed = session.claim(power, info.name);
      if (!claimed.ok) return claimed;
      this.waitingSince.delete(target.sessionId);
      // The spectator becomes the seat's holder: counted as such, and sent its seat key.
      if (info.counted) session.disconnect({ viewer: "spectator" });
      this.switchView(target, power);
      info.keyHash = claimed.value.member.keyHash;
      if (info.counted) session.connect({ viewer: power, keyHash: info.keyHash });
      target.send(SERVER_MESSAGES.seat, { matchId: session.id, code: session.record.code, viewer: power, name: info.name, seatKey: claimed.value.key } satisfies SeatMessage);
      this.changed();
      return ok({ player: memberId(claimed.value.member.keyHash), power });
    }
    const member = this.member(id);
    if (!member) return fail("roster/unknown_player", { who: "player" });
    const moved = session.changeRoster({ kind: "move", keyHash: member.keyHash, to: power });
    if (!moved.ok) return moved;
    this.room.voidReconnections(member.keyHash);
    for (const c of this.room.clients) if (c.userData?.keyHash === member.keyHash && c.userData.viewer !== power) this.follow(c, power);
    this.changed();
    return ok({ player: id, power });
  }

  private kick(id: string): Result<ResultOf<"kick">> {
    const { session } = this.room;
    if (id.startsWith("c_")) {
      const target = this.waitingClient(id);
      if (!target) return fail("roster/unknown_player", { who: "student" });
      this.waitingSince.delete(target.sessionId);
      this.keepOut([target]);
      this.dismiss(target);
      return ok({ player: id });
    }
    const member = this.member(id);
    if (!member) return fail("roster/unknown_player", { who: "player" });
    const removed = session.changeRoster({ kind: "remove", keyHash: member.keyHash });
    if (!removed.ok) return removed;
    this.keepOut(this.room.clients.filter((c) => c.userData?.keyHash === member.keyHash));
    this.room.voidReconnections(member.keyHash);
    for (const c of this.room.clients) if (c.userData?.keyHash === member.keyHash) this.dismiss(c);
    this.changed();
    return ok({ player: id });
  }

  private broadcast(client: MatchClient, to: "all" | PowerId, text: string): Result<ResultOf<"broadcast">> {
    const info = client.userData!;
    if (!this.room.chatLimits.take("facilitator", Date.now())) return fail("chat/rate_limited");
    const sent = this.room.session.chat("facilitator", info.name, to === "all" ? "public" : [to], text);
    if (!sent.ok) return sent;
    const announcement: Announcement = { from: info.name, to, text, at: sent.value.at };
    for (const c of this.room.clients) {
      const viewer = c.userData?.viewer;
      if (to === "all" || viewer === to || viewer === "facilitator") c.send(SERVER_MESSAGES.announcement, announcement);
    }
    return ok({});
  }

  private waitingClient(id: string): MatchClient | undefined {
    const sessionId = id.slice(2);
    const target = this.room.clients.find((c) => c.sessionId === sessionId);
    return target && target.userData?.viewer === "spectator" && this.waitingSince.has(sessionId) ? target : undefined;
  }

  private member(id: string) {
    return this.room.session.seats.all().find((m) => memberId(m.keyHash) === id) ?? null;
  }

  /** Moves a client from its slot to another viewer's. */
  private switchView(client: MatchClient, viewer: PowerId): void {
    const { mirror } = this.room;
    const info = client.userData!;
    const view = client.view!;
    if (info.watching) {
      view.remove(mirror.slot(info.viewer));
      mirror.unwatch(info.viewer, view);
    }
    info.viewer = viewer;
    mirror.watch(viewer, view);
    info.watching = true;
  }

  /** A holder's connection follows its seat, moved by the facilitator: it now sees the new one. */
  follow(client: MatchClient, power: PowerId): void {
    const { session } = this.room;
    this.switchView(client, power);
    client.send(SERVER_MESSAGES.seat, { matchId: session.id, code: session.record.code, viewer: power, name: client.userData!.name } satisfies SeatMessage);
  }

  /** Tells a removed student why, then closes its connection (it does not come back by itself). */
  dismiss(client: MatchClient): void {
    client.send(SERVER_MESSAGES.kicked, { message: "The facilitator removed you from this match." } satisfies Kicked);
    client.leave(KICK_CLOSE);
  }
}
