/**
 * Fog of war (docs/rules.md, "What each power sees"). A power sees the strengths of the factions
 * in its own country's zones, and the losses of the fighting there, exactly; elsewhere it sees
 * estimates, off by up to estimateError × (1 − its intelligence quality), drawn afresh after each
 * resolution from the hidden seed, so that no difference of two views gives a hidden change
 * away. A faction present is never shown as absent, nor an absent one as present. Nobody but
 * the supporter sees what covert support cost it: other powers' cost leaves it out.
 * The facilitator, and everyone once the match has ended, sees everything.
 */
import { FACTIONS, POWERS } from "../ids";
import type { FactionId, PowerId, Viewer, ZoneId } from "../ids";
import { nextFloat, seedRng } from "../rng";
import { getScenario } from "../scenario";
import type { MatchState, TurnSnapshot, ZoneState } from "../state";
import type { GameEvent } from "../events";
import { intelQuality } from "./strike-impact";
import { round1 } from "./record";

/** Whether the viewer sees the true state (strengths, losses, others' full cost). */
export function seesAll(state: Pick<MatchState, "status">, viewer: Viewer): boolean {
  return viewer === "facilitator" || state.status === "ended";
}

/** The largest error of the viewer's estimates: none in its own country's zones. */
function errorOf(state: MatchState, viewer: Viewer, zone: ZoneId): number {
  const scenario = getScenario(state.scenarioId);
  if (viewer === "facilitator" || viewer === "spectator") return viewer === "facilitator" ? 0 : scenario.combat.estimateError;
  const country = scenario.zones.find((z) => z.id === zone)?.country;
  if (country === scenario.powers[viewer].homeCountry) return 0;
  return scenario.combat.estimateError * (1 - intelQuality(state, viewer));
}

function estimate(value: number, error: number, draw: number): number {
  if (value <= 0 || error <= 0) return value;
  return Math.max(1, Math.round(value + (2 * draw - 1) * error));
}

/** The zones as the viewer sees them. */
export function zonesSeen(state: MatchState, viewer: Viewer): Record<ZoneId, ZoneState> {
  if (seesAll(state, viewer)) return state.zones;
  // One stream per viewer and resolution: the same view all turn long, fresh after each resolution.
  const rng = seedRng(`${state.seed}|fog|${viewer}|${state.history.length}`);
  const seen: Record<ZoneId, ZoneState> = {};
  for (const setup of getScenario(state.scenarioId).zones) {
    const zone = state.zones[setup.id]!;
    const error = errorOf(state, viewer, setup.id);
    const strength = {} as Record<FactionId, number>;
    for (const faction of FACTIONS) strength[faction] = estimate(zone.strength[faction], error, nextFloat(rng));
    seen[setup.id] = error === 0 ? zone : { civilians: zone.civilians, strength, control: zone.control };
  }
  return seen;
}

/** A fighting event's losses are seen only in the viewer's own country's zones (the fighting and control are public). */
export function eventSeen(state: MatchState, event: GameEvent, viewer: Viewer, covertCost: Readonly<Record<PowerId, number>>): GameEvent {
  if (seesAll(state, viewer)) return event;
  if (event.kind === "fighting" && errorOf(state, viewer, event.zone) > 0 && Object.keys(event.losses).length > 0) return Object.assign({}, event, { losses: {} });
  if (event.kind === "track" && event.track === "cost" && event.power !== viewer && covertCost[event.power] > 0) {
    return Object.assign({}, event, { value: round1(event.value - covertCost[event.power]) });
  }
  return event;
}

/** What each power's covert support has cost it, up to and including `event` (a running total over the log). */
export function addCovertCost(state: MatchState, totals: Record<PowerId, number>, event: GameEvent): void {
  if (event.kind !== "supportLanded" || !event.covert) return;
  totals[event.power] = round1(totals[event.power] + event.points * getScenario(state.scenarioId).tracks.costPerSupportPoint);
}

export function noCovertCost(): Record<PowerId, number> {
  return Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number>;
}

/** The turn snapshots as the viewer sees them: others' cost without covert support, strength totals estimated. */
export function historySeen(state: MatchState, viewer: Viewer): TurnSnapshot[] {
  if (seesAll(state, viewer)) return state.history;
  const covert = noCovertCost();
  let next = 0;
  const error = getScenario(state.scenarioId).combat.estimateError * (viewer === "spectator" ? 1 : 1 - intelQuality(state, viewer as PowerId));
  return state.history.map((snapshot, i) => {
    for (; next < state.log.length && state.log[next]!.turn <= snapshot.turn; next++) addCovertCost(state, covert, state.log[next]!);
    const rng = seedRng(`${state.seed}|fog-history|${viewer}|${i}`);
    const strength = {} as Record<FactionId, number>;
    for (const faction of FACTIONS) strength[faction] = estimate(snapshot.strength[faction], error * 3, nextFloat(rng));
    const tracks = Object.assign({}, snapshot.tracks);
    for (const power of POWERS) {
      if (power !== viewer && covert[power] > 0) tracks[power] = Object.assign({}, tracks[power], { cost: round1(tracks[power].cost - covert[power]) });
    }
    return Object.assign({}, snapshot, { tracks, strength });
  });
}
