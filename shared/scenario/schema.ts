/**
 * The teacher's scenario file format (./file.ts) as a zod schema, and the one check a file goes
 * through: its shape here, then its cross-field rules (./check.ts) on the scenario it builds.
 * docs/scenario.schema.json is generated from this schema (tests/scenario/schema.test.ts keeps it
 * up to date). Zod: the browser client may only `import type` this file; it asks the server
 * (POST /api/scenarios/check).
 */
import { z } from "zod";
import { TRACKS } from "../ids";
import { factionIds, powerIds } from "./ids-of";
import { LIMITS } from "../limits";
import { checkScenario } from "./check";
import { buildScenario, SCENARIO_FILE_FORMAT } from "./file";
import type { ScenarioFile } from "./file";
import { getScenario, isShippedScenario, SCENARIOS } from "./index";
import type { Scenario } from "./types";

/** Largest scenario file accepted, in bytes of its JSON. */
export const SCENARIO_FILE_MAX_BYTES = 48 * 1024;

/** A type error's message: "is required" when the field is missing, else what was expected. */
const expected = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : `expected ${what}`);
const number = (min: number, max?: number) => {
  const n = z.number({ error: expected("a number") }).min(min, { error: `expected a number ≥ ${min}` });
  return max === undefined ? n : n.max(max, { error: `expected a number ≤ ${max}` });
};
const whole = (min: number, max: number) => z.number({ error: expected("a whole number") }).int({ error: "expected a whole number" }).min(min, { error: `expected a whole number ≥ ${min}` }).max(max, { error: `expected a whole number ≤ ${max}` });
const chance = number(0, 1);
const text = (max: number, min = 1) => z.string({ error: expected("text") }).min(min, { error: min === 1 ? "must not be empty" : `expected at least ${min} characters` }).max(max, { error: `expected at most ${max} characters` });
const id = z.string({ error: expected("an id") }).regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { error: "expected an id of lower-case letters, digits and dashes" });
/** Any shipped scenario's powers and factions (the published schema lists them); check.ts holds a file to its base's. */
const shippedPowers = [...new Set(Object.values(SCENARIOS).flatMap((s) => powerIds(s)))] as [string, ...string[]];
const shippedFactions = [...new Set(Object.values(SCENARIOS).flatMap((s) => factionIds(s)))] as [string, ...string[]];
const power = z.enum(shippedPowers, { error: expected(`one of ${shippedPowers.join(", ")}`) });
const faction = z.enum(shippedFactions, { error: expected(`one of ${shippedFactions.join(", ")}`) });
const track = z.enum(TRACKS, { error: expected(`one of ${TRACKS.join(", ")}`) });
const country = z.string({ error: expected("a country id") }).regex(/^\d{3}$/, { error: "expected a three-digit ISO numeric country id, e.g. \"760\"" });
const zoneRef = z.string({ error: expected("a zone id") }).min(1).max(60);
const seconds = whole(5, 24 * 3600);
const timers = z.strictObject({ briefing: seconds, diplomacy: seconds, orders: seconds, report: seconds }).partial();
const trackValue = number(0, 100);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item, { error: "expected a list" }).max(max, { error: `expected at most ${max} items` });

const powerChange = z.strictObject({
  name: text(40),
  brief: text(600, 21),
  tracks: z.partialRecord(track, trackValue),
  influence: z.record(country, trackValue),
  intel: chance,
  patrolUnits: whole(0, 50),
  supportPoints: whole(0, 50),
}).partial();

const zoneChange = z.strictObject({
  id: zoneRef,
  civilians: number(0.001, 100_000),
  strength: z.partialRecord(faction, number(0, 100)),
  control: faction.nullable(),
}).partial({ civilians: true, strength: true, control: true });

const assetChange = z.strictObject({
  id: z.string({ error: expected("an asset id") }).min(1).max(60),
  stock: whole(0, 1000),
  capacity: whole(0, 1000),
  resupply: whole(0, 1000),
}).partial({ stock: true, capacity: true, resupply: true });

const zones = list(zoneRef, 40);
const plainTests = [
  z.strictObject({ kind: z.literal("controls"), faction, zones, need: z.enum(["all", "any"]) }),
  z.strictObject({ kind: z.literal("notControls"), faction, zones }),
  z.strictObject({ kind: z.literal("factionStrengthAtMost"), faction, shareOfStart: number(0, 2) }),
  z.strictObject({ kind: z.literal("factionStrengthAtLeast"), faction, shareOfStart: number(0, 2) }),
  z.strictObject({ kind: z.literal("factionStrengthIn"), faction, zones, atMost: number(0).optional(), atLeast: number(0).optional() }),
  z.strictObject({ kind: z.literal("track"), track, atLeast: number(0).optional(), atMost: number(0).optional() }),
  z.strictObject({ kind: z.literal("influence"), countries: list(country, 20), atLeast: number(0) }),
  z.strictObject({ kind: z.literal("overflightAtEnd"), grantor: power, grantee: power, inForce: z.boolean() }),
  z.strictObject({ kind: z.literal("treatyWith"), partners: list(power, 6), need: z.enum(["all", "any"]), term: z.enum(["overflight", "nfz", "support", "basing", "intel"]).optional() }),
  z.strictObject({ kind: z.literal("intelCell"), with: power }),
  z.strictObject({ kind: z.literal("nfz"), ever: z.boolean(), zones, minZones: whole(0, 40) }),
  z.strictObject({ kind: z.literal("trackFromStart"), track, atLeastChange: number(-100, 100) }),
  z.strictObject({ kind: z.literal("noClash"), with: power }),
  z.strictObject({ kind: z.literal("airspaceRespected"), allowShootDowns: z.boolean() }),
  z.strictObject({ kind: z.literal("noDetectedViolationOwn") }),
  z.strictObject({ kind: z.literal("strikesOverWithConsent"), flyer: power, over: country, atLeast: whole(0, 1000) }),
  z.strictObject({ kind: z.literal("supportReceived"), from: list(power, 6), factions: list(faction, 5), atLeast: whole(0, 1000) }),
  z.strictObject({ kind: z.literal("strikesLanded"), factions: list(faction, 5), atLeast: number(0, 1000) }),
] as const;
const testKindError = { error: "expected a known objective test kind (docs/scenarios.md lists them)" };
// "all" holds plain tests only: an objective and the power's own part in it, say.
const objectiveTest = z.discriminatedUnion("kind", [
  ...plainTests,
  z.strictObject({ kind: z.literal("all"), tests: list(z.discriminatedUnion("kind", [...plainTests], testKindError), 6) }),
], testKindError);

const objective = z.strictObject({
  id,
  power,
  secret: z.boolean({ error: "expected true or false" }),
  text: text(300, 11),
  points: whole(1, 10),
  test: objectiveTest,
});

const delta = number(-1000, 1000);
const effect = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("track"), power, track, delta }),
  z.strictObject({ kind: z.literal("influence"), power, country, delta }),
  z.strictObject({ kind: z.literal("strength"), zone: zoneRef, faction, delta }),
  z.strictObject({ kind: z.literal("civilians"), zone: zoneRef, delta }),
  z.strictObject({ kind: z.literal("escalation"), delta }),
  z.strictObject({ kind: z.literal("stock"), asset: z.string().min(1).max(60), delta }),
], { error: "expected an effect kind: track, influence, strength, civilians, escalation or stock" });

const eventCard = z.strictObject({
  id,
  turn: whole(1, LIMITS.turns).nullable(),
  headline: text(120),
  text: text(1000),
  effects: list(effect, 12),
});

export const scenarioFileSchema = z.strictObject({
  $schema: z.string().max(300).optional(),
  format: z.literal(SCENARIO_FILE_FORMAT, { error: `expected ${SCENARIO_FILE_FORMAT} (the version of this format)` }),
  base: z.string({ error: "expected the id of a shipped scenario" }).min(1).max(60).refine(isShippedScenario, { error: "expected the id of a shipped scenario, e.g. \"caspian-salvo\"" }),
  name: text(80),
  date: text(40).optional(),
  summary: text(2000).optional(),
  defaultTurns: whole(1, LIMITS.turns).optional(),
  lessonTurns: whole(1, LIMITS.turns).optional(),
  timers: z.strictObject({ lesson: timers.optional(), online: timers.optional() }).optional(),
  powers: z.strictObject(Object.fromEntries(shippedPowers.map((p) => [p, powerChange.optional()])) as Record<string, z.ZodOptional<typeof powerChange>>).optional(),
  zones: list(zoneChange, 60).optional(),
  assets: list(assetChange, 60).optional(),
  escalation: z.strictObject({
    start: number(0, 100), max: number(1, 100), shootDown: number(0, 100), violationEngaged: number(0, 100), violationDetected: number(0, 100),
    fireOnPatrol: number(0, 100), decayPerQuietTurn: number(0, 100), pairCapPerTurn: number(0, 100), openWarShare: chance,
  }).partial().optional(),
  tracks: z.strictObject({
    quagmireLine: number(0, 100), quagmirePrestigeLoss: number(0, 100), quagmireLegitimacyLoss: number(0, 100),
    prestigePerLandedUnit: number(0, 100), prestigeConsentBonus: number(0, 100), prestigeLostPerInterceptedUnit: number(0, 100),
    legitimacyLostPerCivilianHarm: number(0, 100), legitimacyLostPerDetectedViolation: number(0, 100), legitimacyLostPerFalseClaim: number(0, 100),
    costPerUnitLaunched: number(0, 100), costPerSupportPoint: number(0, 100), credibilityLostOnRevocation: number(0, 100),
    credibilityLostOnBrokenPledge: number(0, 100), influencePerGrant: number(0, 100), influencePerSupportPoint: number(0, 100),
  }).partial().optional(),
  combat: z.strictObject({
    strengthPerSupportPoint: number(0, 100), attrition: chance, controlShare: number(0.01, 1), covertDetection: chance,
    covertLaterDetection: chance, estimateError: number(0, 100),
  }).partial().optional(),
  nfz: z.strictObject({ patrolsPerZone: whole(1, 50), interceptAircraft: chance, interceptMissile: chance, civilianProtection: chance }).partial().optional(),
  objectives: list(objective, 60).optional(),
  events: list(eventCard, 60).optional(),
});

/** One field error: where (e.g. `zones[3].strength.rebels`), and what is wrong. */
function pathOf(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || "(the file)";
}

function issueText(issue: z.core.$ZodIssue): string[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => `${pathOf([...issue.path, k])}: is not a field of this format`);
  }
  return [`${pathOf(issue.path)}: ${issue.message}`];
}

export type ScenarioFileCheck = { ok: true; file: ScenarioFile; scenario: Scenario } | { ok: false; errors: string[] };

/** Checks an untrusted scenario file (already parsed from JSON): every error, or the scenario it makes. */
export function checkScenarioFile(input: unknown): ScenarioFileCheck {
  const size = JSON.stringify(input ?? null).length;
  if (size > SCENARIO_FILE_MAX_BYTES) return { ok: false, errors: [`(the file): ${size} bytes, more than the ${SCENARIO_FILE_MAX_BYTES} allowed`] };
  const parsed = scenarioFileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap(issueText) };
  const file = parsed.data as ScenarioFile;
  const scenario = buildScenario(file, getScenario(file.base));
  const errors = checkScenario(scenario, file);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file, scenario };
}

/** The published JSON Schema of the format (docs/scenario.schema.json). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioFileSchema, { io: "input", unrepresentable: "any" }),
    title: "Overflight scenario file",
    description: "A teacher's own scenario: a shipped scenario (base) with changes. See docs/scenarios.md.",
  };
}
