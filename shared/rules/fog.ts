/**
 * Fog of war (docs/rules.md, "What each power sees"). A power sees the strengths of the factions
 * in its own country's zones, and the losses of the fighting there, exactly; elsewhere it sees
 * estimates, off by up to estimateError × (1 − its intelligence quality), drawn afresh after each
 * resolution from the hidden seed, so that no difference of two views gives a hidden change
 * away. A faction present is never shown as absent, nor an absent one as present. Nobody but
 * the supporter sees what covert support cost it: other powers' cost leaves it out.
 * The facilitator, and everyone once the match has ended, sees everything.
 */
import { at } from "../at";
import type { OfScenario } from "../scenario/ids-of";
import { powersOf, factionsOf } from "../scenario/ids-of";
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
  return errorsOf(state, viewer)(getScenario(state.scenarioId).zones.find((z) => z.id === zone)?.country);
}

function estimate(value: number, error: number, draw: number): number {
  if (value <= 0 || error <= 0) return value;
  return Math.max(1, Math.round(value + (2 * draw - 1) * error));
}

/** The zones as the viewer sees them. */
export function zonesSeen(state: MatchState, viewer: Viewer): Record<ZoneId, ZoneState> {
  if (seesAll(state, viewer)) return state.zones;
  // One stream per viewer and resolution: the same view all turn long, fresh after each resolution.
  const scenario = getScenario(state.scenarioId);
  const stream = `${state.seed}|fog|${viewer}|${state.history.length}`;
  const factions = factionsOf(state);
  const draws = drawsOf(stream, scenario.zones.length * factions.length);
  const errorIn = errorsOf(state, viewer);
  const seen: Record<ZoneId, ZoneState> = {};
  let d = 0;
  for (const setup of scenario.zones) {
    const zone = state.zones[setup.id]!;
    const error = errorIn(setup.country);
    const first = d;
    d += factions.length;
    if (error === 0) {
      seen[setup.id] = zone;
      continue;
    }
    // The same estimate object while the zone, the stream and the error stay (states share unchanged zones).
    let byViewer = ZONES_SEEN.get(zone);
    const kept = byViewer?.get(viewer);
    if (kept && kept.stream === stream && kept.error === error && kept.first === first) {
      seen[setup.id] = kept.seen;
      continue;
    }
    const strength = {} as Record<FactionId, number>;
    factions.forEach((faction, f) => (strength[faction] = estimate(at(zone.strength, faction), error, draws[first + f]!)));
    seen[setup.id] = { civilians: zone.civilians, strength, control: zone.control };
    if (!byViewer) ZONES_SEEN.set(zone, (byViewer = new Map()));
    byViewer.set(viewer, { stream, error, first, seen: seen[setup.id]! });
  }
  return seen;
}

const ZONES_SEEN = new WeakMap<ZoneState, Map<Viewer, { stream: string; error: number; first: number; seen: ZoneState }>>();

/** The viewer's largest error by zone country (errorOf, with the intelligence looked up once). */
function errorsOf(state: MatchState, viewer: Viewer): (country: string | undefined) => number {
  const scenario = getScenario(state.scenarioId);
  if (viewer === "facilitator") return () => 0;
  if (viewer === "spectator") return () => scenario.combat.estimateError;
  const home = at(scenario.powers, viewer).homeCountry;
  const elsewhere = scenario.combat.estimateError * (1 - intelQuality(state, viewer));
  return (country) => (country === home ? 0 : elsewhere);
}

/**
 * The first `count` floats of the stream seeded by `seed`. A pure function of its arguments:
 * kept for the few streams in use (one per viewer and resolution), recomputed when evicted.
 */
function drawsOf(seed: string, count: number): readonly number[] {
  const kept = DRAWS.get(seed);
  if (kept && kept.length === count) return kept;
  const rng = seedRng(seed);
  const draws = Array.from({ length: count }, () => nextFloat(rng));
  if (DRAWS.size >= DRAWS_KEPT) DRAWS.delete(DRAWS.keys().next().value!);
  DRAWS.set(seed, draws);
  return draws;
}

const DRAWS_KEPT = 256;
const DRAWS = new Map<string, readonly number[]>();

/** A fighting event's losses are seen only in the viewer's own country's zones (the fighting and control are public). */
export function eventSeen(state: MatchState, event: GameEvent, viewer: Viewer, covertCost: Readonly<Record<PowerId, number>>): GameEvent {
  if (seesAll(state, viewer)) return event;
  if (event.kind === "fighting" && errorOf(state, viewer, event.zone) > 0 && Object.keys(event.losses).length > 0) return Object.assign({}, event, { losses: {} });
  if (event.kind === "track" && event.track === "cost" && event.power !== viewer && (covertCost[event.power] ?? 0) > 0) {
    return Object.assign({}, event, { value: round1(event.value - at(covertCost, event.power)) });
  }
  return event;
}

/** What each power's covert support has cost it, up to and including `event` (a running total over the log). */
export function addCovertCost(state: MatchState, totals: Record<PowerId, number>, event: GameEvent): void {
  if (event.kind !== "supportLanded" || !event.covert) return;
  totals[event.power] = round1((totals[event.power] ?? 0) + event.points * getScenario(state.scenarioId).tracks.costPerSupportPoint);
}

export function noCovertCost(state: OfScenario): Record<PowerId, number> {
  return Object.fromEntries(powersOf(state).map((p) => [p, 0])) as Record<PowerId, number>;
}

/** Where in a state's log the covert support events are, and where each history snapshot's turn ends. */
interface CovertLedger {
  covert: number[];
  /** historySeen's reach into the log for snapshot i: the events before index ends[i] count. */
  snapshotEnds: number[];
  /** The totals over the events before each snapshotEnds[i]. */
  atSnapshot: Record<PowerId, number>[];
}

const LEDGERS = new WeakMap<MatchState, CovertLedger>();

/** One pass over a state's log, shared by every viewer's view of that state (the state never changes). */
function ledgerOf(state: MatchState): CovertLedger {
  let ledger = LEDGERS.get(state);
  if (ledger) return ledger;
  const { log, history } = state;
  const covert: number[] = [];
  for (let i = 0; i < log.length; i++) {
    const e = log[i]!;
    if (e.kind === "supportLanded" && e.covert) covert.push(i);
  }
  const snapshotEnds: number[] = [];
  let next = 0;
  for (const snapshot of history) {
    for (; next < log.length && log[next]!.turn <= snapshot.turn; next++);
    snapshotEnds.push(next);
  }
  ledger = { covert, snapshotEnds, atSnapshot: snapshotEnds.map((end) => covertTotals(state, covert, end)) };
  LEDGERS.set(state, ledger);
  return ledger;
}

function covertTotals(state: MatchState, covert: readonly number[], end: number): Record<PowerId, number> {
  const totals = noCovertCost(state);
  for (const i of covert) {
    if (i >= end) break;
    addCovertCost(state, totals, state.log[i]!);
  }
  return totals;
}

/** What each power's covert support has cost it over the log's events before index `end`. */
export function covertCostBefore(state: MatchState, end: number): Record<PowerId, number> {
  return covertTotals(state, ledgerOf(state).covert, end);
}

interface SeenSnapshot {
  seed: string;
  index: number;
  error: number;
  covert: Readonly<Record<PowerId, number>>;
  seen: TurnSnapshot;
}

/** A snapshot, once made, never changes: its fogged telling is kept per viewer with every other input it depends on. */
const SNAPSHOTS_SEEN = new WeakMap<TurnSnapshot, Map<Viewer, SeenSnapshot>>();

/** The turn snapshots as the viewer sees them: others' cost without covert support, strength totals estimated. */
export function historySeen(state: MatchState, viewer: Viewer): TurnSnapshot[] {
  if (seesAll(state, viewer)) return state.history;
  const { atSnapshot } = ledgerOf(state);
  const error = getScenario(state.scenarioId).combat.estimateError * (viewer === "spectator" ? 1 : 1 - intelQuality(state, viewer as PowerId));
  return state.history.map((snapshot, i) => {
    const covert = atSnapshot[i]!;
    let byViewer = SNAPSHOTS_SEEN.get(snapshot);
    const kept = byViewer?.get(viewer);
    if (kept && kept.seed === state.seed && kept.index === i && kept.error === error && powersOf(state).every((p) => kept.covert[p] === covert[p])) return kept.seen;
    const seen = snapshotSeen(state, viewer, snapshot, i, error, covert);
    if (!byViewer) SNAPSHOTS_SEEN.set(snapshot, (byViewer = new Map()));
    byViewer.set(viewer, { seed: state.seed, index: i, error, covert, seen });
    return seen;
  });
}

function snapshotSeen(state: MatchState, viewer: Viewer, snapshot: TurnSnapshot, i: number, error: number, covert: Readonly<Record<PowerId, number>>): TurnSnapshot {
  const rng = seedRng(`${state.seed}|fog-history|${viewer}|${i}`);
  const strength = {} as Record<FactionId, number>;
  for (const faction of factionsOf(state)) strength[faction] = estimate(at(snapshot.strength, faction), error * 3, nextFloat(rng));
  const tracks = Object.assign({}, snapshot.tracks);
  for (const power of powersOf(state)) {
    const hidden = at(covert, power);
    if (power !== viewer && hidden > 0) tracks[power] = Object.assign({}, at(tracks, power), { cost: round1(at(tracks, power).cost - hidden) });
  }
  return Object.assign({}, snapshot, { tracks, strength });
}
