/** Treaties start and end at the beginning of resolution. */
import { POWERS } from "../ids";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import { changeInfluence, changeTrack, emit } from "./record";

/** Revocations ordered this turn take effect first, so a strike relying on revoked rights flies without them. */
export function applyRevocations(state: MatchState): void {
  const { credibilityLostOnRevocation } = getScenario(state.scenarioId).tracks;
  // In seat order, not in the order orders arrived: who revokes first must not depend on who typed faster.
  for (const by of POWERS) {
    for (const id of state.orders[by]?.revoke ?? []) {
      const treaty = state.treaties.find((t) => t.id === id);
      if (!treaty || (treaty.status !== "active" && treaty.status !== "agreed")) continue;
      treaty.status = "revoked";
      treaty.endedTurn = state.turn;
      treaty.endedBy = by;
      emit(state, { kind: "treaty", treatyId: treaty.id, term: treaty.term, parties: treaty.parties, status: "revoked", by }, "all");
      if (treaty.untilTurn > state.turn) changeTrack(state, by, "credibility", -credibilityLostOnRevocation, `revoked treaty ${treaty.id} early`);
    }
  }
}

/** Agreed treaties come into force; a grant of overflight raises the grantee's influence in the grantor's country. */
export function activateTreaties(state: MatchState): void {
  const scenario = getScenario(state.scenarioId);
  for (const treaty of state.treaties) {
    if (treaty.status !== "agreed") continue;
    treaty.status = "active";
    emit(state, { kind: "treaty", treatyId: treaty.id, term: treaty.term, parties: treaty.parties, status: "active", by: null }, "all");
    if (treaty.term.kind === "overflight") {
      const country = scenario.powers[treaty.term.grantor].homeCountry;
      changeInfluence(state, treaty.term.grantee, country, scenario.tracks.influencePerGrant, `overflight rights from ${scenario.powers[treaty.term.grantor].name}`);
    }
  }
}
