/**
 * Proxy-support pledges in force, checked against the support that landed this turn.
 * A "stop" pledge is broken by support to the faction in its zones that another power saw
 * (overt, or covert and detected, also when covert support given while it stood is uncovered in
 * a later turn); a "support" pledge by giving the faction nothing there.
 * A broken pledge ends the treaty, is announced to all and costs the pledger credibility.
 */
import type { MatchState } from "../state";
import type { Treaty } from "../terms";
import { breaksSupportPledge, brokenPledgeCost } from "./charges";
import type { SupportTerm } from "./charges";
import { changeTrack, emit } from "./record";
import type { LandedEarlier, LandedSupport } from "./support";

export function checkSupportPledges(state: MatchState, landed: readonly LandedSupport[], laterSeen: readonly LandedEarlier[] = []): void {
  for (const treaty of state.treaties) {
    if (treaty.status !== "active" || treaty.term.kind !== "support") continue;
    if (breaksSupportPledge(treaty, treaty.term, landed, laterSeen)) breakPledge(state, treaty, treaty.term);
  }
}

function breakPledge(state: MatchState, treaty: Treaty, term: SupportTerm): void {
  treaty.status = "broken";
  treaty.endedTurn = state.turn;
  treaty.endedBy = term.pledger;
  emit(state, { kind: "pledgeBroken", power: term.pledger, treatyId: treaty.id, faction: term.faction, stance: term.stance, zones: [...term.zones] }, "all");
  changeTrack(state, term.pledger, "credibility", -brokenPledgeCost(state.scenarioId), { code: "pledge/broken", treaty: treaty.id });
}
