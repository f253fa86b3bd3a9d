/**
 * A teacher's own scenario: a file that names a shipped scenario as its base and changes what can
 * change without new geography (docs/scenarios.md). Its shape is checked by ./schema.ts (zod, on
 * the server); this file only turns a checked file into a full Scenario, so the browser can
 * rebuild the same scenario from the same file without bundling zod.
 */
import { hashOf } from "../hash";
import type { FactionId, PowerId, TrackId } from "../ids";
import { at } from "../at";
import { getScenario, hasScenario, registerScenario } from "./index";
import type {
  CombatRules, EscalationRules, EventCard, NfzRules, ObjectiveSetup, PhaseTimers, PowerSetup, Scenario, ScenarioText, TrackRules,
} from "./types";

export const SCENARIO_FILE_FORMAT = 1;

export interface PowerChange {
  name?: string;
  brief?: string;
  tracks?: Partial<Record<TrackId, number>>;
  influence?: Record<string, number>;
  intel?: number;
  patrolUnits?: number;
  supportPoints?: number;
}

export interface ZoneChange {
  id: string;
  civilians?: number;
  /** Replaces the zone's strengths as a whole (a faction left out has none there). */
  strength?: Partial<Record<FactionId, number>>;
  control?: FactionId | null;
}

export interface AssetChange {
  id: string;
  stock?: number;
  capacity?: number;
  resupply?: number;
}

export interface ScenarioFile {
  $schema?: string;
  format: typeof SCENARIO_FILE_FORMAT;
  base: string;
  name: string;
  date?: string;
  summary?: string;
  defaultTurns?: number;
  lessonTurns?: number;
  timers?: { lesson?: Partial<PhaseTimers>; online?: Partial<PhaseTimers> };
  powers?: Partial<Record<PowerId, PowerChange>>;
  zones?: ZoneChange[];
  assets?: AssetChange[];
  escalation?: Partial<EscalationRules>;
  tracks?: Partial<Omit<TrackRules, "min" | "max">>;
  combat?: Partial<CombatRules>;
  nfz?: Partial<NfzRules>;
  /** Replaces the base's objectives as a whole; each power's public and secret lists follow from them. */
  objectives?: ObjectiveSetup[];
  /** Replaces the base's event deck as a whole. */
  events?: EventCard[];
}

/** The id a custom scenario is registered under: derived from its content, so the same file is the same scenario. */
export function customScenarioId(file: ScenarioFile): string {
  return `custom-${hashOf(file).slice(0, 16)}`;
}

function withPower(base: PowerSetup, change: PowerChange | undefined, objectives: readonly ObjectiveSetup[] | undefined, power: PowerId): PowerSetup {
  const listed = objectives?.filter((o) => o.power === power);
  return {
    ...base,
    ...(change?.name !== undefined ? { name: change.name } : {}),
    ...(change?.brief !== undefined ? { brief: change.brief } : {}),
    ...(change?.intel !== undefined ? { intel: change.intel } : {}),
    ...(change?.patrolUnits !== undefined ? { patrolUnits: change.patrolUnits } : {}),
    ...(change?.supportPoints !== undefined ? { supportPoints: change.supportPoints } : {}),
    tracks: { ...base.tracks, ...change?.tracks },
    influence: { ...base.influence, ...change?.influence },
    publicObjectives: listed ? listed.filter((o) => !o.secret).map((o) => o.id) : base.publicObjectives,
    secretObjectives: listed ? listed.filter((o) => o.secret).map((o) => o.id) : base.secretObjectives,
  };
}

/** Registers a file checked before (a stored match's), unless its scenario is known already. */
export function restoreScenario(file: ScenarioFile): Scenario {
  const id = customScenarioId(file);
  if (!hasScenario(id)) registerScenario(buildScenario(file, getScenario(file.base)));
  return getScenario(id);
}

/**
 * The scenario a stored match or its archive was played under (its settings: an id, and the
 * teacher's file if any), the file registered again where this process or browser has not seen it
 * (after a restart; a debrief opened on its own). Every reader of a stored match asks this.
 */
export function scenarioOfSettings(settings: { scenarioId: string; scenarioFile?: ScenarioFile | null }): Scenario {
  return settings.scenarioFile ? restoreScenario(settings.scenarioFile) : getScenario(settings.scenarioId);
}

/** The full scenario a checked file describes: its base with the file's changes applied. */
export function buildScenario(file: ScenarioFile, base: Scenario): Scenario {
  const zones = new Map((file.zones ?? []).map((z) => [z.id, z]));
  const assets = new Map((file.assets ?? []).map((a) => [a.id, a]));
  return {
    ...base,
    id: customScenarioId(file),
    name: file.name,
    date: file.date ?? base.date,
    summary: file.summary ?? base.summary,
    defaultTurns: file.defaultTurns ?? base.defaultTurns,
    lessonTurns: file.lessonTurns ?? base.lessonTurns,
    timers: { lesson: { ...base.timers.lesson, ...file.timers?.lesson }, online: { ...base.timers.online, ...file.timers?.online } },
    powers: Object.fromEntries(Object.keys(base.powers).map((p) => [p, withPower(at(base.powers, p), file.powers?.[p], file.objectives, p)])) as Record<PowerId, PowerSetup>,
    zones: base.zones.map((z) => {
      const c = zones.get(z.id);
      if (!c) return z;
      return {
        ...z,
        ...(c.civilians !== undefined ? { civilians: c.civilians } : {}),
        ...(c.strength !== undefined ? { strength: { ...c.strength } } : {}),
        ...(c.control !== undefined ? { control: c.control } : {}),
      };
    }),
    assets: base.assets.map((a) => {
      const c = assets.get(a.id);
      return c ? { ...a, ...(c.stock !== undefined ? { stock: c.stock } : {}), ...(c.capacity !== undefined ? { capacity: c.capacity } : {}), ...(c.resupply !== undefined ? { resupply: c.resupply } : {}) } : a;
    }),
    escalation: { ...base.escalation, ...file.escalation },
    tracks: { ...base.tracks, ...file.tracks },
    combat: { ...base.combat, ...file.combat },
    nfz: { ...base.nfz, ...file.nfz },
    objectives: file.objectives ?? base.objectives,
    events: file.events ?? base.events,
    texts: textsKept(base, file),
  };
}

/**
 * The base's prose in other languages, less what the file writes anew: a file's own summary,
 * briefs, objectives or cards are shown as the file words them, in every language.
 */
function textsKept(base: Scenario, file: ScenarioFile): Scenario["texts"] {
  const out: Record<string, ScenarioText> = {};
  for (const [language, text] of Object.entries(base.texts ?? {})) {
    if (!text) continue;
    const briefs = Object.fromEntries(Object.entries(text.briefs ?? {}).filter(([p]) => file.powers?.[p]?.brief === undefined));
    out[language] = {
      ...(file.date === undefined && text.date !== undefined ? { date: text.date } : {}),
      ...(file.summary === undefined && text.summary !== undefined ? { summary: text.summary } : {}),
      briefs,
      ...(file.objectives === undefined && text.objectives ? { objectives: text.objectives } : {}),
      ...(file.events === undefined && text.events ? { events: text.events } : {}),
      ...(text.presets ? { presets: text.presets } : {}),
    };
  }
  return out;
}
