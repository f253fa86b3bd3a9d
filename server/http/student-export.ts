/**
 * What each student did, for a gradebook, and the teams' scores, from a finished match's
 * archive. The match is replayed from its setup and command log (the rules are deterministic) to
 * learn when each event happened and which proposals became treaties.
 */
import { at } from "../../shared/at";
import { powersOf } from "../../shared/scenario/ids-of";
import { apply, createMatch, getScenario, viewForSeat } from "../../shared";
import type { GameEvent, MatchState, PowerId } from "../../shared";
import type { MatchArchive } from "../match/archive";
import type { Cell } from "./export";
import { csv } from "./export";

export interface Replayed {
  /** When each event of the facilitator's final log happened (epoch ms), by its index; null if unknown. */
  eventAt: (number | null)[];
  /** The events each command made, by its index in the log. */
  events: GameEvent[][];
}

/** Replays the archive's commands; stops at one that no longer applies (the rules changed since). */
export function replayArchive(archive: MatchArchive): Replayed {
  const { scenarioId, seed, turns } = archive.setup;
  let state: MatchState = createMatch({ scenarioId, seed, turns });
  const at: number[] = state.log.map(() => archive.createdAt);
  const events: GameEvent[][] = [];
  for (const c of archive.commands) {
    const result = apply(state, c.actor, c.command);
    if (!result.ok) break;
    state = result.value.state;
    while (at.length < state.log.length) at.push(c.at);
    events.push(result.value.events);
  }
  const log = viewForSeat(state, "facilitator").log;
  const aligned = log.length === archive.final.log.length && log.length === at.length;
  return { eventAt: archive.final.log.map((_, i) => (aligned ? (at[i] ?? null) : null)), events };
}

/** Rank of each power by score (1 = best; equal scores share a rank). */
export function ranks(totals: Record<PowerId, number>): Record<PowerId, number> {
  const out = {} as Record<PowerId, number>;
  const powers = Object.keys(totals);
  for (const p of powers) out[p] = 1 + powers.filter((q) => at(totals, q) > at(totals, p)).length;
  return out;
}

export const STUDENT_COLUMNS = [
  "student", "student id", "power", "team", "commands", "orders sent", "draft changes", "proposals made", "proposals accepted",
  "accepted others' proposals", "messages", "private messages", "first action", "last action", "team score", "team rank",
] as const;

interface Tally {
  id: string;
  name: string;
  power: PowerId;
  commands: number;
  orders: number;
  /** Per turn, the most draft changes any send of that turn credited to the student. */
  edits: Map<number, number>;
  proposals: string[];
  acceptedOthers: number;
  messages: number;
  privateMessages: number;
  first: number | null;
  last: number | null;
}

/** One row per student who held a seat or acted: what they did, and their team's score and rank. */
export function studentsCsv(archive: MatchArchive, replayed: Replayed): string {
  const scenario = getScenario(archive.setup.scenarioId);
  const tallies = new Map<string, Tally>();
  const tally = (id: string, name: string, power: PowerId): Tally => {
    let t = tallies.get(id);
    if (!t) tallies.set(id, (t = { id, name, power, commands: 0, orders: 0, edits: new Map(), proposals: [], acceptedOthers: 0, messages: 0, privateMessages: 0, first: null, last: null }));
    t.name = name;
    return t;
  };
  const acted = (t: Tally, at: number) => {
    t.first = t.first === null ? at : Math.min(t.first, at);
    t.last = t.last === null ? at : Math.max(t.last, at);
  };
  for (const m of archive.members ?? []) tally(m.id, m.name, m.power);
  const agreed = new Set<string>();
  archive.commands.forEach((c, i) => {
    const events = replayed.events[i] ?? [];
    if (events.some((e) => e.kind === "treaty")) for (const e of events) if (e.kind === "proposal" && e.action === "accepted") agreed.add(e.proposalId);
    if (!c.by || c.actor === "system" || c.actor === "facilitator") return;
    const t = tally(c.by.id, c.by.name, c.actor);
    acted(t, c.at);
    t.commands++;
    const type = c.command.type;
    const turn = Number(c.command.turn);
    if (type === "orders") {
      t.orders++;
      for (const part of c.by.parts ?? []) {
        const who = tally(part.id, part.name, c.actor);
        who.edits.set(turn, Math.max(who.edits.get(turn) ?? 0, part.edits));
      }
    }
    if (type === "propose" || type === "counter") {
      for (const e of events) if (e.kind === "proposal" && (e.action === "proposed" || e.action === "countered")) t.proposals.push(e.proposalId);
    }
    if (type === "accept") t.acceptedOthers++;
  });
  for (const m of archive.chat) {
    if (!m.by || m.from === "facilitator" || m.from === "spectator") continue;
    const t = tally(m.by, m.name, m.from);
    acted(t, m.at);
    t.messages++;
    if (m.to !== null) t.privateMessages++;
  }
  const totals = archive.scoring.totals;
  const rank = ranks(totals);
  const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
  const rows: Cell[][] = [[...STUDENT_COLUMNS]];
  const sorted = [...tallies.values()].sort((a, b) => powersOf(archive.setup).indexOf(a.power) - powersOf(archive.setup).indexOf(b.power) || a.name.localeCompare(b.name));
  for (const t of sorted) {
    rows.push([
      t.name, t.id, t.power, at(scenario.powers, t.power).name, t.commands, t.orders, [...t.edits.values()].reduce((a, b) => a + b, 0),
      t.proposals.length, t.proposals.filter((p) => agreed.has(p)).length, t.acceptedOthers, t.messages, t.privateMessages,
      iso(t.first), iso(t.last), totals[t.power], rank[t.power],
    ]);
  }
  return csv(rows);
}

/** One row per power: its rank, score, players and each objective met or not. */
export function scoresCsv(archive: MatchArchive): string {
  const scenario = getScenario(archive.setup.scenarioId);
  const { totals, details } = archive.scoring;
  const rank = ranks(totals);
  const rows: Cell[][] = [["rank", "power", "team", "players", "bot", "score", "objectives met", "objectives", "detail"]];
  const objective = (id: string) => scenario.objectives.find((o) => o.id === id)?.text ?? id;
  for (const p of [...powersOf(archive.setup)].sort((a, b) => at(rank, a) - at(rank, b))) {
    const seat = archive.seats.find((s) => s.power === p);
    const results = details[p] ?? [];
    rows.push([
      at(rank, p), p, at(scenario.powers, p).name, seat?.players.join("; ") ?? "", seat?.bot ?? (seat?.players.length ? null : "bot"), totals[p],
      results.filter((r) => r.met).length, results.length,
      results.map((r) => `${objective(r.id)}${r.secret ? " (secret)" : ""}: ${r.met ? `met, ${r.points} pts` : "not met"}`).join("; "),
    ]);
  }
  return csv(rows);
}
