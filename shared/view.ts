/**
 * What one seat may know. The one function that decides it: the server sends nothing else,
 * and the client never sees another power's secrets.
 */
import type { GameEvent } from "./events";
import { canSee } from "./events";
import type { AssetId, PowerId, Viewer } from "./ids";
import { POWERS } from "./ids";
import type { Orders } from "./orders";
import { objectiveStatuses } from "./rules/objective-status";
import type { ObjectiveStatus } from "./rules/objective-status";
import { getScenario } from "./scenario";
import type { MatchState, PowerState } from "./state";
import type { Proposal, Treaty } from "./terms";

export interface PowerView extends Omit<PowerState, "secretObjective"> {
  /** Null where the viewer may not know it. */
  secretObjective: string | null;
}

/**
 * Left out: the generator and seed, and the id counters (they would count hidden proposals and
 * events). The log's `seq` is the viewer's own numbering of the events it sees.
 */
export interface MatchView extends Omit<MatchState, "seed" | "rng" | "nextId" | "nextSeq" | "powers" | "assets" | "orders" | "proposals" | "treaties" | "log"> {
  viewer: Viewer;
  powers: Record<PowerId, PowerView>;
  /** Stock is null for another power's assets. */
  assets: Record<AssetId, { stock: number | null }>;
  /** Which powers have sent orders this turn (public). */
  ordersIn: PowerId[];
  orders: Partial<Record<PowerId, Orders>>;
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
  const { seed: _seed, rng: _rng, nextId: _nextId, nextSeq: _nextSeq, powers, assets, orders, proposals, treaties, log, ...open } = state;

  const powerViews = {} as Record<PowerId, PowerView>;
  for (const power of POWERS) {
    const known = all || ended || viewer === power;
    powerViews[power] = Object.assign({}, powers[power], { secretObjective: known ? powers[power].secretObjective : null });
  }
  const assetViews: Record<AssetId, { stock: number | null }> = {};
  for (const setup of scenario.assets) {
    assetViews[setup.id] = { stock: all || setup.owner === viewer ? assets[setup.id]!.stock : null };
  }
  const ordersLocked = state.phase === "resolution" || state.phase === "report" || ended;
  const visibleOrders: Partial<Record<PowerId, Orders>> = {};
  for (const power of POWERS) {
    const given = orders[power];
    if (given && (viewer === power || (all && ordersLocked))) visibleOrders[power] = given;
  }
  const party = (parties: readonly PowerId[]) => all || (viewer !== "spectator" && parties.includes(viewer));
  return {
    ...open,
    viewer,
    powers: powerViews,
    assets: assetViews,
    ordersIn: POWERS.filter((p) => orders[p] !== undefined),
    orders: visibleOrders,
    proposals: proposals.filter((p) => party(p.parties)),
    treaties: treaties.filter((t) => t.status !== "agreed" || party(t.parties)),
    log: seenEvents(log, viewer, logFrom),
    objectives: objectivesFor(state, viewer),
  };
}

/**
 * The events the viewer may see, from index logFrom on, numbered in its own sequence (1, 2, 3… over
 * what it sees), so that gaps never count the events hidden from it. Events already numbered
 * right are shared, not copied.
 */
function seenEvents(log: readonly GameEvent[], viewer: Viewer, logFrom: number): GameEvent[] {
  let seen = 0;
  for (let i = 0; i < logFrom && i < log.length; i++) if (canSee(log[i]!.visibleTo, viewer)) seen++;
  const shown: GameEvent[] = [];
  for (let i = logFrom; i < log.length; i++) {
    const event = log[i]!;
    if (!canSee(event.visibleTo, viewer)) continue;
    seen++;
    shown.push(event.seq === seen ? event : Object.assign({}, event, { seq: seen }));
  }
  return shown;
}

function objectivesFor(state: MatchState, viewer: Viewer): Partial<Record<PowerId, ObjectiveStatus[]>> {
  const shown: Partial<Record<PowerId, ObjectiveStatus[]>> = {};
  for (const power of POWERS) if (viewer === power || viewer === "facilitator") shown[power] = objectiveStatuses(state, power);
  return shown;
}
