/**
 * The shape of a scenario: everything a match starts from. Numbers live here, in data,
 * not in the rules' code, so that tuning never touches a rule.
 */
import type {
  AssetId, CountryId, FactionId, NeutralPolicy, Phase, Posture, PowerId, TrackId, WeaponId,
  WeaponKind, ZoneId,
} from "../ids";
import type { Term } from "../terms";
import type { ScenarioBots } from "./bot-knowledge";

export type LonLat = readonly [number, number];

/** Seconds each timed phase lasts; resolution is instant. */
export type PhaseTimers = Readonly<Record<Exclude<Phase, "resolution">, number>>;

export interface PowerSetup {
  name: string;
  /** Three-letter label for tight spaces (RUS, USA…). */
  short: string;
  /** Colour on the map, from a colour-blind-safe palette, as "#rrggbb". */
  color: string;
  homeCountry: CountryId;
  tracks: Readonly<Record<TrackId, number>>;
  /** Starting influence in each country of `Scenario.influenceCountries`, 0–100. */
  influence: Readonly<Record<CountryId, number>>;
  /** Quality of this power's intelligence, 0–1: the share of a strike that lands on the intended faction. */
  intel: number;
  /** Patrol units this power can fly each turn for a no-fly zone. */
  patrolUnits: number;
  /** Proxy support points this power can hand out each turn. */
  supportPoints: number;
  publicObjectives: readonly string[];
  /** Two or three; one is drawn at setup from the match seed. */
  secretObjectives: readonly string[];
  /** One sentence on what this power wants, for the briefing. */
  brief: string;
}

export interface CountrySetup {
  id: CountryId;
  name: string;
  /** The power whose airspace this is, or null for a country without a seat. */
  owner: PowerId | null;
  /** Fixed published policy of a country without a seat (ignored for owned countries). */
  policy: NeutralPolicy;
  /** Quality of its air defence, 0–1, multiplying detection and interception chances. */
  defence: number;
}

export interface FactionSetup {
  name: string;
  short: string;
  color: string;
  /** Factions it fights where they share a zone. */
  enemies: readonly FactionId[];
}

export interface ZoneSetup {
  id: ZoneId;
  name: string;
  country: CountryId;
  lonLat: LonLat;
  /** Civilians in thousands. */
  civilians: number;
  strength: Readonly<Partial<Record<FactionId, number>>>;
  control: FactionId | null;
  /** Part of northern Syria, where a no-fly zone is proposed. */
  north: boolean;
}

export interface WeaponSetup {
  name: string;
  kind: WeaponKind;
  rangeKm: number;
  speedKmh: number;
  /** Strength removed from the struck faction per unit that lands. */
  damage: number;
  /** Civilians harmed (thousands) per unit that lands, before no-fly-zone protection. */
  collateral: number;
}

export interface AssetSetup {
  id: AssetId;
  owner: PowerId;
  name: string;
  kind: "ship" | "airbase" | "launcher" | "carrier";
  lonLat: LonLat;
  /** Country whose soil it is on, or null at sea. Flying from another power's soil needs basing consent. */
  hostCountry: CountryId | null;
  weapon: WeaponId;
  stock: number;
  /** Most units it can launch in one turn. */
  capacity: number;
  /** Units added to stock at the start of each turn. */
  resupply: number;
  /** Where the numbers come from, when historical. */
  source?: string;
}

/**
 * A long-range air-defence battery guarding its host country's airspace out to a radius
 * (shared/rules/area-defence.ts).
 */
export interface AreaDefenceSetup {
  id: string;
  owner: PowerId;
  name: string;
  lonLat: LonLat;
  /** The country it stands in, whose airspace it guards. */
  hostCountry: CountryId;
  /** The first turn it is in service. */
  fromTurn: number;
  /** Engagement radius, km. */
  radiusKm: number;
  /** Chance per unit of a strike it engages of bringing it down. */
  intercept: Readonly<Record<WeaponKind, number>>;
  source: string;
}

/** Chances per unit per airspace passage, before the country's defence quality multiplies them. */
export interface AirDefenceRules {
  detect: Readonly<Record<Posture, Readonly<Record<WeaponKind, number>>>>;
  intercept: Readonly<Record<Posture, Readonly<Record<WeaponKind, number>>>>;
  /** Added to a power's intelligence quality while it is a member of an intelligence cell in force. */
  intelCellBonus: number;
  /** Intelligence quality never exceeds this, cell or not. */
  intelCap: number;
  /** A power whose own intelligence quality is at least this sees every strike's real effects (satellites). */
  observeImpactsAtIntel: number;
  /** A flight less than this many km inside an airspace (all its passages through it together) is no violation. */
  minIncursionKm: number;
  /** Detection chances are for a flight this many km inside; a shorter one is detected in proportion. */
  fullDetectionKm: number;
}

export interface NfzRules {
  /** Patrol units that must be pledged per zone covered for the no-fly zone to be in force. */
  patrolsPerZone: number;
  /** Chance that patrols intercept one aircraft of a power not exempt flying into the zone. */
  interceptAircraft: number;
  /** Chance for a missile. */
  interceptMissile: number;
  /** Share of civilian harm prevented inside a zone under an NFZ in force. */
  civilianProtection: number;
}

export interface EscalationRules {
  start: number;
  max: number;
  shootDown: number;
  violationEngaged: number;
  violationDetected: number;
  fireOnPatrol: number;
  /** Escalation falls by this much at the end of a turn with no shoot-down. */
  decayPerQuietTurn: number;
  /** Most escalation one pair of powers can raise between them in one turn. */
  pairCapPerTurn: number;
  /** In open war, the share of its points (rounded down) a power keeps; the power(s) that drove the most escalation keep none. */
  openWarShare: number;
}

export interface TrackRules {
  min: number;
  max: number;
  /** Cost above which a power is in a quagmire. */
  quagmireLine: number;
  /** Prestige a power in a quagmire loses at the end of each turn. */
  quagmirePrestigeLoss: number;
  /** Legitimacy a power in a quagmire loses at the end of each turn. */
  quagmireLegitimacyLoss: number;
  prestigePerLandedUnit: number;
  prestigeConsentBonus: number;
  prestigeLostPerInterceptedUnit: number;
  legitimacyLostPerCivilianHarm: number;
  legitimacyLostPerDetectedViolation: number;
  legitimacyLostPerFalseClaim: number;
  costPerUnitLaunched: number;
  costPerSupportPoint: number;
  credibilityLostOnRevocation: number;
  credibilityLostOnBrokenPledge: number;
  influencePerGrant: number;
  influencePerSupportPoint: number;
}

export interface CombatRules {
  /** Strength added to a faction per support point landed. */
  strengthPerSupportPoint: number;
  /** Share of the enemy's strength each side loses per turn of fighting. */
  attrition: number;
  /** A faction takes control of a zone when it holds this share of the strength there. */
  controlShare: number;
  /** Chance per turn that covert support is detected by each other power. */
  covertDetection: number;
  /** Chance, each later turn, that covert support still unseen is uncovered by each other power. */
  covertLaterDetection: number;
  /** A power's estimate of a strength outside its own country is off by up to this × (1 − its intelligence quality). */
  estimateError: number;
}

/** What an objective checks at the end of the match. */
export type ObjectiveTest =
  | { kind: "controls"; faction: FactionId; zones: readonly ZoneId[]; need: "all" | "any" }
  | { kind: "notControls"; faction: FactionId; zones: readonly ZoneId[] }
  | { kind: "factionStrengthAtMost"; faction: FactionId; shareOfStart: number }
  | { kind: "factionStrengthAtLeast"; faction: FactionId; shareOfStart: number }
  | { kind: "factionStrengthIn"; faction: FactionId; zones: readonly ZoneId[]; atMost?: number; atLeast?: number }
  | { kind: "track"; track: TrackId; atLeast?: number; atMost?: number }
  | { kind: "influence"; countries: readonly CountryId[]; atLeast: number }
  | { kind: "overflightAtEnd"; grantor: PowerId; grantee: PowerId; inForce: boolean }
  /**
   * A treaty agreed during the match (not a starting one) whose term binds the partner, with the
   * power a party, not revoked or broken by the end, and whose pledges the partner kept.
   */
  | { kind: "treatyWith"; partners: readonly PowerId[]; need: "all" | "any"; term?: "overflight" | "nfz" | "support" | "basing" | "intel" }
  /** An intelligence cell with both as members, agreed during the match, not revoked by the end. */
  | { kind: "intelCell"; with: PowerId }
  /**
   * ever: true if a no-fly zone was in force at some point, false if none ever was; counting only
   * those in force over at least `minZones` of `zones` (all of them if fewer; empty: any zones).
   */
  | { kind: "nfz"; ever: boolean; zones: readonly ZoneId[]; minZones: number }
  /** The power's own track at the end, against where it started: at least `atLeastChange` above it (negative: at most that far below). */
  | { kind: "trackFromStart"; track: TrackId; atLeastChange: number }
  | { kind: "noClash"; with: PowerId }
  | { kind: "airspaceRespected"; allowShootDowns: boolean }
  | { kind: "noDetectedViolationOwn" }
  | { kind: "strikesOverWithConsent"; flyer: PowerId; over: CountryId; atLeast: number }
  /** Support points landed (overt or covert) by these powers for these factions over the match. */
  | { kind: "supportReceived"; from: readonly PowerId[]; factions: readonly FactionId[]; atLeast: number }
  /** Strength the power's own strikes took from these factions over the match (what they really hit, whatever was claimed). */
  | { kind: "strikesLanded"; factions: readonly FactionId[]; atLeast: number }
  /** Every one of these tests: an outcome and the power's own part in it, say (a seat that does nothing should not score it). */
  | { kind: "all"; tests: readonly ObjectiveTest[] };

export interface ObjectiveSetup {
  id: string;
  power: PowerId;
  secret: boolean;
  text: string;
  points: number;
  test: ObjectiveTest;
}

/** What an event or a facilitator's inject does. */
export type Effect =
  | { kind: "track"; power: PowerId; track: TrackId; delta: number }
  | { kind: "influence"; power: PowerId; country: CountryId; delta: number }
  | { kind: "strength"; zone: ZoneId; faction: FactionId; delta: number }
  | { kind: "civilians"; zone: ZoneId; delta: number }
  | { kind: "escalation"; delta: number }
  | { kind: "stock"; asset: AssetId; delta: number };

export interface EventCard {
  id: string;
  /** The turn it is announced at the start of, or null for a card the facilitator may play. */
  turn: number | null;
  headline: string;
  text: string;
  effects: readonly Effect[];
}

/** A whole lesson in one class period: joining, the turns at their longest, then the debrief. */
export interface LessonPreset {
  id: string;
  label: string;
  periodMinutes: number;
  joinMinutes: number;
  debriefMinutes: number;
  turns: number;
  timers: PhaseTimers;
}

/** A box of longitude and latitude, degrees. */
export interface Bounds {
  lon0: number;
  lon1: number;
  lat0: number;
  lat1: number;
}

/**
 * Where a scenario is played, for the map bake (scripts/bake-map.ts) and the rules' airspace: the
 * grid the rules look airspace up in (routes must stay inside it), the countries drawn, the area
 * the screen is fitted to, and the conic projection's standard parallels and central meridian.
 */
export interface MapBox {
  /** The bake's name, a shipped scenario's id (a teacher's scenario keeps its base's): its files are ./<id>/airspace-grid.json and assets/map/<id>.json. */
  id: string;
  grid: Bounds;
  display: Bounds;
  playArea: Bounds;
  projection: { parallels: readonly [number, number]; rotate: readonly [number, number] };
  /** The baked airspace grid (JSON), loaded when a match of this map is first played (shared/geo/maps.ts). */
  loadGrid(): Promise<unknown>;
}

/**
 * A scenario's prose in another language than the one it is written in (English): the briefing's
 * date and summary, each power's brief, each objective's text and each event card's words, by id.
 * Names (powers, factions, zones, countries) are proper names and stay as they are. Anything left
 * out is shown in English.
 */
export interface ScenarioText {
  date?: string;
  summary?: string;
  briefs?: Readonly<Partial<Record<PowerId, string>>>;
  objectives?: Readonly<Record<string, string>>;
  events?: Readonly<Record<string, { headline: string; text: string }>>;
  /** Each class-period preset's label, by preset id. */
  presets?: Readonly<Record<string, string>>;
}

export interface Scenario {
  id: string;
  name: string;
  /** When the scenario is set, e.g. "October 2015". */
  date: string;
  summary: string;
  defaultTurns: number;
  /** Turns of a classroom lesson (timers "lesson"): a whole match in a 45–60 minute class. */
  lessonTurns: number;
  timers: { lesson: PhaseTimers; online: PhaseTimers };
  /** Class-period presets, the first the default: each leaves time to join and to debrief. */
  lessonPresets: readonly LessonPreset[];
  powers: Readonly<Record<PowerId, PowerSetup>>;
  countries: readonly CountrySetup[];
  /** Countries where influence is tracked and shown (the "crescent of influence"). */
  influenceCountries: readonly CountryId[];
  factions: Readonly<Record<FactionId, FactionSetup>>;
  zones: readonly ZoneSetup[];
  weapons: Readonly<Record<WeaponId, WeaponSetup>>;
  assets: readonly AssetSetup[];
  /** Long-range air-defence batteries, each from its turn. */
  areaDefence: readonly AreaDefenceSetup[];
  airDefence: AirDefenceRules;
  nfz: NfzRules;
  escalation: EscalationRules;
  tracks: TrackRules;
  combat: CombatRules;
  objectives: readonly ObjectiveSetup[];
  events: readonly EventCard[];
  /** Agreements in force when the match starts (e.g. Russia's basing in Syria), until the last turn. */
  treaties: readonly Term[];
  /** Public sources for the historical numbers. */
  sources: readonly string[];
  map: MapBox;
  /** Its prose in other languages, by language code (shared/catalog/languages.ts). */
  texts?: Readonly<Partial<Record<string, ScenarioText>>>;
  /**
   * What the bots know of this scenario's powers (./bot-knowledge.ts), a module of its own: a
   * browser never fetches it; the server, the scripts and the tests load it at start (./load.ts).
   */
  bots: () => Promise<ScenarioBots>;
}
