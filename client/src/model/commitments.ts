/**
 * The seat's commitments this turn: every treaty in force (or agreed) that binds it, what it
 * asks of the seat now, and whether the orders being drafted keep it; every planned flight
 * through airspace without rights; every costly revocation; and what the orders cost. The rules
 * decide all of it: shared/rules/orders-preview.ts foresees the turn's charges from the seat's
 * view and its draft with the functions resolution charges with. This file only puts it in words
 * (tests/client/commitments.test.ts resolves the same orders and compares).
 */
import { at } from "../../../shared/at";
import type { PowerId } from "../../../shared/ids";
import { emptyOrders } from "../../../shared/orders";
import { escalationCap, supportCost } from "../../../shared/rules/charges";
import { bindingTreaties, previewOrders } from "../../../shared/rules/orders-preview";
import type { OrdersPreview, PledgePreview, SeatContext } from "../../../shared/rules/orders-preview";
import { landsSupport } from "../../../shared/rules/support";
import type { Scenario } from "../../../shared/scenario/types";
import { ui } from "../lang/ui";
import type { OrdersDraft } from "./orders-draft";
import { describeTerm } from "./proposal";
import { countryName } from "./route-planner";

export { bindingTreaties };

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

export interface CostLine {
  what: string;
  cost: string;
}

/** The rules' preview of the draft (no draft: the orders of a seat that sends none). */
export function previewOf(view: SeatContext, power: PowerId, draft: OrdersDraft | null): OrdersPreview {
  return previewOrders(view, power, draft ? draft.toOrders() : emptyOrders(at(view.powers, power).posture));
}

const zoneNames = (scenario: Scenario, ids: readonly string[]) => ids.map((id) => scenario.zones.find((z) => z.id === id)?.name ?? id);
const w = () => ui().commitments;
const round1 = (n: number) => Math.round(n * 10) / 10;

function pledgeCost(p: PledgePreview): string {
  return w().pledgeCost(p.credibility, Boolean(p.endsTreaty), p.outcome === "atRisk");
}

const PLEDGE_STATE: Record<PledgePreview["outcome"], CommitmentState> = { kept: "kept", broken: "unkept", atRisk: "atRisk" };

export function commitmentsOf(scenario: Scenario, view: SeatContext, power: PowerId, draft: OrdersDraft | null, preview = previewOf(view, power, draft)): Commitment[] {
  const name = (p: PowerId) => at(scenario.powers, p).name;
  return bindingTreaties(view.treaties, power).map((t) => {
    const base = { treatyId: t.id, text: describeTerm(t.term, scenario, t.untilTurn) };
    const revoking = draft?.revoke.includes(t.id) ? w().revoking : "";
    const pledge = preview.pledges.find((p) => p.treatyId === t.id);
    const judged = pledge ? { state: PLEDGE_STATE[pledge.outcome], cost: pledge.outcome === "kept" ? null : pledgeCost(pledge) } : { state: "none" as const, cost: null };
    const term = t.term;
    let requires = w().nothing;
    switch (term.kind) {
      case "support": {
        if (term.pledger !== power) break;
        const where = zoneNames(scenario, term.zones);
        const faction = at(scenario.factions, term.faction).name;
        requires = term.stance === "support" ? w().support(faction, where) : w().noSupport(faction, where);
        break;
      }
      case "nfz":
        if (pledge) requires = w().patrol(pledge.pledged, zoneNames(scenario, term.zones), pledge.flown);
        break;
      case "overflight":
        requires = term.grantor === power ? w().granted(name(term.grantee), ui().terms.scopes[term.scope]) : w().grantedToYou(ui().terms.scopes[term.scope], name(term.grantor));
        break;
      case "basing":
        requires = term.host === power ? w().hosting(name(term.guest)) : w().hosted(name(term.host));
        break;
      case "intel":
        requires = w().intel;
        break;
    }
    return { ...base, requires: revoking + requires, ...judged };
  });
}

/** Every pledge the draft leaves unkept or at risk, every flight through airspace without rights, and every costly revocation. */
export function ordersWarnings(scenario: Scenario, view: SeatContext, power: PowerId, draft: OrdersDraft): OrdersWarning[] {
  const preview = previewOf(view, power, draft);
  const warnings: OrdersWarning[] = [];
  for (const c of commitmentsOf(scenario, view, power, draft, preview)) {
    if (c.state === "unkept") warnings.push({ kind: "pledge", text: w().unkept(c.treatyId, c.requires, c.cost ?? "") });
    if (c.state === "atRisk") warnings.push({ kind: "pledge", text: w().atRisk(c.treatyId, c.requires, c.cost ?? "") });
  }
  for (const strikeId of new Set(preview.violations.map((v) => v.strikeId))) {
    const mine = preview.violations.filter((v) => v.strikeId === strikeId);
    const each = mine.map((v) => {
      const escalation = v.owner === null ? w().noSeat : w().escalation(v.ifDetected.escalation, Boolean(v.ifDetected.engaged));
      return w().ifDetected(countryName(scenario, v.country), v.ifDetected.legitimacy, escalation);
    });
    const protests = mine.filter((v) => v.owner !== null && v.ifDetected.incident === "protest").length;
    const cap = protests > 1 ? w().protestCap(escalationCap(scenario.id, "protest")) : "";
    warnings.push({
      kind: "violation",
      text: w().violation(strikeId, mine.map((v) => countryName(scenario, v.country)), each, cap),
    });
  }
  for (const r of preview.revocations) {
    if (r.credibility <= 0 || r.applies === "no") continue;
    const until = view.treaties.find((t) => t.id === r.treatyId)?.untilTurn;
    warnings.push({ kind: "revocation", text: w().revocation(r.treatyId, String(until ?? ""), r.credibility, r.applies === "ifPledgeHolds") });
  }
  return warnings;
}

/** What each order costs, line by line, as the rules will charge it. */
export function costLines(scenario: Scenario, view: SeatContext, power: PowerId, draft: OrdersDraft, preview = previewOf(view, power, draft)): CostLine[] {
  const lines: CostLine[] = [];
  const ABORTED = w().aborted;
  for (const s of draft.strikes) {
    const asset = scenario.assets.find((a) => a.id === s.asset);
    const zone = scenario.zones.find((z) => z.id === s.zone);
    const launch = preview.launches.find((l) => l.strikeId === s.id);
    const cost = !launch ? w().noLaunch : launch.aborted ? ABORTED[launch.aborted] : w().launchCost(round1(launch.cost), launch.units < s.units ? launch.units : null);
    lines.push({ what: w().strike(s.id, s.units, asset?.name ?? s.asset, zone?.name ?? s.zone), cost });
  }
  for (const s of draft.support) {
    const lands = landsSupport(view, power, s);
    lines.push({
      what: w().supportLine(s.covert, s.points, at(scenario.factions, s.faction).name, scenario.zones.find((z) => z.id === s.zone)?.name ?? s.zone),
      cost: lands ? w().supportCost(round1(supportCost(scenario.id, s.points)), s.covert) : w().noLand,
    });
  }
  for (const r of preview.revocations) {
    const cost = r.applies === "no" ? w().revokeFree : r.credibility > 0 ? w().revokeCost(r.credibility) : w().revokeLast;
    lines.push({ what: w().revokeLine(r.treatyId), cost });
  }
  for (const p of draft.patrols) lines.push({ what: w().patrols(p.units, p.treaty), cost: w().clashes });
  return lines;
}

/** The cost track the orders add: launches and support that lands. */
export function costTotal(preview: OrdersPreview): number {
  return round1(preview.launches.reduce((sum, l) => sum + l.cost, 0) + preview.support.reduce((sum, s) => sum + s.cost, 0));
}
