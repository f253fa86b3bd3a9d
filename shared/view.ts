/**
 * What one seat may know. The one function that decides it: the server sends nothing else,
 * and the client never sees another power's secrets.
 */
import type { GameEvent } from "./events";
import { canSee } from "./events";
import type { AssetId, PowerId, Viewer } from "./ids";
import { powersOf } from "./scenario/ids-of";
import { at } from "./at";
import type { Orders } from "./orders";
import { addCovertCost, covertCostBefore, eventSeen, historySeen, noCovertCost, seesAll, zonesSeen } from "./rules/fog";
import { objectiveStatuses } from "./rules/objective-status";
import { round1 } from "./rules/record";
import type { ObjectiveStatus } from "./rules/objective-status";
import { getScenario } from "./scenario";
import type { MatchState, PastOrders, PowerState } from "./state";
import type { Proposal, Treaty } from "./terms";

export interface PowerView extends Omit<PowerState, "secretObjective"> {
  /** Null where the viewer may not know it. */
  secretObjective: string | null;
}

/**
 * Left out: the generator and seed, and the id counters (they would count hidden proposals and
 * events). The log's `seq` is the viewer's own numbering of the events it sees.
 */
export interface MatchView extends Omit<MatchState, "seed" | "rng" | "nextId" | "nextSeq" | "powers" | "assets" | "orders" | "pastOrders" | "proposals" | "treaties" | "log"> {
  viewer: Viewer;
  powers: Record<PowerId, PowerView>;
  /** Stock is null for another power's assets. */
  assets: Record<AssetId, { stock: number | null }>;
  /** Which powers have sent orders this turn (public). */
  ordersIn: PowerId[];
  orders: Partial<Record<PowerId, Orders>>;
  /** The seat's own orders of each resolved turn (every power's for the facilitator), never another power's. */
  pastOrders: PastOrders[];
  proposals: Proposal[];
  treaties: Treaty[];
  log: GameEvent[];
  /** Where the seat's own objectives stand now (every power's for the facilitator). */
  objectives: Partial<Record<PowerId, ObjectiveStatus[]>>;
}

/** logFrom: the view's log holds only the events from that index on (a mirror that already holds the earlier ones). */
export function viewForSeat(state: MatchState, viewer: Viewer, logFrom = 0): MatchView {
  const scenario = getScenario(state.scenarioId);
  const all = viewer === "facilitator";
  const ended = state.status === "ended";
  const { seed: _seed, rng: _rng, nextId: _nextId, nextSeq: _nextSeq, powers, assets, orders, pastOrders, proposals, treaties, log, ...open } = state;

  const covert = seesAll(state, viewer) ? noCovertCost(state) : covertCostBefore(state, log.length);
  const seats = powersOf(state);
  const powerViews = {} as Record<PowerId, PowerView>;
  for (const power of seats) {
    // Others do not see what covert support cost a power (fog.ts).
    const hidden = power !== viewer ? at(covert, power) : 0;
    powerViews[power] = powerSeen(at(powers, power), viewer, hidden, all || ended || viewer === power);
  }
  const assetViews: Record<AssetId, { stock: number | null }> = {};
  for (const setup of scenario.assets) assetViews[setup.id] = all || setup.owner === viewer ? assets[setup.id]! : STOCK_UNKNOWN;
  const ordersLocked = state.phase === "resolution" || state.phase === "report" || ended;
  const visibleOrders: Partial<Record<PowerId, Orders>> = {};
  for (const power of seats) {
    const given = orders[power];
    if (given && (viewer === power || (all && ordersLocked))) visibleOrders[power] = given;
  }
  const party = (parties: readonly PowerId[]) => all || (viewer !== "spectator" && parties.includes(viewer));
  return {
    ...open,
    viewer,
    powers: powerViews,
    assets: assetViews,
    ordersIn: seats.filter((p) => orders[p] !== undefined),
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

const STOCK_UNKNOWN: Readonly<{ stock: null }> = Object.freeze({ stock: null });

/**
 * A power as a viewer sees it, the same object for as long as the power's state, what covert
 * support hides of it and whether its secret is known stay the same (states share what a command
 * left unchanged: share-unchanged.ts).
 */
function powerSeen(own: PowerState, viewer: Viewer, hidden: number, known: boolean): PowerView {
  let byViewer = POWERS_SEEN.get(own);
  const kept = byViewer?.get(viewer);
  if (kept && kept.hidden === hidden && kept.known === known) return kept.seen;
  const tracks = hidden > 0 ? Object.assign({}, own.tracks, { cost: round1(own.tracks.cost - hidden) }) : own.tracks;
  const seen = Object.assign({}, own, { tracks, secretObjective: known ? own.secretObjective : null });
  if (!byViewer) POWERS_SEEN.set(own, (byViewer = new Map()));
  byViewer.set(viewer, { hidden, known, seen });
  return seen;
}

const POWERS_SEEN = new WeakMap<PowerState, Map<Viewer, { hidden: number; known: boolean; seen: PowerView }>>();

/**
 * The events the viewer may see, from index logFrom on, numbered in its own sequence (1, 2, 3… over
 * what it sees), so that gaps never count the events hidden from it. Events already numbered
 * right are shared, not copied.
 */
function seenEvents(state: MatchState, viewer: Viewer, logFrom: number): GameEvent[] {
  const { log } = state;
  const fogged = !seesAll(state, viewer);
  const covert = fogged ? covertCostBefore(state, logFrom) : noCovertCost(state);
  let seen = at(seenBefore(state, logFrom), viewer);
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

/** How many of the log's events before index logFrom each viewer sees: one pass per state and logFrom, for all viewers. */
function seenBefore(state: MatchState, logFrom: number): Readonly<Record<Viewer, number>> {
  let byFrom = SEEN_BEFORE.get(state);
  const kept = byFrom?.get(logFrom);
  if (kept) return kept;
  const counts = { facilitator: 0, spectator: 0 } as Record<Viewer, number>;
  const seats = powersOf(state);
  for (const power of seats) counts[power] = 0;
  const { log } = state;
  const end = Math.min(logFrom, log.length);
  for (let i = 0; i < end; i++) {
    const { visibleTo } = log[i]!;
    if (visibleTo === "all") {
      counts.spectator!++;
      for (const power of seats) counts[power]!++;
    } else for (const power of seats) if (canSee(visibleTo, power)) counts[power]!++;
  }
  counts.facilitator = end;
  if (!byFrom) SEEN_BEFORE.set(state, (byFrom = new Map()));
  byFrom.set(logFrom, counts);
  return counts;
}

const SEEN_BEFORE = new WeakMap<MatchState, Map<number, Record<Viewer, number>>>();

/** Each power's statuses, computed once per state (a power and the facilitator ask for the same). */
function objectivesFor(state: MatchState, viewer: Viewer): Partial<Record<PowerId, ObjectiveStatus[]>> {
  const shown: Partial<Record<PowerId, ObjectiveStatus[]>> = {};
  let byPower = OBJECTIVES.get(state);
  for (const power of powersOf(state)) {
    if (viewer !== power && viewer !== "facilitator") continue;
    if (!byPower) OBJECTIVES.set(state, (byPower = {}));
    shown[power] = byPower[power] ??= objectiveStatuses(state, power);
  }
  return shown;
}

const OBJECTIVES = new WeakMap<MatchState, Partial<Record<PowerId, ObjectiveStatus[]>>>();
