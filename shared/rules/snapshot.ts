import { at } from "../at";
import { clone } from "../clone";
import { powersOf, factionsOf } from "../scenario/ids-of";
import type { CountryId, FactionId, PowerId, TrackId } from "../ids";
import type { MatchState, TurnSnapshot } from "../state";
import { round1 } from "./record";

/** The tracks as they stand, for the debrief's per-turn charts. */
export function snapshot(state: MatchState, turn: number): TurnSnapshot {
  const tracks = {} as Record<PowerId, Record<TrackId, number>>;
  const influence = {} as Record<PowerId, Record<CountryId, number>>;
  for (const power of powersOf(state)) {
    tracks[power] = clone(at(state.powers, power).tracks);
    // clone, not a spread: influence is keyed by country ids, see sparseRecord.
    influence[power] = clone(at(state.powers, power).influence);
  }
  const strength = {} as Record<FactionId, number>;
  for (const faction of factionsOf(state)) {
    strength[faction] = round1(Object.values(state.zones).reduce((sum, zone) => sum + at(zone.strength, faction), 0));
  }
  return { turn, escalation: state.escalation, tracks, influence, strength };
}
