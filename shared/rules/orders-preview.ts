/**
 * What a seat's orders will cost when the turn resolves, foreseen from what the seat knows (its
 * view: the treaties, the zones, its platforms' stock, the powers' postures, its own log) and
 * the orders it is drafting, by the very functions resolution charges with (charges.ts,
 * launchesOf, landsSupport). What depends on the dice (detection) is given for each outcome.
 * Not foreseen: other powers' orders of this turn (a new posture, a revocation of the same treaty
 * first, support that lets a faction be reached).
 */
import type { GameEvent } from "../events";
import type { CountryId, Posture, PowerId } from "../ids";
import type { Orders } from "../orders";
import { getScenario } from "../scenario";
import type { Treaty } from "../terms";
import { guardOf, patrolUnits } from "./air-defence";
import type { GuardContext } from "./air-defence";
import { breaksSupportPledge, brokenPledgeCost, keepsPatrolPledge, launchCost, revocationCost, supportCost, violationCharge } from "./charges";
import type { SupportSeen, ViolationCharge } from "./charges";
import { violatedAirspaces } from "./incursion";
import { launchesOf } from "./strikes";
import type { LaunchContext, Planned } from "./strikes";
import { earlierUnseen, landsSupport } from "./support";
import type { SupportContext } from "./support";

/** What a seat's view has that the preview reads. */
export type SeatContext = LaunchContext & SupportContext & GuardContext & { turn: number; log: readonly GameEvent[] };

export interface LaunchPreview {
  strikeId: string;
  units: number;
  /** Cost track added (0 when it does not launch). */
  cost: number;
  aborted: Planned["aborted"];
}

export interface SupportPreview {
  covert: boolean;
  points: number;
  cost: number;
}

export interface ViolationPreview {
  strikeId: string;
  country: CountryId;
  owner: PowerId | null;
  posture: Posture;
  km: number;
  /** What it costs if the airspace's defences detect it (undetected, nothing). */
  ifDetected: ViolationCharge;
}

/** atRisk: broken only if covert support is detected (this turn's, or an earlier turn's still unseen). */
export type PledgeOutcome = "kept" | "broken" | "atRisk";

export interface PledgePreview {
  treatyId: string;
  kind: "support" | "nfz";
  outcome: PledgeOutcome;
  /** Credibility lost when it breaks. */
  credibility: number;
  /** A broken support pledge ends its treaty; a short patrol pledge does not. */
  endsTreaty: boolean;
  /** Patrol pledges: units pledged and units these orders fly. */
  pledged: number;
  flown: number;
}

export interface RevocationPreview {
  treatyId: string;
  /** Credibility lost: only before the treaty's last turn. */
  credibility: number;
  /**
   * "no": its support pledge breaks first this turn, which ends the treaty, so the revocation
   * charges nothing (the broken pledge does); "ifPledgeHolds": unless that pledge is found broken.
   */
  applies: "yes" | "no" | "ifPledgeHolds";
}

export interface OrdersPreview {
  launches: LaunchPreview[];
  support: SupportPreview[];
  violations: ViolationPreview[];
  pledges: PledgePreview[];
  revocations: RevocationPreview[];
}

/** Treaties in force when the turn resolves that bind `power`: active ones, and those agreed this turn. */
export function bindingTreaties(treaties: readonly Treaty[], power: PowerId): Treaty[] {
  return treaties.filter((t) => (t.status === "active" || t.status === "agreed") && t.parties.includes(power));
}

export function previewOrders(ctx: SeatContext, power: PowerId, orders: Orders): OrdersPreview {
  const scenario = getScenario(ctx.scenarioId);
  const launches = launchesOf(ctx, power, orders.strikes, "orders");
  const violations: ViolationPreview[] = [];
  for (const l of launches) {
    if (!l.route) continue;
    for (const crossing of violatedAirspaces(l.route, scenario.airDefence)) {
      const guard = guardOf(ctx, crossing.country);
      violations.push({ strikeId: l.order.id, country: crossing.country, owner: guard.owner, posture: guard.posture, km: crossing.km, ifDetected: violationCharge(ctx.scenarioId, guard.posture, true) });
    }
  }

  const landed = orders.support.filter((o) => landsSupport(ctx, power, o));
  const support: SupportPreview[] = [];
  for (const covert of [false, true]) {
    const points = landed.filter((o) => o.covert === covert).reduce((sum, o) => sum + o.points, 0);
    if (points > 0) support.push({ covert, points, cost: supportCost(ctx.scenarioId, points) });
  }

  const seen = (covertSeen: boolean): SupportSeen[] => landed.map((o) => ({ power, faction: o.faction, zone: o.zone, seen: !o.covert || covertSeen }));
  const unseenBefore = earlierUnseen(ctx)
    .filter((e) => e.power === power)
    .map((e) => ({ power: e.power, faction: e.faction, zone: e.zone, landedTurn: e.turn }));
  const pledges: PledgePreview[] = [];
  for (const t of bindingTreaties(ctx.treaties, power)) {
    const term = t.term;
    if (term.kind === "support" && term.pledger === power) {
      const broken = breaksSupportPledge(t, term, seen(false));
      const ifDetected = breaksSupportPledge(t, term, seen(true), unseenBefore);
      pledges.push({ treatyId: t.id, kind: "support", outcome: broken ? "broken" : ifDetected ? "atRisk" : "kept", credibility: brokenPledgeCost(ctx.scenarioId), endsTreaty: true, pledged: 0, flown: 0 });
    } else if (term.kind === "nfz" && (term.pledges[power] ?? 0) > 0) {
      const flown = patrolUnits(orders, t.id);
      const outcome = keepsPatrolPledge(term, power, flown) ? "kept" : "broken";
      pledges.push({ treatyId: t.id, kind: "nfz", outcome, credibility: brokenPledgeCost(ctx.scenarioId), endsTreaty: false, pledged: term.pledges[power] ?? 0, flown });
    }
  }

  const revocations: RevocationPreview[] = [];
  for (const id of new Set(orders.revoke)) {
    const treaty = ctx.treaties.find((t) => t.id === id);
    if (!treaty || (treaty.status !== "active" && treaty.status !== "agreed")) continue;
    const pledge = pledges.find((p) => p.treatyId === id && p.endsTreaty);
    const applies = pledge?.outcome === "broken" ? "no" : pledge?.outcome === "atRisk" ? "ifPledgeHolds" : "yes";
    revocations.push({ treatyId: id, credibility: revocationCost(ctx.scenarioId, treaty, ctx.turn), applies });
  }

  return {
    launches: launches.map((l) => ({ strikeId: l.order.id, units: l.units, cost: l.aborted ? 0 : launchCost(ctx.scenarioId, l.units), aborted: l.aborted })),
    support,
    violations,
    pledges,
    revocations,
  };
}
