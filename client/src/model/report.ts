/** The turn report: what the seat saw happen at a turn's resolution, grouped and in words. */
import { describeEvent } from "../../../shared/catalog";
import type { GameEvent } from "../../../shared/events";
import type { Scenario } from "../../../shared/scenario/types";
import { messages } from "../lang/language";
import { ui } from "../lang/ui";

export type ReportSection = "news" | "strikes" | "airspace" | "diplomacy" | "ground" | "tracks";


const SECTION_OF: Readonly<Record<GameEvent["kind"], ReportSection | null>> = {
  phase: null,
  ordersIn: null,
  proposal: null,
  card: "news",
  resupply: "strikes",
  claim: "strikes",
  strikeAborted: "strikes",
  strikeFlown: "strikes",
  impact: "strikes",
  violation: "airspace",
  interception: "airspace",
  shootDown: "airspace",
  nfzContested: "airspace",
  nfzStatus: "airspace",
  treaty: "diplomacy",
  pledgeBroken: "diplomacy",
  fighting: "ground",
  supportLanded: "ground",
  supportDetected: "ground",
  track: "tracks",
  influence: "tracks",
  escalation: "tracks",
  matchEnded: "news",
};

export interface ReportLine {
  seq: number;
  kind: GameEvent["kind"];
  text: string;
  /** Worth drawing the eye to: a false claim, a shoot-down, a protest, a broken pledge. */
  alert: boolean;
}

export interface TurnReport {
  turn: number;
  sections: { section: ReportSection; title: string; lines: ReportLine[] }[];
  flights: number;
}

/** The last turn whose resolution the log shows, or null. */
export function lastResolvedTurn(log: readonly GameEvent[]): number | null {
  for (let i = log.length - 1; i >= 0; i--) if (log[i]!.phase === "resolution" && log[i]!.kind !== "phase") return log[i]!.turn;
  return null;
}

export function resolutionEvents(log: readonly GameEvent[], turn: number): GameEvent[] {
  return log.filter((e) => e.turn === turn && e.phase === "resolution");
}

function isAlert(e: GameEvent): boolean {
  switch (e.kind) {
    case "impact":
      return e.falseClaim;
    case "shootDown":
    case "pledgeBroken":
    case "nfzContested":
      return true;
    case "violation":
      return e.detected;
    case "interception":
      return e.units > 0;
    default:
      return false;
  }
}

export function buildReport(log: readonly GameEvent[], turn: number, scenario: Scenario): TurnReport {
  const events = resolutionEvents(log, turn);
  const bySection = new Map<ReportSection, ReportLine[]>();
  for (const e of events) {
    const section = SECTION_OF[e.kind];
    if (!section) continue;
    if (e.kind === "interception" && e.units === 0) continue;
    const lines = bySection.get(section) ?? [];
    lines.push({ seq: e.seq, kind: e.kind, text: describeEvent(e, scenario, messages()), alert: isAlert(e) });
    bySection.set(section, lines);
  }
  const order: ReportSection[] = ["news", "strikes", "airspace", "diplomacy", "ground", "tracks"];
  return {
    turn,
    sections: order.filter((s) => bySection.has(s)).map((s) => ({ section: s, title: ui().turnReport.sections[s], lines: bySection.get(s)! })),
    flights: events.filter((e) => e.kind === "strikeFlown").length,
  };
}
