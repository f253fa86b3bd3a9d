/**
 * The classroom roster: the facilitator moves seat holders between powers (several per power
 * when the match has teams), removes them, and reserves empty seats for bots or opens them
 * again. Every change is written to the store before the seat table changes, so that a
 * restarted server restores the same roster.
 */
import { isPowerOf } from "../../shared/scenario/ids-of";
import { at } from "../../shared/at";
import { powersOf } from "../../shared/scenario/ids-of";
import { createHash } from "node:crypto";
import { getScenario } from "../../shared";
import type { PowerId, Result } from "../../shared";
import { fail, ok } from "../../shared";
import type { MatchStore, Written } from "../store/store";
import type { SeatTable } from "./seats";
import type { ReadyRule } from "../../shared/team-draft";
import type { BotLevel, MatchSettings, Member } from "./types";

export type RosterChange =
  /** A holder goes to another power (its seat key now opens that seat). */
  | { kind: "move"; keyHash: string; to: PowerId }
  /** A holder is removed from the match: its seat key opens nothing any more. */
  | { kind: "remove"; keyHash: string }
  /** Seats reserved for bots (closed to students) or opened to humans again. */
  | { kind: "bots"; powers: PowerId[]; reserved: boolean; level?: BotLevel }
  /** The most players one seat may hold (teams already larger keep their players). */
  | { kind: "cap"; size: number }
  /** How teams decide they are ready, and their captains (member ids) for the "captain" rule. */
  | { kind: "ready"; rule: ReadyRule; captains: Partial<Record<PowerId, string>> }
  /** A holder gets another name (one the facilitator chose). */
  | { kind: "rename"; keyHash: string; name: string }
  /** Who may join: locked, assigned only by the facilitator, devices kept out or let back. */
  | { kind: "entry"; locked?: boolean; assignOnly?: boolean; ban?: string[]; readmit?: boolean };

export interface RosterOutcome {
  /** The seats whose holders or bots changed. */
  powers: PowerId[];
  member: Member | null;
}

export interface RosterContext {
  matchId: string;
  settings: MatchSettings;
  seats: SeatTable;
  store: MatchStore;
  /** Runs a store write; refused if it fails at once (see MatchSession.write). */
  write(run: () => Written): Result<true>;
}

/** A stable public id for a seat holder: derived from its key's hash, revealing nothing of the key. */
export function memberId(keyHash: string): string {
  let id = memberIds.get(keyHash);
  if (id === undefined) {
    id = `m_${createHash("sha256").update(`member:${keyHash}`).digest("hex").slice(0, 12)}`;
    // The team views ask for it on every sync: a bounded memo (oldest out first).
    if (memberIds.size >= 50_000) memberIds.delete(memberIds.keys().next().value!);
    memberIds.set(keyHash, id);
  }
  return id;
}
const memberIds = new Map<string, string>();

/** The powers a change names, each to be a power of the match's scenario. */
function namedPowers(change: RosterChange): PowerId[] {
  if (change.kind === "move") return [change.to];
  if (change.kind === "bots") return change.powers;
  if (change.kind === "ready") return Object.keys(change.captains);
  return [];
}

export function applyRosterChange(ctx: RosterContext, change: RosterChange): Result<RosterOutcome> {
  const { seats, settings, store, matchId } = ctx;
  const name = (p: PowerId) => at(getScenario(settings.scenarioId).powers, p).name;
  const stored = ctx.write;
  const unknown = namedPowers(change).find((p) => !isPowerOf(settings, p));
  if (unknown !== undefined) return fail("seat/unknown_power", { power: unknown, scenario: settings.scenarioId });

  if (change.kind === "bots") {
    const powers = powersOf(settings).filter((p) => change.powers.includes(p));
    if (change.reserved) {
      const held = powers.filter((p) => seats.membersOf(p).length > 0);
      if (held.length > 0) return fail("roster/seat_held", { powers: held.join(" ") });
    }
    const next: MatchSettings["bots"] = { ...settings.bots };
    for (const p of powers) {
      if (change.reserved) next[p] = change.level ?? settings.bots[p] ?? settings.botLevel;
      else delete next[p];
    }
    const saved = stored(() => store.saveSettings(matchId, { ...settings, bots: next }));
    if (!saved.ok) return saved;
    settings.bots = next;
    return ok({ powers, member: null });
  }

  if (change.kind === "cap") {
    const saved = stored(() => store.saveSettings(matchId, { ...settings, teamCap: change.size }));
    if (!saved.ok) return saved;
    settings.teamCap = change.size;
    return ok({ powers: [], member: null });
  }

  if (change.kind === "entry") {
    const banned = change.readmit ? [] : [...new Set([...(settings.banned ?? []), ...(change.ban ?? [])])].slice(-500);
    const next = { ...settings, locked: change.locked ?? settings.locked ?? false, assignOnly: change.assignOnly ?? settings.assignOnly ?? false, banned };
    const saved = stored(() => store.saveSettings(matchId, next));
    if (!saved.ok) return saved;
    Object.assign(settings, { locked: next.locked, assignOnly: next.assignOnly, banned: next.banned });
    return ok({ powers: [], member: null });
  }

  if (change.kind === "ready") {
    const captains = { ...settings.captains, ...change.captains };
    for (const [p, id] of Object.entries(captains) as [PowerId, string][]) {
      if (!seats.membersOf(p).some((m) => memberId(m.keyHash) === id)) return fail("roster/unknown_player", { who: "captain", power: p });
    }
    const saved = stored(() => store.saveSettings(matchId, { ...settings, readyRule: change.rule, captains }));
    if (!saved.ok) return saved;
    settings.readyRule = change.rule;
    settings.captains = captains;
    return ok({ powers: powersOf(settings).filter((p) => seats.membersOf(p).length > 0), member: null });
  }

  const member = seats.byHash(change.keyHash);
  if (!member) return fail("roster/unknown_player", { who: "player" });
  const from = member.power;

  if (change.kind === "rename") {
    const saved = stored(() => store.renameMember(matchId, member.keyHash, change.name));
    if (!saved.ok) return saved;
    seats.rename(member.keyHash, change.name);
    return ok({ powers: [from], member });
  }

  if (change.kind === "remove") {
    const saved = stored(() => store.removeMember(matchId, member.keyHash));
    if (!saved.ok) return saved;
    seats.remove(member.keyHash);
    return ok({ powers: [from], member });
  }

  const to = change.to;
  if (to === from) return ok({ powers: [], member });
  if (!settings.teams && seats.membersOf(to).length > 0) return fail("seat/taken", { power: to, teams: 0 });
  const room = seats.hasRoom(to);
  if (!room.ok) return room;
  // The facilitator's choice wins over a reservation for a bot: the seat opens again.
  const bots = { ...settings.bots };
  const released = bots[to] !== undefined;
  delete bots[to];
  if (released) {
    const saved = stored(() => store.saveSettings(matchId, { ...settings, bots }));
    if (!saved.ok) return saved;
  }
  const saved = stored(() => store.moveMember(matchId, member.keyHash, to));
  if (!saved.ok) return saved;
  if (released) settings.bots = bots;
  seats.move(member.keyHash, to);
  return ok({ powers: [from, to], member });
}
