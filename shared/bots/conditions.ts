/**
 * Conditions a proposal's note attaches to a deal, which the rules do not enforce but bots keep:
 * "[deny:iraq>russia]" means Iraq, by accepting, undertakes to give Russia no overflight rights
 * while the deal lasts (the US asking Iraq to deny Russia its skies, say). Humans read the
 * sentence before the tag; bots read the tag.
 */
import { at } from "../at";
import type { PowerId } from "../ids";
import { isPowerOf } from "../scenario/ids-of";
import type { OfScenario } from "../scenario/ids-of";
import type { MatchView } from "../view";
import { inForce } from "./knowledge";

export interface DenyCondition {
  grantor: PowerId;
  denied: PowerId;
}

export function denyTag(condition: DenyCondition): string {
  return `[deny:${condition.grantor}>${condition.denied}]`;
}

/** of: the match, whose powers a condition must name (a note is anyone's free text). */
export function conditionsIn(note: string, of: OfScenario): DenyCondition[] {
  const out: DenyCondition[] = [];
  for (const match of note.matchAll(/\[deny:([a-z][a-z0-9-]*)>([a-z][a-z0-9-]*)\]/g)) {
    const [, grantor, denied] = match;
    if (isPowerOf(of, grantor) && isPowerOf(of, denied)) out.push({ grantor, denied });
  }
  return out;
}

/** Powers this one has undertaken to deny overflight, under deals still in force. */
export function deniedBy(view: MatchView, me: PowerId): PowerId[] {
  const out = new Set<PowerId>();
  for (const treaty of inForce(view)) {
    if (!treaty.parties.includes(me) || !treaty.proposalId) continue;
    const proposal = view.proposals.find((p) => p.id === treaty.proposalId);
    if (!proposal) continue;
    for (const c of conditionsIn(proposal.note, view)) if (c.grantor === me) out.add(c.denied);
  }
  return [...out];
}
