/**
 * The facilitator's controls over the connection: the roster (pushed by the server as it
 * changes), assigning and removing students, seats for bots, broadcasts, and the clock and
 * rules commands only the facilitator may send (pause, extend, advance, inject, end).
 */
import type { PowerId } from "../../../shared/ids";
import type { Effect } from "../../../shared/scenario/types";
import { MESSAGES, SERVER_MESSAGES } from "../../../shared/protocol";
import type { ReplyTo } from "../../../shared/protocol";
import type { Connection } from "../net/connection";
import { Emitter } from "../model/emitter";

import type { Roster } from "../model/classroom-roster";

export type { Roster, RosterEntry } from "../model/classroom-roster";

export type InjectCard = { cardId: string } | { headline: string; text: string; effects: Effect[] };

export class ClassroomClient extends Emitter<{ roster: Roster }> {
  roster: Roster = { players: [], waiting: [], spectators: 0 };
  private readonly off: () => void;

  constructor(private readonly conn: Connection) {
    super();
    this.off = conn.on("message", ({ type, payload }) => {
      if (type === SERVER_MESSAGES.roster) this.setRoster(payload);
    });
    void this.refresh();
  }

  destroy(): void {
    this.off();
    this.clear();
  }

  async refresh(): Promise<void> {
    const answer = await this.conn.request(MESSAGES.roster, {});
    if (answer.ok) this.setRoster(answer.roster);
  }

  assign(player: string, power: PowerId): Promise<ReplyTo<"assign">> {
    return this.conn.request(MESSAGES.assign, { player, power });
  }

  kick(player: string): Promise<ReplyTo<"kick">> {
    return this.conn.request(MESSAGES.kick, { player });
  }

  /** Who may join: locked, assigned by the facilitator only, removed students let back. */
  async entry(change: { locked?: boolean; assignOnly?: boolean; readmit?: true }): Promise<ReplyTo<"entry">> {
    const result = await this.conn.request(MESSAGES.entry, change);
    if (result.ok) await this.refresh();
    return result;
  }

  /** How teams say they are ready, and each team's captain (member id) for the "captain" rule. */
  async readyRule(rule: "any" | "majority" | "captain", captains: Record<string, string> = {}): Promise<ReplyTo<"readyrule">> {
    return this.conn.request(MESSAGES.readyrule, { rule, captains });
  }

  async rename(player: string, name: string): Promise<ReplyTo<"rename">> {
    return this.conn.request(MESSAGES.rename, { player, name });
  }

  reserveForBots(powers: PowerId[], reserved: boolean, level?: "easy" | "normal" | "hard"): Promise<ReplyTo<"bots">> {
    return this.conn.request(MESSAGES.bots, { powers, reserved, ...(level ? { level } : {}) });
  }

  broadcast(to: "all" | PowerId, text: string): Promise<ReplyTo<"broadcast">> {
    return this.conn.request(MESSAGES.broadcast, { to, text });
  }

  pause(paused: boolean): Promise<ReplyTo<"pause">> {
    return this.conn.request(MESSAGES.pause, { paused });
  }

  extend(seconds: number): Promise<ReplyTo<"extend">> {
    return this.conn.request(MESSAGES.extend, { seconds });
  }

  advance(): Promise<ReplyTo<"command">> {
    return this.conn.command({ type: "advance" });
  }

  inject(card: InjectCard, to: PowerId | null): Promise<ReplyTo<"command">> {
    return this.conn.command({ type: "inject", card, to });
  }

  /** Ends the practice turn: the match starts over at turn 1, running. */
  realMatch(): Promise<ReplyTo<"realmatch">> {
    return this.conn.request(MESSAGES.realmatch, {});
  }

  end(): Promise<ReplyTo<"command">> {
    return this.conn.command({ type: "end" });
  }

  private setRoster(roster: Roster): void {
    this.roster = roster;
    this.emit("roster", roster);
  }
}
