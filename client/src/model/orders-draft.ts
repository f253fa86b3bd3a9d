/**
 * The orders a seat is composing for this turn, and what they cost. The team's draft lives on
 * the server (shared/team-draft.ts): every change made here is also kept as an edit (`pending`)
 * for ../net/draft-sync.ts to send, and the draft is rebuilt from the team's whenever it changes.
 */
import type { FactionId, Posture, PowerId } from "../../../shared/ids";
import type { LonLat } from "../../../shared/geo/great-circle";
import type { Orders, StrikeOrder, SupportOrder } from "../../../shared/orders";
import type { Scenario } from "../../../shared/scenario/types";
import type { Treaty } from "../../../shared/terms";
import type { MatchView } from "../../../shared/view";
import { revocationCost } from "./commitments";
import type { DraftEdit, TeamDraft } from "../../../shared/team-draft";

export interface DraftStrike {
  id: string;
  asset: string;
  zone: string;
  faction: FactionId;
  units: number;
  waypoints: LonLat[];
  claim: FactionId;
}

export interface CostLine {
  what: string;
  cost: string;
}

export class OrdersDraft {
  strikes: DraftStrike[] = [];
  support: SupportOrder[] = [];
  posture: Posture;
  patrols: { treaty: string; units: number }[] = [];
  revoke: string[] = [];
  /** Changed since last sent. */
  dirty = false;
  /** Changes made here that the server has not been sent yet. */
  pending: DraftEdit[] = [];
  private nextStrike = 1;

  constructor(
    private readonly scenario: Scenario,
    readonly power: PowerId,
    posture: Posture,
  ) {
    this.posture = posture;
  }

  /** Starts from the orders already sent this turn, if any. */
  static fromView(scenario: Scenario, view: MatchView, power: PowerId): OrdersDraft {
    const draft = new OrdersDraft(scenario, power, view.powers[power].posture);
    const sent = view.orders[power];
    if (sent) {
      draft.strikes = sent.strikes.map((s) => ({ ...s, waypoints: s.waypoints.map((p) => [p[0], p[1]] as const) }));
      draft.support = sent.support.map((s) => ({ ...s }));
      draft.posture = sent.posture;
      draft.patrols = sent.patrols.map((p) => ({ ...p }));
      draft.revoke = [...sent.revoke];
      for (const s of draft.strikes) {
        const n = Number(/^s(\d+)$/.exec(s.id)?.[1] ?? 0);
        draft.nextStrike = Math.max(draft.nextStrike, n + 1);
      }
    }
    return draft;
  }

  /**
   * The team's draft (from the server), with the changes made here that it does not have yet:
   * those on their way (`inFlight`) and those still to send (kept as pending).
   */
  static fromTeam(scenario: Scenario, power: PowerId, team: TeamDraft, inFlight: readonly DraftEdit[], pending: readonly DraftEdit[]): OrdersDraft {
    const draft = new OrdersDraft(scenario, power, team.orders.posture);
    draft.load(team.orders);
    draft.dirty = team.sent === null || team.sent.version !== team.version;
    for (const edit of inFlight) draft.redo(edit);
    draft.pending = [];
    for (const edit of pending) draft.redo(edit);
    return draft;
  }

  private load(orders: Orders): void {
    this.strikes = orders.strikes.map((s) => ({ ...s, waypoints: s.waypoints.map((p) => [p[0], p[1]] as const) }));
    this.support = orders.support.map((s) => ({ ...s }));
    this.posture = orders.posture;
    this.patrols = orders.patrols.map((p) => ({ ...p }));
    this.revoke = [...orders.revoke];
    for (const s of this.strikes) this.nextStrike = Math.max(this.nextStrike, Number(/^s(\d+)$/.exec(s.id)?.[1] ?? 0) + 1);
  }

  /** Makes a change again, on a draft rebuilt from the team's (the change is still to confirm). */
  private redo(edit: DraftEdit): void {
    switch (edit.op) {
      case "strike":
        if (edit.id === undefined) this.addStrike(edit.strike);
        else this.replaceStrike(edit.id, edit.strike);
        break;
      case "unstrike":
        this.removeStrike(edit.id);
        break;
      case "support":
        this.setSupport(edit.index, edit.order);
        break;
      case "unsupport":
        this.removeSupport(edit.index);
        break;
      case "posture":
        this.setPosture(edit.posture);
        break;
      case "patrol":
        this.setPatrol(edit.treaty, edit.units);
        break;
      case "revoke":
        this.toggleRevoke(edit.treaty, edit.on);
        break;
      case "all":
        this.load(edit.orders);
        this.pending.push(edit);
        this.dirty = true;
        break;
    }
  }

  /** The changes not sent yet, handed over once. */
  takePending(): DraftEdit[] {
    return this.pending.splice(0);
  }

  private changed(edit: DraftEdit): void {
    this.pending.push(edit);
    this.dirty = true;
  }

  addStrike(strike: Omit<DraftStrike, "id">): DraftStrike {
    const made = { ...strike, id: `s${this.nextStrike++}` };
    this.strikes.push(made);
    this.changed({ op: "strike", strike: copyStrike(strike) });
    return made;
  }

  replaceStrike(id: string, strike: Omit<DraftStrike, "id">): void {
    const i = this.strikes.findIndex((s) => s.id === id);
    if (i >= 0) this.strikes[i] = { ...strike, id };
    this.changed({ op: "strike", id, strike: copyStrike(strike) });
  }

  removeStrike(id: string): void {
    this.strikes = this.strikes.filter((s) => s.id !== id);
    this.changed({ op: "unstrike", id });
  }

  setSupport(index: number | null, order: SupportOrder): void {
    if (index === null) this.support.push(order);
    else this.support[index] = order;
    this.changed({ op: "support", index, order: { ...order } });
  }

  removeSupport(index: number): void {
    this.support.splice(index, 1);
    this.changed({ op: "unsupport", index });
  }

  setPosture(posture: Posture): void {
    this.posture = posture;
    this.changed({ op: "posture", posture });
  }

  setPatrol(treaty: string, units: number): void {
    this.patrols = this.patrols.filter((p) => p.treaty !== treaty);
    if (units > 0) this.patrols.push({ treaty, units });
    this.changed({ op: "patrol", treaty, units });
  }

  toggleRevoke(treaty: string, on: boolean): void {
    this.revoke = this.revoke.filter((t) => t !== treaty);
    if (on) this.revoke.push(treaty);
    this.changed({ op: "revoke", treaty, on });
  }

  /** Units this draft launches from an asset. */
  unitsFrom(asset: string, except?: string): number {
    return this.strikes.filter((s) => s.asset === asset && s.id !== except).reduce((n, s) => n + s.units, 0);
  }

  /** Units an asset can still launch this turn, given its stock (null: unknown) and this draft. */
  unitsLeft(asset: string, stock: number | null, except?: string): number {
    const setup = this.scenario.assets.find((a) => a.id === asset);
    if (!setup) return 0;
    const available = Math.min(setup.capacity, stock ?? setup.capacity);
    return Math.max(0, available - this.unitsFrom(asset, except));
  }

  supportUsed(): number {
    return this.support.reduce((n, s) => n + s.points, 0);
  }

  patrolsUsed(): number {
    return this.patrols.reduce((n, p) => n + p.units, 0);
  }

  toOrders(): Orders {
    const strikes: StrikeOrder[] = this.strikes.map((s) => ({ ...s, waypoints: s.waypoints.map((p) => [p[0], p[1]] as const) }));
    return { strikes, support: this.support.map((s) => ({ ...s })), posture: this.posture, patrols: this.patrols.map((p) => ({ ...p })), revoke: [...this.revoke] };
  }

  /** What the orders cost on the tracks, line by line, as the rules will charge it. */
  /** What each order costs; a revocation costs only before the treaty's last turn (`treaties` and `turn` tell). */
  costs(treaties: readonly Treaty[] = [], turn = 0): CostLine[] {
    const t = this.scenario.tracks;
    const lines: CostLine[] = [];
    for (const s of this.strikes) {
      const asset = this.scenario.assets.find((a) => a.id === s.asset);
      const zone = this.scenario.zones.find((z) => z.id === s.zone);
      lines.push({ what: `Strike ${s.id}: ${s.units} from ${asset?.name ?? s.asset} on ${zone?.name ?? s.zone}`, cost: `cost +${round1(s.units * t.costPerUnitLaunched)}` });
    }
    for (const s of this.support) {
      lines.push({
        what: `${s.covert ? "Covert" : "Overt"} support: ${s.points} to ${this.scenario.factions[s.faction].name} in ${this.scenario.zones.find((z) => z.id === s.zone)?.name ?? s.zone}`,
        cost: `cost +${round1(s.points * t.costPerSupportPoint)}${s.covert ? ", risk of detection" : ""}`,
      });
    }
    for (const id of this.revoke) {
      const treaty = treaties.find((x) => x.id === id);
      const cost = treaty ? revocationCost(this.scenario, treaty, turn) : t.credibilityLostOnRevocation;
      lines.push({ what: `Revoke treaty ${id}`, cost: cost > 0 ? `credibility −${cost} (before its last turn)` : "no cost (its last turn)" });
    }
    for (const p of this.patrols) lines.push({ what: `Patrols: ${p.units} units for no-fly zone ${p.treaty}`, cost: "risk of clashes" });
    return lines;
  }

  totalCost(): number {
    const t = this.scenario.tracks;
    const units = this.strikes.reduce((n, s) => n + s.units, 0);
    return round1(units * t.costPerUnitLaunched + this.supportUsed() * t.costPerSupportPoint);
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function copyStrike(s: Omit<DraftStrike, "id">): Extract<DraftEdit, { op: "strike" }>["strike"] {
  return { asset: s.asset, zone: s.zone, faction: s.faction, units: s.units, waypoints: s.waypoints.map((p) => [p[0], p[1]] as [number, number]), claim: s.claim };
}
