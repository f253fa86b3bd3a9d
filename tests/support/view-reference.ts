/**
 * viewForSeat as it was before it was made cheaper (memoised fog, one covert pass): the
 * straightforward reference the optimised one must equal, output for output
 * (tests/rules/view-memo.property.test.ts). Not used by the game.
 */
import { at } from "../../shared/at";
import { CASPIAN_POWERS, CASPIAN_FACTIONS } from "./caspian";
import type { GameEvent } from "../../shared/events";
import { canSee } from "../../shared/events";
import type { AssetId, FactionId, PowerId, Viewer, ZoneId } from "../../shared/ids";
import type { Orders } from "../../shared/orders";
import { nextFloat, seedRng } from "../../shared/rng";
import { objectiveMet } from "../../shared/rules/objectives";
import type { ObjectiveStanding, ObjectiveStatus } from "../../shared/rules/objective-status";
import { round1 } from "../../shared/rules/record";
import { intelQuality } from "../../shared/rules/strike-impact";
import { getScenario } from "../../shared/scenario";
import type { ObjectiveTest } from "../../shared/scenario/types";
import type { MatchState, TurnSnapshot, ZoneState } from "../../shared/state";
import type { MatchView, PowerView } from "../../shared/view";

export function referenceViewForSeat(state: MatchState, viewer: Viewer, logFrom = 0): MatchView {
  const scenario = getScenario(state.scenarioId);
  const all = viewer === "facilitator";
  const ended = state.status === "ended";
  const { seed: _seed, rng: _rng, nextId: _nextId, nextSeq: _nextSeq, powers, assets, orders, pastOrders, proposals, treaties, log, ...open } = state;

  const covert = noCovertCost();
  if (!seesAll(state, viewer)) for (const e of log) addCovertCost(state, covert, e);
  const powerViews = {} as Record<PowerId, PowerView>;
  for (const power of CASPIAN_POWERS) {
    const known = all || ended || viewer === power;
    const own = powers[power];
    // Others do not see what covert support cost a power (fog.ts).
    const tracks = power !== viewer && covert[power]! > 0 ? Object.assign({}, own!.tracks, { cost: round1(own!.tracks.cost - covert[power]!) }) : own!.tracks;
    powerViews[power] = Object.assign({}, own, { tracks, secretObjective: known ? own!.secretObjective : null });
  }
  const assetViews: Record<AssetId, { stock: number | null }> = {};
  for (const setup of scenario.assets) {
    assetViews[setup.id] = { stock: all || setup.owner === viewer ? assets[setup.id]!.stock : null };
  }
  const ordersLocked = state.phase === "resolution" || state.phase === "report" || ended;
  const visibleOrders: Partial<Record<PowerId, Orders>> = {};
  for (const power of CASPIAN_POWERS) {
    const given = orders[power];
    if (given && (viewer === power || (all && ordersLocked))) visibleOrders[power] = given;
  }
  const party = (parties: readonly PowerId[]) => all || (viewer !== "spectator" && parties.includes(viewer));
  return {
    ...open,
    viewer,
    powers: powerViews,
    assets: assetViews,
    ordersIn: CASPIAN_POWERS.filter((p) => orders[p] !== undefined),
    orders: visibleOrders,
    pastOrders: (pastOrders ?? []).filter((o) => all || o.power === viewer),
    proposals: proposals.filter((p) => party(p.parties)),
    treaties: treaties.filter((t) => t.status !== "agreed" || party(t.parties)),
    zones: zonesSeen(state, viewer),
    history: historySeen(state, viewer),
    log: seenEvents(state, viewer, logFrom),
    objectives: objectivesFor(state, viewer),
  };
}

/**
 * The events the viewer may see, from index logFrom on, numbered in its own sequence (1, 2, 3… over
 * what it sees), so that gaps never count the events hidden from it. Events already numbered
 * right are shared, not copied.
 */
function seenEvents(state: MatchState, viewer: Viewer, logFrom: number): GameEvent[] {
  const { log } = state;
  const fogged = !seesAll(state, viewer);
  const covert = noCovertCost();
  let seen = 0;
  for (let i = 0; i < logFrom && i < log.length; i++) {
    if (fogged) addCovertCost(state, covert, log[i]!);
    if (canSee(log[i]!.visibleTo, viewer)) seen++;
  }
  const shown: GameEvent[] = [];
  for (let i = logFrom; i < log.length; i++) {
    const event = log[i]!;
    if (fogged) addCovertCost(state, covert, event);
    if (!canSee(event.visibleTo, viewer)) continue;
    seen++;
    const told = fogged ? eventSeen(state, event, viewer, covert) : event;
    if (told.seq === seen) {
      shown.push(told);
      continue;
    }
    const numbered = told === event ? Object.assign({}, event) : told;
    numbered.seq = seen;
    shown.push(numbered);
  }
  return shown;
}

function objectivesFor(state: MatchState, viewer: Viewer): Partial<Record<PowerId, ObjectiveStatus[]>> {
  const shown: Partial<Record<PowerId, ObjectiveStatus[]>> = {};
  for (const power of CASPIAN_POWERS) if (viewer === power || viewer === "facilitator") shown[power] = objectiveStatuses(state, power);
  return shown;
}

/** Whether the viewer sees the true state (strengths, losses, others' full cost). */
function seesAll(state: Pick<MatchState, "status">, viewer: Viewer): boolean {
  return viewer === "facilitator" || state.status === "ended";
}

/** The largest error of the viewer's estimates: none in its own country's zones. */
function errorOf(state: MatchState, viewer: Viewer, zone: ZoneId): number {
  const scenario = getScenario(state.scenarioId);
  if (viewer === "facilitator" || viewer === "spectator") return viewer === "facilitator" ? 0 : scenario.combat.estimateError;
  const country = scenario.zones.find((z) => z.id === zone)?.country;
  if (country === at(scenario.powers, viewer).homeCountry) return 0;
  return scenario.combat.estimateError * (1 - intelQuality(state, viewer));
}

function estimate(value: number, error: number, draw: number): number {
  if (value <= 0 || error <= 0) return value;
  return Math.max(1, Math.round(value + (2 * draw - 1) * error));
}

/** The zones as the viewer sees them. */
function zonesSeen(state: MatchState, viewer: Viewer): Record<ZoneId, ZoneState> {
  if (seesAll(state, viewer)) return state.zones;
  // One stream per viewer and resolution: the same view all turn long, fresh after each resolution.
  const rng = seedRng(`${state.seed}|fog|${viewer}|${state.history.length}`);
  const seen: Record<ZoneId, ZoneState> = {};
  for (const setup of getScenario(state.scenarioId).zones) {
    const zone = state.zones[setup.id]!;
    const error = errorOf(state, viewer, setup.id);
    const strength = {} as Record<FactionId, number>;
    for (const faction of CASPIAN_FACTIONS) strength[faction] = estimate(zone.strength[faction]!, error, nextFloat(rng));
    seen[setup.id] = error === 0 ? zone : { civilians: zone.civilians, strength, control: zone.control };
  }
  return seen;
}

/** A fighting event's losses are seen only in the viewer's own country's zones (the fighting and control are public). */
function eventSeen(state: MatchState, event: GameEvent, viewer: Viewer, covertCost: Readonly<Record<PowerId, number>>): GameEvent {
  if (seesAll(state, viewer)) return event;
  if (event.kind === "fighting" && errorOf(state, viewer, event.zone) > 0 && Object.keys(event.losses).length > 0) return Object.assign({}, event, { losses: {} });
  if (event.kind === "track" && event.track === "cost" && event.power !== viewer && covertCost[event.power]! > 0) {
    return Object.assign({}, event, { value: round1(event.value - covertCost[event.power]!) });
  }
  return event;
}

/** What each power's covert support has cost it, up to and including `event` (a running total over the log). */
function addCovertCost(state: MatchState, totals: Record<PowerId, number>, event: GameEvent): void {
  if (event.kind !== "supportLanded" || !event.covert) return;
  totals[event.power] = round1(totals[event.power]! + event.points * getScenario(state.scenarioId).tracks.costPerSupportPoint);
}

function noCovertCost(): Record<PowerId, number> {
  return Object.fromEntries(CASPIAN_POWERS.map((p) => [p, 0])) as Record<PowerId, number>;
}

/** The turn snapshots as the viewer sees them: others' cost without covert support, strength totals estimated. */
function historySeen(state: MatchState, viewer: Viewer): TurnSnapshot[] {
  if (seesAll(state, viewer)) return state.history;
  const covert = noCovertCost();
  let next = 0;
  const error = getScenario(state.scenarioId).combat.estimateError * (viewer === "spectator" ? 1 : 1 - intelQuality(state, viewer as PowerId));
  return state.history.map((snapshot, i) => {
    for (; next < state.log.length && state.log[next]!.turn <= snapshot.turn; next++) addCovertCost(state, covert, state.log[next]!);
    const rng = seedRng(`${state.seed}|fog-history|${viewer}|${i}`);
    const strength = {} as Record<FactionId, number>;
    for (const faction of CASPIAN_FACTIONS) strength[faction] = estimate(snapshot.strength[faction]!, error * 3, nextFloat(rng));
    const tracks = Object.assign({}, snapshot.tracks);
    for (const power of CASPIAN_POWERS) {
      if (power !== viewer && covert[power]! > 0) tracks[power] = Object.assign({}, tracks[power], { cost: round1(tracks[power]!.cost - covert[power]!) });
    }
    return Object.assign({}, snapshot, { tracks, strength });
  });
}

/** Tests that, once failed, stay failed: each forbids an event, and events stay in the log. */
function failsForGood(test: ObjectiveTest): boolean {
  switch (test.kind) {
    case "noClash":
    case "airspaceRespected":
    case "noDetectedViolationOwn":
      return true;
    case "nfz":
      return !test.ever;
    default:
      return false;
  }
}

/** The power's public objectives in the scenario's order, then its secret one (as scoreMatch lists them). */
function objectiveStatuses(state: MatchState, power: PowerId): ObjectiveStatus[] {
  const scenario = getScenario(state.scenarioId);
  const ids = [...scenario.powers[power]!.publicObjectives, at(state.powers, power).secretObjective];
  const statuses: ObjectiveStatus[] = [];
  for (const id of ids) {
    const objective = scenario.objectives.find((o) => o.id === id && o.power === power);
    if (!objective) continue;
    const met = objectiveMet(state, power, objective.test);
    const standing: ObjectiveStanding = met ? "met" : state.status === "ended" || failsForGood(objective.test) ? "lost" : "notYet";
    statuses.push({ id, text: objective.text, points: objective.points, secret: objective.secret, standing });
  }
  return statuses;
}
