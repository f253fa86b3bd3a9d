/** Agreed treaties start at the beginning of resolution; revocations take effect once the strikes have flown. */
import { at } from "../at";
import { powersOf } from "../scenario/ids-of";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import { revocationCost } from "./charges";
import { changeInfluence, changeTrack, emit } from "./record";

/**
 * Revocations ordered this turn take effect after the turn's strikes: flights already agreed
 * keep their rights this turn, and a revocation ends the treaty from the next turn on.
 */
export function applyRevocations(state: MatchState): void {
  // In seat order, not in the order orders arrived: who revokes first must not depend on who typed faster.
  for (const by of powersOf(state)) {
    for (const id of state.orders[by]?.revoke ?? []) {
      const treaty = state.treaties.find((t) => t.id === id);
      if (!treaty || (treaty.status !== "active" && treaty.status !== "agreed")) continue;
      treaty.status = "revoked";
      treaty.endedTurn = state.turn;
      treaty.endedBy = by;
      emit(state, { kind: "treaty", treatyId: treaty.id, term: treaty.term, parties: treaty.parties, status: "revoked", by }, "all");
      const cost = revocationCost(state.scenarioId, treaty, state.turn);
      if (cost > 0) changeTrack(state, by, "credibility", -cost, { code: "treaty/revoked_early", treaty: treaty.id });
    }
  }
}

/**
 * Agreed treaties come into force; a new grant of overflight raises the grantee's influence in
 * the grantor's country (once per grantor and grantee, and not for rights already held).
 */
export function activateTreaties(state: MatchState): void {
  const scenario = getScenario(state.scenarioId);
  // Influence from grants is bounded: a grantee gains it once from a grantor, for rights it did not hold already.
  const held = new Set<string>();
  for (const t of state.treaties) if (t.status === "active" && t.term.kind === "overflight") held.add(`${t.term.grantor}>${t.term.grantee}`);
  for (const treaty of state.treaties) {
    if (treaty.status !== "agreed") continue;
    treaty.status = "active";
    emit(state, { kind: "treaty", treatyId: treaty.id, term: treaty.term, parties: treaty.parties, status: "active", by: null }, "all");
    if (treaty.term.kind === "overflight") {
      const pair = `${treaty.term.grantor}>${treaty.term.grantee}`;
      if (held.has(pair)) continue;
      held.add(pair);
      const country = at(scenario.powers, treaty.term.grantor).homeCountry;
      changeInfluence(state, treaty.term.grantee, country, scenario.tracks.influencePerGrant, { code: "treaty/overflight_granted", power: treaty.term.grantor });
    }
  }
}
