/**
 * What a strike's landed units really hit: intelligence quality decides how many land on the
 * intended faction; the rest fall on whoever is there. Civilians pay their share, and a claim
 * that others saw to be false costs legitimacy. Units are aimed at the zone as it stood before
 * any strike of the turn (aimUnits); the hits of all strikes are then combined (strikes.ts).
 */
import { at } from "../at";
import { powersOf, factionsOf } from "../scenario/ids-of";
import type { FactionId, PowerId } from "../ids";
import { chance, nextFloat } from "../rng";
import type { RngState } from "../rng";
import { getScenario } from "../scenario";
import type { WeaponSetup, ZoneSetup } from "../scenario/types";
import type { MatchState } from "../state";
import { Observers } from "./observers";
import { changeTrack, emit, round1 } from "./record";
import { nfzOver } from "./strike-nfz";

export type Hits = Partial<Record<FactionId, number>>;

/** The share of a power's strike that lands on the intended faction: its own, plus an intelligence cell's help. */
export function intelQuality(state: MatchState, power: PowerId): number {
  const scenario = getScenario(state.scenarioId);
  const { intelCellBonus, intelCap } = scenario.airDefence;
  const inCell = state.treaties.some((t) => t.status === "active" && t.term.kind === "intel" && t.term.members.includes(power));
  return Math.min(intelCap, at(scenario.powers, power).intel + (inCell ? intelCellBonus : 0));
}

/** The powers that see what a strike in a zone really hit, besides its owner: the zone's country, and strong intelligence (with a cell's help). */
export function impactObservers(state: MatchState, power: PowerId, zone: ZoneSetup): Observers {
  const scenario = getScenario(state.scenarioId);
  const owner = scenario.countries.find((c) => c.id === zone.country)?.owner ?? null;
  const watchers = powersOf(state).filter((p) => intelQuality(state, p) >= scenario.airDefence.observeImpactsAtIntel);
  return new Observers(powersOf(state), power, owner, ...watchers);
}

function pickByStrength(rng: RngState, strength: Readonly<Record<FactionId, number>>): FactionId | null {
  const entries = Object.entries(strength);
  const total = entries.reduce((sum, [, s]) => sum + s, 0);
  if (total <= 0) return null;
  let roll = nextFloat(rng) * total;
  for (const [faction, s] of entries) {
    if (s <= 0) continue;
    roll -= s;
    if (roll < 0) return faction;
  }
  return entries.findLast(([, s]) => s > 0)?.[0] ?? null;
}

export interface Landing {
  power: PowerId;
  strikeId: string;
  zone: ZoneSetup;
  weapon: WeaponSetup;
  intended: FactionId;
  claim: FactionId;
  launched: number;
  landed: number;
}

/** What the landed units hit, aimed at `strength` (the zone before the turn's strikes), drawn from the strike's own generator. */
export function aimUnits(state: MatchState, landing: Landing, strength: Readonly<Record<FactionId, number>>, rng: RngState): Hits {
  const left: Record<FactionId, number> = Object.assign({}, strength);
  const q = intelQuality(state, landing.power);
  const hit: Hits = {};
  for (let unit = 0; unit < landing.landed; unit++) {
    const onTarget = chance(rng, q) && at(left, landing.intended) > 0;
    const struck = onTarget ? landing.intended : pickByStrength(rng, left);
    if (!struck) continue;
    const removed = Math.min(at(left, struck), landing.weapon.damage);
    left[struck] = round1(at(left, struck) - removed);
    hit[struck] = round1((hit[struck] ?? 0) + removed);
  }
  return hit;
}

/** Applies hits already combined with the turn's other strikes; records the impact and its price (prestige, civilians, a false claim seen by others). */
export function recordImpact(state: MatchState, landing: Landing, hit: Hits): void {
  const scenario = getScenario(state.scenarioId);
  const { power, zone, weapon, claim, landed } = landing;
  const held = state.zones[zone.id]!;
  for (const faction of factionsOf(state)) {
    const removed = hit[faction] ?? 0;
    if (removed > 0) held.strength[faction] = round1(Math.max(0, at(held.strength, faction) - removed));
  }
  const protectedZone = nfzOver(state, zone.id).length > 0;
  const civilians = round1(weapon.collateral * landed * (protectedZone ? 1 - scenario.nfz.civilianProtection : 1));
  held.civilians = round1(Math.max(0, held.civilians - civilians));

  const most = Math.max(0, ...Object.values(hit).map((n) => n ?? 0));
  const mostHit = most > 0 ? (factionsOf(state).find((f) => (hit[f] ?? 0) === most) ?? null) : null;
  const falseClaim = mostHit !== null && (hit[claim] ?? 0) < most;
  const observers = impactObservers(state, power, zone);
  emit(state, { kind: "impact", power, strikeId: landing.strikeId, zone: zone.id, claim, hit, mostHit, falseClaim, civilians, landed, launched: landing.launched }, observers.visibility());

  const tracks = scenario.tracks;
  if (landed > 0) changeTrack(state, power, "prestige", tracks.prestigePerLandedUnit * landed, { code: "strike/landed", units: landed, launched: landing.launched, zone: zone.id });
  if (civilians > 0) changeTrack(state, power, "legitimacy", -tracks.legitimacyLostPerCivilianHarm * civilians, { code: "strike/civilians", zone: zone.id });
  if (falseClaim && observers.othersThan(power).length > 0) {
    changeTrack(state, power, "legitimacy", -tracks.legitimacyLostPerFalseClaim, { code: "strike/false_claim", faction: claim, zone: zone.id });
  }
}

/** One strike landing on its own (aimed at the zone as it is now, with the match's generator). */
export function landStrike(state: MatchState, landing: Landing): void {
  const hit = aimUnits(state, landing, state.zones[landing.zone.id]!.strength, state.rng);
  recordImpact(state, landing, hit);
}
