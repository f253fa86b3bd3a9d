/**
 * Proposals as the diplomacy panel builds them: terms with defaults that make sense for the
 * sender and the recipients, the parties every term needs, and terms and treaties in words.
 */
import { at } from "../../../shared/at";
import { factionIds, powerIds } from "../../../shared/scenario/ids-of";
import { hasAirspace } from "../../../shared/geo/maps";
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import type { Proposal, Term, TermKind, Treaty } from "../../../shared/terms";
import { termParties } from "../../../shared/terms";
import { checkTerms } from "../../../shared/rules/diplomacy";
import { errorText } from "./format";
import { ui } from "../lang/ui";

/** The kinds of term a proposal can hold, in the composer's order (their names: ui().terms.kinds). */
export const TERM_KINDS: readonly { kind: TermKind }[] = [{ kind: "overflight" }, { kind: "nfz" }, { kind: "support" }, { kind: "basing" }, { kind: "intel" }];

export const DEFAULT_TERM_TURNS = 3;

/** A sensible new term: `me` asks the first recipient for overflight (or offers its own), basing, etc. */
export function defaultTerm(kind: TermKind, scenario: Scenario, me: PowerId, recipients: readonly PowerId[]): Term {
  const other = recipients.find((p) => p !== me) ?? powerIds(scenario).find((p) => p !== me)!;
  const turns = DEFAULT_TERM_TURNS;
  switch (kind) {
    case "overflight":
      return hasAirspace(scenario, other) || !hasAirspace(scenario, me)
        ? { kind, grantor: other, grantee: me, scope: "both", turns }
        : { kind, grantor: me, grantee: other, scope: "both", turns };
    case "nfz": {
      const north = scenario.zones.filter((z) => z.north).map((z) => z.id);
      return { kind, zones: north, pledges: { [me]: Math.max(1, at(scenario.powers, me).patrolUnits) }, exempt: [me], turns };
    }
    case "support":
      // The scenario's first faction (Caspian Salvo: the Islamic State).
      return { kind, pledger: other, faction: factionIds(scenario)[0] ?? "", zones: [scenario.zones[0]!.id], stance: "stop", turns };
    case "basing":
      return { kind, host: other, guest: me, turns };
    case "intel":
      return { kind, members: [me, other], turns };
  }
}

/** Every party a proposal needs: the sender, the chosen recipients and every power the terms bind. */
/** seats: the match's powers in seat order, the order of the list. */
export function partiesFor(seats: readonly PowerId[], me: PowerId, recipients: readonly PowerId[], terms: readonly Term[]): PowerId[] {
  const set = new Set<PowerId>([me, ...recipients]);
  for (const t of terms) for (const p of termParties(t)) set.add(p);
  return seats.filter((p) => set.has(p));
}

/**
 * A problem the panel can show before sending: what the command's validator asks of the form
 * (shared/commands.ts: a term or more, zones, two members), then the rules' own checkTerms.
 */
export function proposalProblem(scenario: Scenario, me: PowerId, parties: readonly PowerId[], terms: readonly Term[]): string | null {
  const w = ui().terms;
  if (terms.length === 0) return w.noTerm;
  for (const t of terms) {
    if (t.kind === "intel" && t.members.length < 2) return w.twoMembers;
    if ((t.kind === "nfz" || t.kind === "support") && t.zones.length === 0) return w.oneZone;
  }
  const checked = checkTerms({ scenarioId: scenario.id }, parties.includes(me) ? parties : [me, ...parties], terms);
  return checked.ok ? null : errorText(checked.error, scenario);
}

/** A term in words; `untilTurn` (a treaty's last turn, capped at the match's end) replaces the term's own length. */
export function describeTerm(term: Term, scenario: Scenario, untilTurn?: number): string {
  const name = (p: PowerId) => at(scenario.powers, p).name;
  const zones = (ids: readonly string[]) => ids.map((id) => scenario.zones.find((z) => z.id === id)?.name ?? id);
  const w = ui().terms;
  const turns = untilTurn !== undefined ? w.until(untilTurn) : w.lasting(term.turns);
  switch (term.kind) {
    case "overflight":
      return w.overflight(name(term.grantor), name(term.grantee), w.scopes[term.scope], turns);
    case "nfz": {
      const pledges = (Object.entries(term.pledges) as [PowerId, number][]).filter(([, u]) => u > 0).map(([p, u]) => `${name(p)} ${u}`);
      return w.nfz(zones(term.zones), turns, pledges, term.exempt.map(name));
    }
    case "support":
      return w.support(name(term.pledger), term.stance === "stop", at(scenario.factions, term.faction).name, zones(term.zones), turns);
    case "basing":
      return w.basing(name(term.host), name(term.guest), turns);
    case "intel":
      return w.intel(term.members.map(name), turns);
  }
}

/** Turns left for a treaty, this one included (0 once it has ended). */
export function turnsLeft(treaty: Treaty, turn: number): number {
  if (treaty.status !== "active" && treaty.status !== "agreed") return 0;
  return Math.max(0, treaty.untilTurn - turn + 1);
}

export type ProposalStance = "mine" | "awaiting-me" | "awaiting-others" | "closed";

export function proposalStance(p: Proposal, me: PowerId): ProposalStance {
  if (p.status !== "open") return "closed";
  if (p.from === me) return "mine";
  return p.accepted.includes(me) ? "awaiting-others" : "awaiting-me";
}
