/** Proposals: bundles of terms that bind when every party accepts. */
import { at } from "../at";
import type { Command } from "../commands";
import { hasAirspace } from "../geo/maps";
import { canonicalJson } from "../hash";
import type { PowerId } from "../ids";
import type { Result } from "../result";
import { fail, ok } from "../result";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import type { Proposal, Term } from "../terms";
import { termParties } from "../terms";
import { isZoneId } from "./known";
import { emit, newId } from "./record";

type ProposeCommand = Extract<Command, { type: "propose" | "counter" }>;

/** What checking terms reads: the scenario only (a seat's view has it). */
export type TermsContext = Pick<MatchState, "scenarioId">;

/** Checks that terms make sense between these parties; returns the first problem. */
export function checkTerms(state: TermsContext, parties: readonly PowerId[], terms: readonly Term[]): Result<true> {
  const scenario = getScenario(state.scenarioId);
  if (new Set(parties).size !== parties.length) return fail("proposal/duplicate_party");
  if (parties.length < 2) return fail("proposal/no_counterparty");
  const seen = new Set<string>();
  for (const term of terms) {
    // The same term twice (whatever its turns) binds nothing more: refused, not counted twice.
    const { turns: _turns, ...what } = term;
    const key = canonicalJson(Object.fromEntries(Object.entries(what).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v])));
    if (seen.has(key)) return fail("term/duplicate", { term: term.kind });
    seen.add(key);
    const bound = termParties(term);
    if (bound.length === 0) return fail("term/no_party", { term: term.kind });
    const outsider = bound.find((p) => !parties.includes(p));
    if (outsider) return fail("term/not_a_party", { power: outsider, term: term.kind });
    const zones = "zones" in term ? term.zones : [];
    const unknown = zones.find((z) => !isZoneId(state.scenarioId, z));
    if (unknown) return fail("term/unknown_zone", { zone: unknown });
    switch (term.kind) {
      case "overflight":
        if (term.grantor === term.grantee) return fail("term/self", { term: "overflight" });
        if (!hasAirspace(scenario, term.grantor)) return fail("term/no_airspace", { power: term.grantor });
        break;
      case "basing":
        if (term.host === term.guest) return fail("term/self", { term: "basing" });
        break;
      case "intel":
        if (new Set(term.members).size !== term.members.length) return fail("term/duplicate_member");
        break;
      case "nfz": {
        for (const [power, units] of Object.entries(term.pledges) as [PowerId, number][]) {
          const most = at(scenario.powers, power).patrolUnits;
          if (units > most) return fail("term/pledge_too_large", { power, most });
        }
        if (Object.values(term.pledges).every((u) => !u)) return fail("term/no_pledge");
        break;
      }
      case "support":
        break;
    }
  }
  return ok(true);
}

function findOpen(state: MatchState, id: string, by: PowerId): Result<Proposal> {
  const proposal = state.proposals.find((p) => p.id === id);
  if (!proposal || !proposal.parties.includes(by)) return fail("proposal/not_found", { proposal: id });
  if (proposal.status !== "open") return fail("proposal/closed", { proposal: id, status: proposal.status });
  return ok(proposal);
}

export function propose(state: MatchState, by: PowerId, command: ProposeCommand, counterOf: string | null): Result<Proposal> {
  const parties = command.parties.includes(by) ? [...command.parties] : [by, ...command.parties];
  const checked = checkTerms(state, parties, command.terms);
  if (!checked.ok) return checked;
  const proposal: Proposal = {
    id: newId(state, "p"),
    from: by,
    parties,
    terms: command.terms as Term[],
    note: command.note,
    accepted: [by],
    status: "open",
    turn: state.turn,
    counterOf,
  };
  state.proposals.push(proposal);
  emit(state, { kind: "proposal", proposalId: proposal.id, from: by, by, parties, action: counterOf ? "countered" : "proposed" }, parties);
  return ok(proposal);
}

export function counter(state: MatchState, by: PowerId, command: Extract<Command, { type: "counter" }>): Result<Proposal> {
  const found = findOpen(state, command.proposal, by);
  if (!found.ok) return found;
  const made = propose(state, by, command, found.value.id);
  if (made.ok) found.value.status = "countered";
  return made;
}

export function accept(state: MatchState, by: PowerId, id: string): Result<Proposal> {
  const found = findOpen(state, id, by);
  if (!found.ok) return found;
  const proposal = found.value;
  if (proposal.accepted.includes(by)) return fail("proposal/already_accepted", { proposal: id });
  proposal.accepted.push(by);
  emit(state, { kind: "proposal", proposalId: id, from: proposal.from, by, parties: proposal.parties, action: "accepted" }, proposal.parties);
  if (proposal.parties.every((p) => proposal.accepted.includes(p))) bind(state, proposal);
  return ok(proposal);
}

/** Every party has accepted: each term becomes a treaty, in force from this turn's resolution. */
function bind(state: MatchState, proposal: Proposal): void {
  proposal.status = "accepted";
  for (const term of proposal.terms) {
    const treaty = {
      id: newId(state, "t"),
      proposalId: proposal.id,
      parties: [...proposal.parties],
      term,
      status: "agreed" as const,
      agreedTurn: state.turn,
      untilTurn: Math.min(state.turns, state.turn + term.turns - 1),
      endedTurn: null,
      endedBy: null,
    };
    state.treaties.push(treaty);
    emit(state, { kind: "treaty", treatyId: treaty.id, term, parties: treaty.parties, status: "agreed", by: null }, treaty.parties);
  }
}

/** note: the reason given, carried on the rejected event to every party (left off when blank). */
export function reject(state: MatchState, by: PowerId, id: string, note?: string): Result<Proposal> {
  const found = findOpen(state, id, by);
  if (!found.ok) return found;
  if (found.value.from === by) return fail("proposal/own");
  found.value.status = "rejected";
  const reason = note?.trim();
  emit(state, { kind: "proposal", proposalId: id, from: found.value.from, by, parties: found.value.parties, action: "rejected", ...(reason ? { note: reason } : {}) }, found.value.parties);
  return found;
}

export function withdraw(state: MatchState, by: PowerId, id: string): Result<Proposal> {
  const found = findOpen(state, id, by);
  if (!found.ok) return found;
  if (found.value.from !== by) return fail("proposal/not_yours");
  found.value.status = "withdrawn";
  emit(state, { kind: "proposal", proposalId: id, from: by, by, parties: found.value.parties, action: "withdrawn" }, found.value.parties);
  return found;
}

/** Proposals nobody settled by the end of the turn lapse. */
export function expireOpenProposals(state: MatchState): void {
  for (const proposal of state.proposals) if (proposal.status === "open") proposal.status = "expired";
}
