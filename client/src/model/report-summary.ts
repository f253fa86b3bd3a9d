/**
 * "What changed for you" at the head of a turn report: the seat's tracks over the turn's
 * resolution, what its strikes did, what others saw of it, and the commitments others broke
 * with it; also the seat's own orders of that turn as the log records them (strikes flown or
 * aborted, support given) and as it sent them (posture, patrols, revocations too), so that a
 * past turn can be read again.
 */
import { at } from "../../../shared/at";
import { describeEvent } from "../../../shared/catalog";
import type { GameEvent } from "../../../shared/events";
import { TRACKS } from "../../../shared/ids";
import type { PowerId } from "../../../shared/ids";
import type { Orders } from "../../../shared/orders";
import type { Scenario } from "../../../shared/scenario/types";
import type { Treaty } from "../../../shared/terms";
import { resolutionEvents } from "./report";
import { messages } from "../lang/language";
import { ui } from "../lang/ui";

export interface ReportSummary {
  tracks: string[];
  strikes: string[];
  seen: string[];
  brokenWithYou: string[];
  /** The seat's own orders of the turn, as carried out. */
  orders: string[];
}

export function summaryFor(log: readonly GameEvent[], turn: number, scenario: Scenario, power: PowerId, treaties: readonly Treaty[]): ReportSummary {
  const events = resolutionEvents(log, turn);
  const text = (e: GameEvent) => describeEvent(e, scenario, messages());
  const tracks: string[] = [];
  for (const track of TRACKS) {
    const changes = events.filter((e): e is Extract<GameEvent, { kind: "track" }> => e.kind === "track" && e.power === power && e.track === track);
    if (changes.length === 0) continue;
    const delta = changes.reduce((sum, e) => sum + e.delta, 0);
    tracks.push(ui().news.trackEffect(ui().common.tracks[track], delta, changes[changes.length - 1]!.value));
  }
  const partyOf = (treatyId: string) => treaties.find((t) => t.id === treatyId)?.parties.includes(power) ?? false;
  return {
    tracks,
    strikes: events.filter((e) => (e.kind === "impact" || e.kind === "strikeAborted") && e.power === power).map(text),
    seen: events
      .filter((e) => (e.kind === "violation" && e.power === power && e.detected) || (e.kind === "supportDetected" && e.power === power) || ((e.kind === "interception" || e.kind === "shootDown") && e.power === power && e.units > 0))
      .map(text),
    brokenWithYou: events
      .filter((e) => (e.kind === "pledgeBroken" && e.power !== power && partyOf(e.treatyId)) || (e.kind === "treaty" && e.status === "revoked" && e.by !== power && e.parties.includes(power)))
      .map(text),
    orders: events.filter((e) => (e.kind === "strikeFlown" || e.kind === "strikeAborted" || e.kind === "supportLanded") && e.power === power).map(text),
  };
}

/** Turns whose resolution the log holds, oldest first. */
export function resolvedTurns(log: readonly GameEvent[]): number[] {
  const turns = new Set<number>();
  for (const e of log) if (e.phase === "resolution" && e.kind !== "phase") turns.add(e.turn);
  return [...turns].sort((a, b) => a - b);
}

/** The seat's orders of a turn as it sent them (its view's pastOrders): posture, strikes, support, patrols, revocations. */
export function ordersSentLines(scenario: Scenario, orders: Orders): string[] {
  const zone = (id: string) => scenario.zones.find((z) => z.id === id)?.name ?? id;
  const w = ui().turnReport;
  const c = ui().commitments;
  const lines = [w.posture(w.postures[orders.posture])];
  for (const s of orders.strikes) {
    const asset = scenario.assets.find((a) => a.id === s.asset)?.name ?? s.asset;
    lines.push(w.strike(s.id, s.units, asset, zone(s.zone), at(scenario.factions, s.faction).name, at(scenario.factions, s.claim).name));
  }
  for (const s of orders.support) lines.push(c.supportLine(s.covert, s.points, at(scenario.factions, s.faction).name, zone(s.zone)));
  for (const p of orders.patrols) lines.push(c.patrols(p.units, p.treaty));
  for (const id of orders.revoke) lines.push(w.revoked(id));
  return lines;
}
