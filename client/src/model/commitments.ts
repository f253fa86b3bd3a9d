/**
 * The seat's commitments this turn: every treaty in force (or agreed) that binds it, what it
 * asks of the seat now, and whether the orders being drafted keep it; plus each planned flight
 * through airspace without rights. Each cost is the scenario's number that resolution charges
 * (shared/rules: support-pledges.ts and air-defence.ts for broken pledges, treaty-lifecycle.ts
 * for revocations, strike-passage.ts for detected violations); tests/client/commitments.test.ts
 * resolves the same orders with the rules and compares.
 */
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import type { Treaty } from "../../../shared/terms";
import { list, plural } from "./format";
import type { OrdersDraft } from "./orders-draft";
import { describeTerm } from "./proposal";
import { RoutePlanner } from "./route-planner";

export type CommitmentState = "kept" | "unkept" | "atRisk" | "none";

export interface Commitment {
  treatyId: string;
  /** The treaty in words. */
  text: string;
  /** What it asks of the seat this turn. */
  requires: string;
  state: CommitmentState;
  /** What breaking it costs, in words, when the orders leave it unkept or at risk. */
  cost: string | null;
}

export interface OrdersWarning {
  kind: "pledge" | "violation" | "revocation";
  text: string;
}

const zoneNames = (scenario: Scenario, ids: readonly string[]) => list(ids.map((id) => scenario.zones.find((z) => z.id === id)?.name ?? id));

/** Treaties binding the seat now: in force, or agreed this turn (in force from this resolution). */
export function bindingTreaties(treaties: readonly Treaty[], power: PowerId): Treaty[] {
  return treaties.filter((t) => (t.status === "active" || t.status === "agreed") && t.parties.includes(power));
}

/** Revoking costs credibility only before the treaty's last turn (treaty-lifecycle.ts applyRevocations). */
export function revocationCost(scenario: Scenario, treaty: Treaty, turn: number): number {
  return treaty.untilTurn > turn ? scenario.tracks.credibilityLostOnRevocation : 0;
}

export function commitmentsOf(scenario: Scenario, treaties: readonly Treaty[], power: PowerId, draft: OrdersDraft | null): Commitment[] {
  const broken = `credibility −${scenario.tracks.credibilityLostOnBrokenPledge}, and the treaty ends`;
  const name = (p: PowerId) => scenario.powers[p].name;
  return bindingTreaties(treaties, power).map((t) => {
    const base = { treatyId: t.id, text: describeTerm(t.term, scenario, t.untilTurn) };
    const revoked = draft?.revoke.includes(t.id) ?? false;
    const term = t.term;
    if (revoked) return { ...base, requires: "You are revoking it in these orders.", state: "none", cost: null };
    switch (term.kind) {
      case "support": {
        if (term.pledger !== power) break;
        const where = zoneNames(scenario, term.zones);
        const faction = scenario.factions[term.faction].name;
        const given = (draft?.support ?? []).filter((s) => s.faction === term.faction && term.zones.includes(s.zone) && s.points > 0);
        if (term.stance === "support") {
          const kept = given.length > 0;
          return { ...base, requires: `Support ${faction} in ${where} this turn (at least one point).`, state: kept ? "kept" : "unkept", cost: kept ? null : broken };
        }
        const overt = given.some((s) => !s.covert);
        const covert = given.some((s) => s.covert);
        return {
          ...base,
          requires: `Give ${faction} no support in ${where}.`,
          state: overt ? "unkept" : covert ? "atRisk" : "kept",
          cost: overt ? broken : covert ? `${broken}, if the covert support is detected` : null,
        };
      }
      case "nfz": {
        const pledged = term.pledges[power] ?? 0;
        if (pledged <= 0) break;
        const flown = draft?.patrols.find((p) => p.treaty === t.id)?.units ?? 0;
        const kept = flown >= pledged;
        return { ...base, requires: `Fly ${plural(pledged, "patrol unit")} over ${zoneNames(scenario, term.zones)} (your orders: ${flown}).`, state: kept ? "kept" : "unkept", cost: kept ? null : broken };
      }
      case "overflight":
        return { ...base, requires: term.grantor === power ? `${name(term.grantee)} may fly ${term.scope} through your airspace: its flights there are no violation.` : `You may fly ${term.scope} over ${name(term.grantor)}'s airspace.`, state: "none", cost: null };
      case "basing":
        return { ...base, requires: term.host === power ? `${name(term.guest)} may fly from your bases.` : `You may fly from ${name(term.host)}'s bases.`, state: "none", cost: null };
      case "intel":
        return { ...base, requires: "Members share targeting intelligence: better aim and sight of strikes.", state: "none", cost: null };
    }
    return { ...base, requires: "Nothing asked of you this turn.", state: "none", cost: null };
  });
}

/** Every pledge the draft leaves unkept or at risk, every flight through airspace without rights, and every costly revocation. */
export function ordersWarnings(scenario: Scenario, treaties: readonly Treaty[], turn: number, power: PowerId, draft: OrdersDraft): OrdersWarning[] {
  const warnings: OrdersWarning[] = [];
  for (const c of commitmentsOf(scenario, treaties, power, draft)) {
    if (c.state === "unkept") warnings.push({ kind: "pledge", text: `Unkept pledge ${c.treatyId} (${c.requires}) Cost: ${c.cost}.` });
    if (c.state === "atRisk") warnings.push({ kind: "pledge", text: `Pledge ${c.treatyId} at risk (${c.requires}) Cost: ${c.cost}.` });
  }
  const planner = new RoutePlanner(scenario);
  const { legitimacyLostPerDetectedViolation } = scenario.tracks;
  const { violationDetected, violationEngaged } = scenario.escalation;
  for (const s of draft.strikes) {
    planner.load(s.asset, s.waypoints, s.zone);
    const preview = planner.preview(treaties);
    if (!preview || preview.violations.length === 0) continue;
    warnings.push({
      kind: "violation",
      text: `Strike ${s.id} crosses ${list(preview.violations)} without rights. If detected, each is a violation: legitimacy −${legitimacyLostPerDetectedViolation}, escalation +${violationDetected} (+${violationEngaged} where the defences engage), and units may be shot down.`,
    });
  }
  for (const id of draft.revoke) {
    const treaty = treaties.find((t) => t.id === id);
    if (!treaty) continue;
    const cost = revocationCost(scenario, treaty, turn);
    if (cost > 0) warnings.push({ kind: "revocation", text: `Revoking ${id} before its last turn (${treaty.untilTurn}): credibility −${cost}.` });
  }
  return warnings;
}
