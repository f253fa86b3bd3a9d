/**
 * Proxy support lands (docs/rules.md, "Proxy support"): each power's support orders strengthen
 * factions, cost the supporter, buy influence when overt, and may be detected when covert. Then
 * the support pledges in force are checked against what was given.
 */
import { at } from "../at";
import type { GameEvent } from "../events";
import { powersOf } from "../scenario/ids-of";
import type { FactionId, PowerId, ZoneId } from "../ids";
import { chance } from "../rng";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";
import type { SupportOrder } from "../orders";
import { supportCost } from "./charges";
import { changeInfluence, changeTrack, clamp, emit, round1 } from "./record";
import { own } from "./known";
import { checkSupportPledges } from "./support-pledges";

/** Covert support of an earlier turn, uncovered this turn. */
export interface LandedEarlier {
  power: PowerId;
  faction: FactionId;
  zone: ZoneId;
  landedTurn: number;
}

/** One support order as it landed this turn. */
export interface LandedSupport extends SupportOrder {
  power: PowerId;
  /** Seen by a power other than the supporter: always for overt support, when detected for covert. */
  seen: boolean;
}

export function landSupport(state: MatchState): void {
  const landed: LandedSupport[] = [];
  const laterSeen = detectEarlierCovert(state);
  for (const power of powersOf(state)) {
    for (const order of state.orders[power]?.support ?? []) {
      if (!landsSupport(state, power, order)) continue;
      landed.push(landOne(state, power, order));
    }
    chargeCost(state, power, landed);
  }
  checkSupportPledges(state, landed, laterSeen);
}

/** What support depends on: the scenario and the zones (a seat's view has both; it sees which factions stand where). */
export type SupportContext = Pick<MatchState, "scenarioId" | "zones">;

/** Whether a support order lands: some points, to a faction it can reach. */
export function landsSupport(state: SupportContext, power: PowerId, order: SupportOrder): boolean {
  return own(state.zones, order.zone) !== undefined && order.points > 0 && canReach(state, power, order.faction, order.zone);
}

/** Support reaches a faction where it already stands, or anywhere in the supporter's own country. */
export function canReach(state: SupportContext, power: PowerId, faction: FactionId, zone: ZoneId): boolean {
  const scenario = getScenario(state.scenarioId);
  const held = own(state.zones, zone);
  if (!held) return false;
  if (at(held.strength, faction) > 0) return true;
  return scenario.zones.find((z) => z.id === zone)?.country === at(scenario.powers, power).homeCountry;
}

export type SupportLandedEvent = Extract<MatchState["log"][number], { kind: "supportLanded" }>;

/** Covert support of an earlier turn that no power has seen yet (a seat's view has its own in its log). */
export function earlierUnseen(state: { log: readonly GameEvent[]; turn: number }): SupportLandedEvent[] {
  const unseen: SupportLandedEvent[] = [];
  for (const e of state.log) {
    if (e.kind === "supportLanded" && e.covert && e.turn < state.turn) unseen.push(e);
    else if (e.kind === "supportDetected") {
      const i = unseen.findIndex((u) => u.turn === e.landedTurn && u.power === e.power && u.faction === e.faction && u.zone === e.zone && u.points === e.points);
      if (i >= 0) unseen.splice(i, 1);
    }
  }
  return unseen;
}

/**
 * Covert support is never safe for good: each later turn, every other power (in seat order) has
 * a smaller chance, covertLaterDetection, to uncover each earlier covert order still unseen.
 */
function detectEarlierCovert(state: MatchState): LandedEarlier[] {
  const { covertLaterDetection } = getScenario(state.scenarioId).combat;
  const found: LandedEarlier[] = [];
  for (const e of earlierUnseen(state)) {
    for (const by of powersOf(state)) {
      if (by === e.power || !chance(state.rng, covertLaterDetection)) continue;
      emit(state, { kind: "supportDetected", power: e.power, faction: e.faction, zone: e.zone, points: e.points, by, landedTurn: e.turn }, "all");
      found.push({ power: e.power, faction: e.faction, zone: e.zone, landedTurn: e.turn });
      break;
    }
  }
  return found;
}

function landOne(state: MatchState, power: PowerId, order: SupportOrder): LandedSupport {
  const scenario = getScenario(state.scenarioId);
  const zone = state.zones[order.zone]!;
  const { faction, points, covert } = order;
  zone.strength[faction] = round1(clamp(at(zone.strength, faction) + points * scenario.combat.strengthPerSupportPoint, 0, 100));
  emit(state, { kind: "supportLanded", power, faction, zone: order.zone, points, covert }, covert ? [power] : "all");
  if (!covert) {
    const country = scenario.zones.find((z) => z.id === order.zone)?.country;
    if (country) changeInfluence(state, power, country, points * scenario.tracks.influencePerSupportPoint, { code: "support/overt", faction });
    return Object.assign({}, order, { power, seen: true });
  }
  return Object.assign({}, order, { power, seen: detectCovert(state, power, faction, order.zone, points) });
}

/** Every other power, in seat order, has one chance to detect a covert order; each detection is public. */
function detectCovert(state: MatchState, power: PowerId, faction: FactionId, zone: ZoneId, points: number): boolean {
  const { covertDetection } = getScenario(state.scenarioId).combat;
  let seen = false;
  for (const by of powersOf(state)) {
    if (by === power) continue;
    if (!chance(state.rng, covertDetection)) continue;
    seen = true;
    emit(state, { kind: "supportDetected", power, faction, zone, points, by, landedTurn: state.turn }, "all");
  }
  return seen;
}

/** The turn's support cost, one event for overt and one (seen by the supporter only) for covert. */
function chargeCost(state: MatchState, power: PowerId, landed: readonly LandedSupport[]): void {
  const mine = landed.filter((l) => l.power === power);
  const overt = mine.filter((l) => !l.covert).reduce((sum, l) => sum + l.points, 0);
  const covert = mine.filter((l) => l.covert).reduce((sum, l) => sum + l.points, 0);
  if (overt > 0) changeTrack(state, power, "cost", supportCost(state.scenarioId, overt), { code: "support/overt" });
  if (covert > 0) changeTrack(state, power, "cost", supportCost(state.scenarioId, covert), { code: "support/covert" }, [power]);
}
