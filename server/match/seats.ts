/**
 * Who holds each power's seat, who is connected, and who plays it: a human while one of its
 * holders is connected (or absent for less than the grace period), otherwise a bot.
 */
import { at } from "../../shared/at";
import { isPowerOf, powersOf } from "../../shared/scenario/ids-of";
import { getScenario } from "../../shared";
import type { PowerId, Result } from "../../shared";
import { fail, ok } from "../../shared";
import { hashKey } from "./secrets";
import { TEAM_CAP } from "./types";
import type { BotLevel, MatchSettings, Member } from "./types";

/** Why a bot plays a seat: reserved for bots, nobody has claimed it, or its holders are away. */
export type BotReason = "reserved" | "open" | "absent";

export interface SeatInfo {
  power: PowerId;
  players: { name: string; connected: boolean }[];
  bot: boolean;
  botReason: BotReason | null;
  level: BotLevel;
  /** Humans can claim it (not reserved for a bot, and free or open to teams). */
  claimable: boolean;
}

export class SeatTable {
  private readonly members: Member[] = [];
  private readonly connections = new Map<string, number>();
  /** Seats whose holders have been away longer than the grace period. */
  private readonly absent = new Set<PowerId>();

  constructor(private readonly settings: MatchSettings) {}

  load(members: readonly Member[]): void {
    this.members.push(...members);
  }

  membersOf(power: PowerId): Member[] {
    return this.members.filter((m) => m.power === power);
  }

  findByKey(key: string): Member | null {
    const keyHash = hashKey(key);
    return this.members.find((m) => m.keyHash === keyHash) ?? null;
  }

  /** Checks that a human may take this seat now. */
  canClaim(power: PowerId): Result<true> {
    if (!isPowerOf(this.settings, power)) return fail("seat/unknown_power", { power, scenario: this.settings.scenarioId });
    if (this.settings.bots[power]) return fail("seat/reserved_for_bot", { power });
    if (!this.settings.teams && this.membersOf(power).length > 0) return fail("seat/taken", { power });
    return this.hasRoom(power);
  }

  /** A team may grow by one more player (always, without teams: the seat is free or refused above). */
  hasRoom(power: PowerId): Result<true> {
    const cap = this.settings.teamCap ?? TEAM_CAP;
    if (this.settings.teams && this.membersOf(power).length >= cap) {
      return fail("seat/team_full", { power, cap });
    }
    return ok(true);
  }

  add(member: Member): void {
    this.members.push(member);
  }

  /** The holder a key hash names, or null. */
  byHash(keyHash: string): Member | null {
    return this.members.find((m) => m.keyHash === keyHash) ?? null;
  }

  /** Every holder, in the order they joined. */
  all(): readonly Member[] {
    return this.members;
  }

  /** The facilitator moves a holder to another seat (its key now opens that seat). */
  move(keyHash: string, power: PowerId): void {
    const member = this.byHash(keyHash);
    if (member) member.power = power;
  }

  rename(keyHash: string, name: string): void {
    const member = this.byHash(keyHash);
    if (member) member.name = name;
  }

  /** The facilitator removes a holder: its key no longer opens any seat. */
  remove(keyHash: string): void {
    const i = this.members.findIndex((m) => m.keyHash === keyHash);
    if (i >= 0) this.members.splice(i, 1);
    this.connections.delete(keyHash);
  }

  /** Powers nobody holds that a human may claim. */
  free(): PowerId[] {
    return powersOf(this.settings).filter((p) => !this.settings.bots[p] && this.membersOf(p).length === 0);
  }

  connect(keyHash: string): void {
    this.connections.set(keyHash, (this.connections.get(keyHash) ?? 0) + 1);
  }

  disconnect(keyHash: string): void {
    const n = (this.connections.get(keyHash) ?? 0) - 1;
    if (n > 0) this.connections.set(keyHash, n);
    else this.connections.delete(keyHash);
  }

  /** The holders of a seat connected now. */
  connectedMembers(power: PowerId): Member[] {
    return this.membersOf(power).filter((m) => (this.connections.get(m.keyHash) ?? 0) > 0);
  }

  connectedCount(power: PowerId): number {
    return this.membersOf(power).reduce((sum, m) => sum + (this.connections.get(m.keyHash) ?? 0), 0);
  }

  /** Seats held by at least one connected human. */
  humanConnected(): PowerId[] {
    return powersOf(this.settings).filter((p) => !this.settings.bots[p] && this.connectedCount(p) > 0);
  }

  setAbsent(power: PowerId, absent: boolean): void {
    if (absent) this.absent.add(power);
    else this.absent.delete(power);
  }

  isAbsent(power: PowerId): boolean {
    return this.absent.has(power);
  }

  botReason(power: PowerId): BotReason | null {
    if (this.settings.bots[power]) return "reserved";
    if (this.membersOf(power).length === 0) return "open";
    if (this.connectedCount(power) === 0 && this.absent.has(power)) return "absent";
    return null;
  }

  isBot(power: PowerId): boolean {
    return this.botReason(power) !== null;
  }

  level(power: PowerId): BotLevel {
    return this.settings.bots[power] ?? this.settings.botLevel;
  }

  info(power: PowerId): SeatInfo {
    const reason = this.botReason(power);
    return {
      power,
      players: this.membersOf(power).map((m) => ({ name: m.name, connected: (this.connections.get(m.keyHash) ?? 0) > 0 })),
      bot: reason !== null,
      botReason: reason,
      level: this.level(power),
      claimable: this.canClaim(power).ok,
    };
  }
}
