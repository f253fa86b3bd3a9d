/**
 * The orders a seat is composing for this turn (what they cost: commitments.ts). The team's draft lives on
 * the server (shared/team-draft.ts): every change made here is also kept as an edit (`pending`)
 * for ../net/draft-sync.ts to send, and the draft is rebuilt from the team's whenever it changes.
 */
import { at } from "../../../shared/at";
import type { FactionId, Posture, PowerId } from "../../../shared/ids";
import type { LonLat } from "../../../shared/geo/great-circle";
import type { Orders, StrikeOrder, SupportOrder } from "../../../shared/orders";
import type { Scenario } from "../../../shared/scenario/types";
import type { MatchView } from "../../../shared/view";
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
    const draft = new OrdersDraft(scenario, power, at(view.powers, power).posture);
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
}

function copyStrike(s: Omit<DraftStrike, "id">): Extract<DraftEdit, { op: "strike" }>["strike"] {
  return { asset: s.asset, zone: s.zone, faction: s.faction, units: s.units, waypoints: s.waypoints.map((p) => [p[0], p[1]] as [number, number]), claim: s.claim };
}
