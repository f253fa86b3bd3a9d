/**
 * What a bot that is one mind never does, read off a finished match: revoke a treaty it proposed
 * or accepted in the same turn; offer or accept rights to a power in the turn it revokes that
 * power's rights; protest (see detected) a flight through its airspace that it had granted.
 */
import type { MatchState } from "../../shared";
import type { PowerId, WeaponKind } from "../../shared/ids";
import type { Term, Treaty } from "../../shared/terms";

export interface Contradiction {
  kind: "revokedSameTurn" | "offeredWhileRevoking" | "protestedGranted";
  power: PowerId;
  turn: number;
  detail: string;
}

function grants(term: Term, grantor: PowerId, grantee: PowerId, weapon?: WeaponKind): boolean {
  if (term.kind === "basing") return term.host === grantor && term.guest === grantee;
  if (term.kind !== "overflight" || term.grantor !== grantor || term.grantee !== grantee) return false;
  return weapon === undefined || term.scope === "both" || term.scope === (weapon === "missile" ? "missiles" : "aircraft");
}

/** In force at some moment of the turn: agreed by then, not ended before it. */
function inForceDuring(treaty: Treaty, turn: number): boolean {
  return treaty.agreedTurn <= turn && treaty.untilTurn >= turn && (treaty.endedTurn === null || treaty.endedTurn >= turn);
}

export function contradictions(state: MatchState): Contradiction[] {
  const out: Contradiction[] = [];
  for (const t of state.treaties) {
    if (t.status !== "revoked" || t.endedBy === null || t.proposalId === null) continue;
    const by = t.endedBy;
    if (t.agreedTurn === t.endedTurn) out.push({ kind: "revokedSameTurn", power: by, turn: t.agreedTurn, detail: `${t.id} ${JSON.stringify(t.term)}` });
    if (t.term.kind !== "overflight" || t.term.grantor !== by) continue;
    const grantee = t.term.grantee;
    for (const p of state.proposals) {
      if (p.turn !== t.endedTurn || p.id === t.proposalId) continue;
      if (p.from !== by && !p.accepted.includes(by)) continue;
      if (p.terms.some((term) => grants(term, by, grantee))) out.push({ kind: "offeredWhileRevoking", power: by, turn: p.turn, detail: `${p.id} while revoking ${t.id}` });
    }
  }
  for (const e of state.log) {
    if (e.kind !== "violation" || !e.detected || e.owner === null) continue;
    const owner = e.owner;
    const granted = state.treaties.some((t) => t.parties.includes(owner) && grants(t.term, owner, e.power, e.weapon) && inForceDuring(t, e.turn));
    if (granted) out.push({ kind: "protestedGranted", power: owner, turn: e.turn, detail: `${e.power} ${e.strikeId}` });
  }
  return out;
}
