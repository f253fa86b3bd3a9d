/**
 * Proxy-support pledges in force, checked against the support that landed this turn.
 * A "stop" pledge is broken by support to the faction in its zones that another power saw
 * (overt, or covert and detected, also when covert support given while it stood is uncovered in
 * a later turn); a "support" pledge by giving the faction nothing there.
 * A broken pledge ends the treaty, is announced to all and costs the pledger credibility.
 */
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import type { Term, Treaty } from "../terms";
import { changeTrack, emit } from "./record";
import type { LandedEarlier, LandedSupport } from "./support";

type SupportTerm = Extract<Term, { kind: "support" }>;

export function checkSupportPledges(state: MatchState, landed: readonly LandedSupport[], laterSeen: readonly LandedEarlier[] = []): void {
  for (const treaty of state.treaties) {
    if (treaty.status !== "active" || treaty.term.kind !== "support") continue;
    if (isBroken(treaty, treaty.term, landed, laterSeen)) breakPledge(state, treaty, treaty.term);
  }
}

function isBroken(treaty: Treaty, term: SupportTerm, landed: readonly LandedSupport[], laterSeen: readonly LandedEarlier[]): boolean {
  const covered = (l: { power: string; faction: string; zone: string }) => l.power === term.pledger && l.faction === term.faction && term.zones.includes(l.zone);
  const given = landed.filter(covered);
  if (term.stance === "support") return given.length === 0;
  // Covert support given while the pledge stood, uncovered in a later turn, breaks it too.
  return given.some((l) => l.seen) || laterSeen.some((l) => covered(l) && l.landedTurn >= treaty.agreedTurn);
}

function breakPledge(state: MatchState, treaty: Treaty, term: SupportTerm): void {
  const scenario = getScenario(state.scenarioId);
  treaty.status = "broken";
  treaty.endedTurn = state.turn;
  treaty.endedBy = term.pledger;
  emit(state, { kind: "pledgeBroken", power: term.pledger, treatyId: treaty.id, faction: term.faction, stance: term.stance, zones: [...term.zones] }, "all");
  changeTrack(state, term.pledger, "credibility", -scenario.tracks.credibilityLostOnBrokenPledge, `broke its pledge in treaty ${treaty.id}`);
}
