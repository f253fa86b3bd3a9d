/**
 * What a strike's landed units really hit: intelligence quality decides how many land on the
 * intended faction; the rest fall on whoever is there. Civilians pay their share, and a claim
 * that others saw to be false costs legitimacy.
 */
import { FACTIONS, POWERS } from "../ids";
import type { FactionId, PowerId } from "../ids";
import { chance, nextFloat } from "../rng";
import { getScenario } from "../scenario";
import type { WeaponSetup, ZoneSetup } from "../scenario/types";
import type { MatchState } from "../state";
import { Observers } from "./observers";
import { changeTrack, emit, round1 } from "./record";
import { nfzOver } from "./strike-nfz";

/** The share of a power's strike that lands on the intended faction: its own, plus an intelligence cell's help. */
export function intelQuality(state: MatchState, power: PowerId): number {
  const scenario = getScenario(state.scenarioId);
  const { intelCellBonus, intelCap } = scenario.airDefence;
  const inCell = state.treaties.some((t) => t.status === "active" && t.term.kind === "intel" && t.term.members.includes(power));
  return Math.min(intelCap, scenario.powers[power].intel + (inCell ? intelCellBonus : 0));
}

/** The powers that see what a strike in a zone really hit, besides its owner. */
export function impactObservers(state: MatchState, power: PowerId, zone: ZoneSetup): Observers {
  const scenario = getScenario(state.scenarioId);
  const owner = scenario.countries.find((c) => c.id === zone.country)?.owner ?? null;
  const watchers = POWERS.filter((p) => scenario.powers[p].intel >= scenario.airDefence.observeImpactsAtIntel);
  return new Observers(power, owner, ...watchers);
}

function pickByStrength(state: MatchState, strength: Readonly<Record<FactionId, number>>): FactionId | null {
  const total = FACTIONS.reduce((sum, f) => sum + strength[f], 0);
  if (total <= 0) return null;
  let roll = nextFloat(state.rng) * total;
  for (const faction of FACTIONS) {
    if (strength[faction] <= 0) continue;
    roll -= strength[faction];
    if (roll < 0) return faction;
  }
  return FACTIONS.findLast((f) => strength[f] > 0) ?? null;
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

/** Lands the units, records the impact and its price (prestige, civilians, a false claim seen by others). */
export function landStrike(state: MatchState, landing: Landing): void {
  const scenario = getScenario(state.scenarioId);
  const { power, zone, weapon, intended, claim, landed } = landing;
  const held = state.zones[zone.id]!;
  const q = intelQuality(state, power);
  const hit: Partial<Record<FactionId, number>> = {};
  for (let unit = 0; unit < landed; unit++) {
    const onTarget = chance(state.rng, q) && held.strength[intended] > 0;
    const struck = onTarget ? intended : pickByStrength(state, held.strength);
    if (!struck) continue;
    const removed = Math.min(held.strength[struck], weapon.damage);
    held.strength[struck] = round1(held.strength[struck] - removed);
    hit[struck] = round1((hit[struck] ?? 0) + removed);
  }
  const protectedZone = nfzOver(state, zone.id).length > 0;
  const civilians = round1(weapon.collateral * landed * (protectedZone ? 1 - scenario.nfz.civilianProtection : 1));
  held.civilians = round1(Math.max(0, held.civilians - civilians));

  const most = Math.max(0, ...Object.values(hit).map((n) => n ?? 0));
  const mostHit = most > 0 ? (FACTIONS.find((f) => (hit[f] ?? 0) === most) ?? null) : null;
  const falseClaim = mostHit !== null && (hit[claim] ?? 0) < most;
  const observers = impactObservers(state, power, zone);
  emit(state, { kind: "impact", power, strikeId: landing.strikeId, zone: zone.id, claim, hit, mostHit, falseClaim, civilians, landed, launched: landing.launched }, observers.visibility());

  const tracks = scenario.tracks;
  if (landed > 0) changeTrack(state, power, "prestige", tracks.prestigePerLandedUnit * landed, `${landed} of ${landing.launched} units landed in ${zone.name}`);
  if (civilians > 0) changeTrack(state, power, "legitimacy", -tracks.legitimacyLostPerCivilianHarm * civilians, `civilians harmed in ${zone.name}`);
  if (falseClaim && observers.othersThan(power).length > 0) {
    changeTrack(state, power, "legitimacy", -tracks.legitimacyLostPerFalseClaim, `its claim to have struck ${scenario.factions[claim].name} in ${zone.name} was exposed as false`);
  }
}
