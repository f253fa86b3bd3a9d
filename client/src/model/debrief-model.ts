/**
 * The debrief of a finished match, computed from its archive (GET /api/matches/:id/archive): the
 * timeline turn by turn, every agreement and what became of it, the strikes' claims against what
 * they really hit, the scores with each objective met or not, and the series the charts draw.
 * Pure data: the debrief screen, the printable report and the tests share it.
 */
import { at } from "../../../shared/at";
import { powerIds, factionIds } from "../../../shared/scenario/ids-of";
import { describeEvent } from "../../../shared/catalog";
import type { GameEvent, MatchEndReason } from "../../../shared/events";
import { TRACKS } from "../../../shared/ids";
import type { FactionId, PowerId, TrackId } from "../../../shared/ids";
import type { ScenarioFile } from "../../../shared/scenario/file";
import type { Scenario } from "../../../shared/scenario/types";
import type { Treaty } from "../../../shared/terms";
import type { MatchView } from "../../../shared/view";
import type { ChatMessage } from "./chat";
import { describeTerm } from "./proposal";
import { messages } from "../lang/language";
import { ui } from "../lang/ui";
import { objectiveText } from "../lang/scenario-words";

export interface ObjectiveResult {
  id: string;
  met: boolean;
  points: number;
  secret: boolean;
}

/** The archive as the server sends it (server/match/archive.ts). */
export interface DebriefArchive {
  id: string;
  name: string;
  createdAt: number;
  setup: { scenarioId: string; seed: string; turns: number; settings: { scenarioFile?: ScenarioFile; timerProfile?: string; facilitator?: boolean; teams?: boolean } & Record<string, unknown> };
  seats: { power: PowerId; players: string[]; bot: string | null }[];
  commands: { seq: number; actor: string; command: Record<string, unknown>; at: number }[];
  ending: { reason: MatchEndReason; turn: number; scores: Record<PowerId, number> } | null;
  /** Absent from archives written before it existed. */
  scoring?: { totals: Record<PowerId, number>; details: Record<PowerId, ObjectiveResult[]> };
  finalHash: string;
  final: MatchView;
  chat: ChatMessage[];
}

// --- agreements

export type AgreementOutcome = "kept" | "in force" | "revoked" | "broken";

export interface Agreement {
  id: string;
  kind: Treaty["term"]["kind"];
  text: string;
  parties: PowerId[];
  agreedTurn: number;
  untilTurn: number;
  outcome: AgreementOutcome;
  /** Who revoked or broke it, and when. */
  by: PowerId[];
  endedTurn: number | null;
}

export function agreements(archive: DebriefArchive, scenario: Scenario): Agreement[] {
  const view = archive.final;
  const broken = new Map<string, { by: Set<PowerId>; turn: number }>();
  for (const e of view.log) {
    if (e.kind !== "pledgeBroken") continue;
    const entry = broken.get(e.treatyId) ?? { by: new Set<PowerId>(), turn: e.turn };
    entry.by.add(e.power);
    broken.set(e.treatyId, entry);
  }
  return view.treaties
    .map((t): Agreement => {
      const pledge = broken.get(t.id);
      let outcome: AgreementOutcome;
      if (t.status === "broken" || pledge) outcome = "broken";
      else if (t.status === "revoked") outcome = "revoked";
      else if (t.status === "expired") outcome = "kept";
      else outcome = "in force";
      const by = pledge ? [...pledge.by] : t.endedBy ? [t.endedBy] : [];
      return {
        id: t.id,
        kind: t.term.kind,
        text: describeTerm(t.term, scenario),
        parties: [...t.parties],
        agreedTurn: t.agreedTurn,
        untilTurn: t.untilTurn,
        outcome,
        by: outcome === "kept" || outcome === "in force" ? [] : by,
        endedTurn: t.endedTurn ?? pledge?.turn ?? null,
      };
    })
    .sort((a, b) => a.agreedTurn - b.agreedTurn || a.id.localeCompare(b.id));
}

export function agreementCounts(list: readonly Agreement[]): Record<"made" | AgreementOutcome, number> {
  const counts = { made: list.length, kept: 0, "in force": 0, revoked: 0, broken: 0 };
  for (const a of list) counts[a.outcome]++;
  return counts;
}

// --- claims against observed effects

export interface ClaimCheck {
  turn: number;
  strikeId: string;
  power: PowerId;
  zone: string;
  claim: FactionId;
  /** The faction hit hardest, or null when nothing landed. */
  mostHit: FactionId | null;
  hit: Partial<Record<FactionId, number>>;
  falseClaim: boolean;
  civilians: number;
  landed: number;
  launched: number;
}

export function claimChecks(archive: DebriefArchive): ClaimCheck[] {
  const out: ClaimCheck[] = [];
  const impacts = new Set<string>();
  for (const e of archive.final.log) {
    if (e.kind !== "impact") continue;
    impacts.add(e.strikeId);
    out.push({ turn: e.turn, strikeId: e.strikeId, power: e.power, zone: e.zone, claim: e.claim, mostHit: e.mostHit, hit: e.hit, falseClaim: e.falseClaim, civilians: e.civilians, landed: e.landed, launched: e.launched });
  }
  // Claimed strikes that never hit anything (all brought down): the claim stands unverified.
  for (const e of archive.final.log) {
    if (e.kind !== "strikeFlown" || impacts.has(e.strikeId)) continue;
    out.push({ turn: e.turn, strikeId: e.strikeId, power: e.power, zone: e.zone, claim: e.claim, mostHit: null, hit: {}, falseClaim: false, civilians: 0, landed: 0, launched: e.units });
  }
  return out.sort((a, b) => a.turn - b.turn || a.strikeId.localeCompare(b.strikeId));
}

// --- timeline

export type Tone = "news" | "diplomacy" | "strike" | "clash" | "ground" | "end";

export interface TimelineEntry {
  seq: number;
  turn: number;
  kind: GameEvent["kind"];
  tone: Tone;
  text: string;
}

/** Whether an event belongs on the debrief's timeline (the tracks have their charts). */
function toneOf(e: GameEvent): Tone | null {
  switch (e.kind) {
    case "card":
      return "news";
    case "treaty":
      return e.status === "active" ? null : "diplomacy";
    case "pledgeBroken":
    case "supportDetected":
      return "diplomacy";
    case "strikeFlown":
      return "strike";
    case "impact":
      return e.falseClaim || e.civilians > 0 ? "strike" : null;
    case "violation":
      return e.detected ? "clash" : null;
    case "interception":
    case "shootDown":
    case "nfzContested":
      return "clash";
    case "nfzStatus":
      return e.inForce ? "diplomacy" : null;
    case "fighting":
      return e.control !== e.previous ? "ground" : null;
    case "escalation":
      return Math.abs(e.delta) >= 1 ? "clash" : null;
    case "matchEnded":
      return "end";
    default:
      return null;
  }
}

export function timeline(archive: DebriefArchive, scenario: Scenario): Map<number, TimelineEntry[]> {
  const byTurn = new Map<number, TimelineEntry[]>();
  for (const e of archive.final.log) {
    const tone = toneOf(e);
    if (!tone) continue;
    const list = byTurn.get(e.turn) ?? [];
    list.push({ seq: e.seq, turn: e.turn, kind: e.kind, tone, text: describeEvent(e, scenario, messages()) });
    byTurn.set(e.turn, list);
  }
  return byTurn;
}

/** Turns that had a resolution (flights to replay on the map). */
export function resolvedTurns(archive: DebriefArchive): number[] {
  const turns = new Set<number>();
  for (const e of archive.final.log) if (e.phase === "resolution") turns.add(e.turn);
  return [...turns].sort((a, b) => a - b);
}

// --- scores

export interface ScoreRow {
  power: PowerId;
  total: number;
  objectives: (ObjectiveResult & { text: string })[];
}

export function scoreRows(archive: DebriefArchive, scenario: Scenario): ScoreRow[] {
  return powerIds(scenario).map((power) => {
    const details = archive.scoring?.details[power] ?? [];
    return {
      power,
      total: archive.ending?.scores[power] ?? archive.scoring?.totals[power] ?? 0,
      objectives: details.map((d) => ({ ...d, text: objectiveText(scenario, d.id, scenario.objectives.find((o) => o.id === d.id)?.text ?? d.id) })),
    };
  }).sort((a, b) => b.total - a.total);
}

export function endingText(archive: DebriefArchive): string {
  const t = ui().debrief.ending;
  switch (archive.ending?.reason) {
    case "openWar":
      return t.openWar;
    case "facilitator":
      return t.facilitator(archive.ending.turn);
    case "turns":
      return t.turns(archive.ending.turn);
    default:
      return t.over;
  }
}

// --- chart series

export interface Series {
  label: string;
  color: string;
  values: (number | null)[];
}

export interface ChartSpec {
  id: string;
  title: string;
  turns: number[];
  series: Series[];
  min?: number;
  max?: number;
}

export function chartSpecs(archive: DebriefArchive, scenario: Scenario): ChartSpec[] {
  const history = archive.final.history;
  const turns = history.map((h) => h.turn);
  const perPower = (value: (p: PowerId, i: number) => number | null): Series[] =>
    powerIds(scenario).map((p) => ({ label: at(scenario.powers, p).name, color: at(scenario.powers, p).color, values: history.map((_, i) => value(p, i)) }));
  const specs: ChartSpec[] = TRACKS.map((t: TrackId) => ({
    id: `track-${t}`,
    title: trackTitle(t),
    turns,
    series: perPower((p, i) => at(history[i]!.tracks, p)[t]),
  }));
  for (const country of scenario.influenceCountries) {
    const name = scenario.countries.find((c) => c.id === country)?.name ?? country;
    specs.push({ id: `influence-${country}`, title: ui().debrief.influenceIn(name), turns, series: perPower((p, i) => at(history[i]!.influence, p)[country] ?? null) });
  }
  specs.push({ id: "escalation", title: ui().common.escalation, turns, series: [{ label: ui().common.escalation, color: "#ff6b5a", values: history.map((h) => h.escalation) }], min: 0, max: scenario.escalation.max });
  specs.push({
    id: "factions",
    title: ui().debrief.factions,
    turns,
    series: factionIds(scenario).map((f) => ({ label: at(scenario.factions, f).name, color: at(scenario.factions, f).color, values: history.map((h) => h.strength[f] ?? null) })),
    min: 0,
  });
  return specs;
}

function trackTitle(t: TrackId): string {
  return ui().debrief.chartTracks[t];
}
