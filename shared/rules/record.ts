/** Writing to a match state being built: events and bounded numbers. */
import { at } from "../at";
import type { Cause, EscalationIncident, EventBody, Visibility } from "../events";
import type { CountryId, PowerId, TrackId } from "../ids";
import { hashOf } from "../hash";
import { getScenario } from "../scenario";
import type { MatchState } from "../state";

/** Appends an event made of `body`, which becomes the event: pass a fresh object literal. */
export function emit(state: MatchState, body: EventBody, visibleTo: Visibility): void {
  // Completed in place rather than copied: on Node 20 `{ ...body, seq, … }` costs microseconds
  // per event (see docs/performance.md). Same keys in the same order.
  const event = body as Record<string, unknown>;
  event.seq = state.nextSeq++;
  event.turn = state.turn;
  event.phase = state.phase;
  event.visibleTo = visibleTo;
  state.log.push(event as MatchState["log"][number]);
}

/**
 * A new proposal or treaty id. Not a count a seat could read (p3 then p7: three proposals it was
 * not party to): a digest of the hidden seed and the hidden counter, unique in the match.
 */
export function newId(state: MatchState, prefix: string): string {
  for (;;) {
    const digest = hashOf([state.seed, prefix, state.nextId++]);
    const id = `${prefix}${parseInt(digest.slice(0, 10), 16).toString(36).padStart(8, "0")}`;
    if (!state.proposals.some((p) => p.id === id) && !state.treaties.some((t) => t.id === id)) return id;
  }
}

/** Values are kept to one decimal so that sums stay exact across machines. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function changeTrack(state: MatchState, power: PowerId, track: TrackId, delta: number, cause: Cause, visibleTo: Visibility = "all"): void {
  const { min, max } = getScenario(state.scenarioId).tracks;
  const tracks = at(state.powers, power).tracks;
  const value = round1(clamp(tracks[track] + delta, min, max));
  const applied = round1(value - tracks[track]);
  if (applied === 0) return;
  tracks[track] = value;
  emit(state, { kind: "track", power, track, delta: applied, value, cause }, visibleTo);
}

export function changeInfluence(state: MatchState, power: PowerId, country: CountryId, delta: number, cause: Cause): void {
  const { min, max } = getScenario(state.scenarioId).tracks;
  const influence = at(state.powers, power).influence;
  if (!Object.hasOwn(influence, country)) return;
  const before = influence[country]!;
  const value = round1(clamp(before + delta, min, max));
  if (value === before) return;
  influence[country] = value;
  emit(state, { kind: "influence", power, country, delta: round1(value - before), value, cause }, "all");
}

export function changeEscalation(state: MatchState, delta: number, cause: Cause, source?: { by: PowerId; against: PowerId; incident: EscalationIncident }): void {
  const { max } = getScenario(state.scenarioId).escalation;
  const value = round1(clamp(state.escalation + delta, 0, max));
  if (value === state.escalation) return;
  const applied = round1(value - state.escalation);
  state.escalation = value;
  if (source) emit(state, { kind: "escalation", delta: applied, value, cause, by: source.by, against: source.against, incident: source.incident }, "all");
  else emit(state, { kind: "escalation", delta: applied, value, cause }, "all");
}
