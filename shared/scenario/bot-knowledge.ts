/**
 * What a scenario teaches the bots about its own powers (`Scenario.bots`, loaded apart: the
 * browser never needs it): each power's persona,
 * how a secret objective shifts it, the deals each power puts on the table, and the corridors a
 * planner would try from each launch site. The generic bots (shared/bots/) read it from the match's
 * scenario; nothing here knows a particular power.
 */
import type { AssetId, FactionId, PowerId } from "../ids";
import type { Term } from "../terms";
import type { LonLat, Scenario } from "./types";

export interface Persona {
  /** How much the power wants each faction stronger (+) or weaker (−), about −1.5…1. */
  factions: Record<FactionId, number>;
  /** Goodwill towards each other power, −1…1. */
  affinity: Record<PowerId, number>;
  /** What overflight rights from each power are worth to it (victory-point-like units). */
  needs: Partial<Record<PowerId, number>>;
  /** Appetite for flying without rights, 0 (never) … 1 (bold). */
  boldness: number;
  /** "honest", or the faction it says it struck whatever it hit (self-serving claim). */
  claim: "honest" | FactionId;
  /** Gives proxy support covertly by default. */
  covert: boolean;
  /** Share of its missile stock it is willing to fire in one turn (the rest is kept for later). */
  salvoShare: number;
}

/** How drawing a secret objective changes its power's persona: the entries given replace the base's. */
export interface PersonaChange {
  factions?: Partial<Record<FactionId, number>>;
  affinity?: Partial<Record<PowerId, number>>;
}

export interface Deal {
  parties: PowerId[];
  terms: Term[];
  note: string;
}

export type Scope = "missiles" | "aircraft" | "both";

/** What a scenario's deals may ask about the match, as the proposing bot sees it. */
export interface DealTable {
  me: PowerId;
  level: "easy" | "normal" | "hard";
  /** Turns left including the current one: how long a deal offered now would run. */
  turnsLeft: number;
  /** The power scores this objective (public, or its own secret one). */
  wants(objectiveId: string): boolean;
  /** The grantee may already fly there (by a grant or by basing) to the end of the match. */
  heldToEnd(grantor: PowerId, grantee: PowerId, scope: Scope): boolean;
  /** An intelligence cell with all of these as members runs to the end of the match. */
  intelHeld(members: readonly PowerId[]): boolean;
  /** A no-fly zone is already agreed, or escalation is too high to start one. */
  nfzHeld(): boolean;
  /** The zones of the no-fly zone this power's objective asks for, so that the bots offer what scores. */
  nfzZonesOf(power: PowerId): string[];
  /** The tag by which a note binds the grantor to deny the denied its skies (shared/bots/conditions.ts). */
  denyTag(grantor: PowerId, denied: PowerId): string;
}

export interface ScenarioBots {
  personas: Readonly<Record<PowerId, Persona>>;
  /** By secret objective id. */
  secrets: Readonly<Record<string, PersonaChange>>;
  /** The deals this power's bot would offer now, each only while it would still change something. */
  deals(table: DealTable): Deal[];
  /** By asset id: waypoint lists to try besides the straight line (an asset not listed tries only that). */
  corridors: Readonly<Record<AssetId, readonly (readonly LonLat[])[]>>;
  /** Powers that would be party to any no-fly zone agreed, so never meet one unawares. */
  nfzSponsors: readonly PowerId[];
}

export function grant(grantor: PowerId, grantee: PowerId, scope: Scope, turns: number): Term {
  return { kind: "overflight", grantor, grantee, scope, turns };
}

export function pledge(pledger: PowerId, faction: FactionId, zones: string[], turns: number): Term {
  return { kind: "support", pledger, faction, zones, stance: "support", turns };
}

/** Corridors from named turning points: by asset id, each corridor as the names of its gates in order. */
export function corridorsThrough<G extends string>(gates: Readonly<Record<G, LonLat>>, byAsset: Readonly<Record<AssetId, readonly (readonly G[])[]>>): ScenarioBots["corridors"] {
  return Object.fromEntries(Object.entries(byAsset).map(([asset, lists]) => [asset, lists.map((names) => names.map((g) => gates[g]))]));
}

const loaded = new WeakMap<Scenario["bots"], ScenarioBots>();

/** Loads what the bots know of the scenario (a teacher's scenario shares its base's), once. */
export async function loadBotKnowledge(scenario: Pick<Scenario, "bots">): Promise<ScenarioBots> {
  const known = loaded.get(scenario.bots);
  if (known) return known;
  const bots = await scenario.bots();
  loaded.set(scenario.bots, bots);
  return bots;
}

/** What the bots know of the scenario; it must have been loaded (./load.ts). */
export function botsOf(scenario: Pick<Scenario, "bots" | "id">): ScenarioBots {
  const bots = loaded.get(scenario.bots);
  if (!bots) throw new Error(`the bots' knowledge of "${scenario.id}" is not loaded (shared/scenario/load.ts)`);
  return bots;
}
