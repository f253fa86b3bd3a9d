/**
 * Proxy-support pledges in force, checked against the support that landed this turn.
 * A "stop" pledge is broken by support to the faction in its zones that another power saw
 * (overt, or covert and detected); a "support" pledge by giving the faction nothing there.
 * A broken pledge ends the treaty, is announced to all and costs the pledger credibility.
 */
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import type { Term, Treaty } from "../terms";
import { changeTrack, emit } from "./record";
import type { LandedSupport } from "./support";

type SupportTerm = Extract<Term, { kind: "support" }>;

export function checkSupportPledges(state: MatchState, landed: readonly LandedSupport[]): void {
  for (const treaty of state.treaties) {
    if (treaty.status !== "active" || treaty.term.kind !== "support") continue;
    if (isBroken(treaty.term, landed)) breakPledge(state, treaty, treaty.term);
  }
}

function isBroken(term: SupportTerm, landed: readonly LandedSupport[]): boolean {
  const given = landed.filter((l) => l.power === term.pledger && l.faction === term.faction && term.zones.includes(l.zone));
  return term.stance === "stop" ? given.some((l) => l.seen) : given.length === 0;
}

function breakPledge(state: MatchState, treaty: Treaty, term: SupportTerm): void {
  const scenario = getScenario(state.scenarioId);
  treaty.status = "broken";
  treaty.endedTurn = state.turn;
  treaty.endedBy = term.pledger;
  emit(state, { kind: "pledgeBroken", power: term.pledger, treatyId: treaty.id, faction: term.faction, stance: term.stance, zones: [...term.zones] }, "all");
  changeTrack(state, term.pledger, "credibility", -scenario.tracks.credibilityLostOnBrokenPledge, `broke its pledge in treaty ${treaty.id}`);
}
