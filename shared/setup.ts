/** A new match from a scenario and a seed. */
import type { AssetId, FactionId, PowerId, ZoneId } from "./ids";
import { pick, seedRng } from "./rng";
import { getScenario } from "./scenario";
import { factionIds } from "./scenario/ids-of";
import type { MatchState, PowerState, ZoneState, AssetState } from "./state";
import { clone } from "./clone";
import { termParties } from "./terms";
import type { Term } from "./terms";
import { beginTurn } from "./rules/turn-start";
import { snapshot } from "./rules/snapshot";

export interface MatchOptions {
  scenarioId: string;
  seed: string;
  /** Defaults to the scenario's number of turns. */
  turns?: number;
}

export function createMatch(options: MatchOptions): MatchState {
  const scenario = getScenario(options.scenarioId);
  const rng = seedRng(options.seed);
  const powers = {} as Record<PowerId, PowerState>;
  for (const [power, setup] of Object.entries(scenario.powers)) {
    powers[power] = {
      tracks: { ...setup.tracks },
      influence: Object.fromEntries(scenario.influenceCountries.map((c) => [c, setup.influence[c] ?? 0])),
      posture: "watch",
      ready: false,
      secretObjective: pick(rng, setup.secretObjectives),
    };
  }
  const zones: Record<ZoneId, ZoneState> = {};
  for (const zone of scenario.zones) {
    const strength = Object.fromEntries(factionIds(scenario).map((f) => [f, zone.strength[f] ?? 0])) as Record<FactionId, number>;
    zones[zone.id] = { civilians: zone.civilians, strength, control: zone.control };
  }
  const assets: Record<AssetId, AssetState> = {};
  for (const asset of scenario.assets) assets[asset.id] = { stock: asset.stock };

  const state: MatchState = {
    scenarioId: scenario.id,
    seed: options.seed,
    rng,
    turn: 1,
    turns: options.turns ?? scenario.defaultTurns,
    phase: "briefing",
    status: "running",
    ending: null,
    escalation: scenario.escalation.start,
    powers,
    zones,
    assets,
    proposals: [],
    treaties: [],
    nfzInForce: [],
    orders: {},
    pastOrders: [],
    nextId: 1,
    nextSeq: 1,
    log: [],
    history: [],
  };
  for (const term of scenario.treaties) {
    state.treaties.push({
      id: `t${state.nextId++}`,
      proposalId: null,
      parties: termParties(term),
      term: clone(term) as Term,
      status: "active",
      agreedTurn: 0,
      untilTurn: state.turns,
      endedTurn: null,
      endedBy: null,
    });
  }
  state.history.push(snapshot(state, 0));
  beginTurn(state, { resupply: false });
  return state;
}
