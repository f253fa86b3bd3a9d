/**
 * A finished match as files: the archive as JSON, and as CSV either the whole log (every event in
 * words and data, every command, every chat message the asker may read) or the tracks per power
 * per turn. Cells a spreadsheet would run as formulas are defused.
 */
import { at } from "../../shared/at";
import { powersOf } from "../../shared/scenario/ids-of";
import { getScenario, TRACKS } from "../../shared";
import { describeEvent } from "../../shared/catalog";
import type { GameEvent, PowerId } from "../../shared";
import { canReadChat } from "../match/chat";
import type { MatchArchive } from "../match/archive";

/**
 * The archive as the asker may see it: private chat and who is who only for the facilitator; a
 * student (`power`) also reads their own team's private talks; with the replay file.
 */
export function archiveForReader(archive: MatchArchive, facilitator: boolean, power: PowerId | null = null) {
  const readable = archive.chat.filter((m) => canReadChat(m, facilitator ? "facilitator" : (power ?? "spectator")));
  return {
    ...archive,
    commands: facilitator ? archive.commands : archive.commands.map(({ by: _by, ...c }) => c),
    members: facilitator ? archive.members : undefined,
    chat: facilitator ? readable : readable.map(({ by: _by, ...m }) => m),
    // The same match as a file for `npm run replay` (docs/replay.md).
    replay: {
      scenario: archive.setup.scenarioId,
      seed: archive.setup.seed,
      turns: archive.setup.turns,
      seats: Object.fromEntries(archive.seats.filter((s) => s.players.length > 0).map((s) => [s.power, s.players.join(", ")])),
      commands: archive.commands.map((c) => ({ actor: c.actor, command: c.command })),
    },
  };
}

export type Cell = string | number | null | undefined;

/** One CSV cell (RFC 4180), with text that starts like a formula prefixed by an apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export const LOG_COLUMNS = ["record", "seq", "turn", "phase", "at", "actor", "student", "kind", "to", "text", "data"] as const;

function actorOf(e: GameEvent): string {
  if ("by" in e && typeof e.by === "string") return e.by;
  if ("power" in e && typeof e.power === "string") return e.power;
  if ("from" in e && typeof e.from === "string") return e.from;
  return "";
}

/**
 * Every event, command and chat message of the match, one per row, each with its time (an
 * event's is the time of the command that made it, `eventAt` by its index in the log) and, for
 * the facilitator, the student who made it.
 */
export function logCsv(archive: ReturnType<typeof archiveForReader>, eventAt: readonly (number | null)[]): string {
  const scenario = getScenario(archive.setup.scenarioId);
  const iso = (at: number | null | undefined) => (typeof at === "number" ? new Date(at).toISOString() : "");
  const rows: Cell[][] = [[...LOG_COLUMNS]];
  archive.final.log.forEach((e, i) => {
    const { seq, turn, phase, visibleTo, ...body } = e;
    rows.push(["event", seq, turn, phase, iso(eventAt[i]), actorOf(e), "", e.kind, visibleTo === "all" ? "all" : visibleTo.join(" "), describeEvent(e, scenario), JSON.stringify(body)]);
  });
  for (const c of archive.commands) {
    const { type, turn, phase, ...rest } = c.command as { type: string; turn: number; phase: string };
    rows.push(["command", c.seq, turn, phase, iso(c.at), c.actor, (c as { by?: { name: string } | null }).by?.name ?? "", type, "", "", JSON.stringify(rest)]);
  }
  for (const m of archive.chat) {
    rows.push(["chat", m.seq, m.turn, m.phase, iso(m.at), m.from, m.name, "chat", m.to === null ? "public" : m.to.join(" "), m.text, JSON.stringify({ name: m.name })]);
  }
  return csv(rows);
}

/** The tracks at the end of each turn, one row per power and turn. */
export function tracksCsv(archive: MatchArchive): string {
  const scenario = getScenario(archive.setup.scenarioId);
  const countries = scenario.influenceCountries;
  const countryName = (id: string) => scenario.countries.find((c) => c.id === id)?.name ?? id;
  const rows: Cell[][] = [["turn", "power", ...TRACKS, ...countries.map((c) => `influence ${countryName(c)}`), "escalation"]];
  for (const snap of archive.final.history) {
    for (const p of powersOf(archive.setup)) {
      rows.push([snap.turn, p, ...TRACKS.map((t) => at(snap.tracks, p)[t]), ...countries.map((c) => at(snap.influence, p)[c] ?? null), snap.escalation]);
    }
  }
  return csv(rows);
}

/** A file name for downloads: "overflight-class-4b-k3v….csv". */
export function exportName(archive: MatchArchive, suffix: string): string {
  const slug = archive.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "match";
  return `overflight-${slug}-${archive.id}${suffix}`;
}
