import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXAMPLE_PATH, json, SCHEMA_PATH } from "../../scripts/scenario-schema";
import { caspianSalvo } from "../../shared/scenario/caspian-salvo";
import { checkScenario } from "../../shared/scenario/check";
import { exampleScenarioFile } from "../../shared/scenario/example";
import { buildScenario, customScenarioId } from "../../shared/scenario/file";
import type { ScenarioFile } from "../../shared/scenario/file";
import { checkScenarioFile, scenarioJsonSchema, SCENARIO_FILE_MAX_BYTES } from "../../shared/scenario/schema";

const base = { format: 1, base: "caspian-salvo", name: "Variant" } as const;
const errorsOf = (file: unknown): string[] => {
  const r = checkScenarioFile(file);
  return r.ok ? [] : r.errors;
};

describe("scenario files", () => {
  it("publishes the schema and the example as generated (npx tsx scripts/scenario-schema.ts)", () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(json(scenarioJsonSchema()));
    expect(readFileSync(EXAMPLE_PATH, "utf8")).toBe(json(exampleScenarioFile));
  });

  it("turns the example into a full scenario with its changes, under an id from its content", () => {
    const r = checkScenarioFile(JSON.parse(readFileSync(EXAMPLE_PATH, "utf8")));
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.scenario.id).toBe(customScenarioId(exampleScenarioFile));
    expect(r.scenario.id).toMatch(/^custom-[0-9a-f]{16}$/);
    expect(r.scenario.name).toBe("Short Salvo: Aleppo contested");
    expect(r.scenario.lessonTurns).toBe(4);
    expect(r.scenario.zones.find((z) => z.id === "aleppo")?.control).toBe("rebels");
    expect(r.scenario.assets.find((a) => a.id === "caspian-flotilla")?.stock).toBe(18);
    expect(r.scenario.escalation.start).toBe(3);
    expect(r.scenario.events.map((e) => e.id)).toEqual(["ev-aleppo-offensive", "ev-un-appeal", "ev-refugees"]);
    // What the file does not change is the base's.
    expect(r.scenario.objectives).toBe(caspianSalvo.objectives);
    expect(r.scenario.countries).toBe(caspianSalvo.countries);
    expect(r.scenario.powers.turkey!.tracks).toEqual({ ...caspianSalvo.powers.turkey!.tracks, credibility: 60 });
    expect(customScenarioId({ ...exampleScenarioFile, name: "Other" })).not.toBe(r.scenario.id);
  });

  it("holds the shipped scenario to the same cross-field checks: its own objectives and deck given as a file pass", () => {
    const file: ScenarioFile = { ...base, objectives: [...caspianSalvo.objectives], events: [...caspianSalvo.events], zones: caspianSalvo.zones.map((z) => ({ id: z.id, strength: { ...z.strength }, control: z.control })) };
    expect(errorsOf(file)).toEqual([]);
    const built = buildScenario(file, caspianSalvo);
    expect(checkScenario(built, file)).toEqual([]);
    for (const p of Object.keys(caspianSalvo.powers) as (keyof typeof caspianSalvo.powers)[]) {
      expect([...built.powers[p]!.publicObjectives].sort()).toEqual([...caspianSalvo.powers[p]!.publicObjectives].sort());
      expect([...built.powers[p]!.secretObjectives].sort()).toEqual([...caspianSalvo.powers[p]!.secretObjectives].sort());
    }
  });

  it("names the field and what is wrong in the file's shape", () => {
    const errors = errorsOf({ format: 1, base: "atlantis", colour: "red", zones: [{ id: "aleppo", strength: { rebels: -1 } }], powers: { usa: { tracks: { cost: "high" } }, mars: {} }, escalation: { start: 2.5, max: 0 } });
    expect(errors).toEqual(expect.arrayContaining([
      'base: expected the id of a shipped scenario, e.g. "caspian-salvo"',
      "name: is required",
      "colour: is not a field of this format",
      "zones[0].strength.rebels: expected a number ≥ 0",
      "powers.usa.tracks.cost: expected a number",
      "powers.mars: is not a field of this format",
      "escalation.max: expected a number ≥ 1",
    ]));
    expect(errorsOf({ ...base, defaultTurns: 2.5 })).toEqual(["defaultTurns: expected a whole number"]);
    expect(errorsOf({ ...base, format: 2 })).toEqual(["format: expected 1 (the version of this format)"]);
    expect(errorsOf({ ...base, events: [{ id: "e", turn: null, headline: "h", text: "t", effects: [{ kind: "weather", delta: 1 }] }] })).toEqual([
      "events[0].effects[0].kind: expected an effect kind: track, influence, strength, civilians, escalation or stock",
    ]);
    expect(errorsOf({ ...base, summary: "x".repeat(SCENARIO_FILE_MAX_BYTES) })[0]).toMatch(/^\(the file\): \d+ bytes, more than the 49152 allowed$/);
  });

  it("names the field of each cross-field error", () => {
    expect(errorsOf({ ...base, zones: [{ id: "nowhere" }, { id: "aleppo" }, { id: "aleppo" }] })).toEqual([
      'zones[0].id: there is no zone "nowhere" in caspian-salvo',
      'zones[2].id: zone "aleppo" is changed twice',
    ]);
    expect(errorsOf({ ...base, zones: [{ id: "damascus" }, { id: "aleppo", control: "isis" }] })).toEqual([
      expect.stringMatching(/^zones\[1\]\.control: isis holds \d+% of the strength in aleppo, less than the 50% needed to control it/),
    ]);
    expect(errorsOf({ ...base, zones: [{ id: "aleppo", strength: {} }] })).toEqual(["zones[0].strength: at least one faction needs a strength above 0"]);
    expect(errorsOf({ ...base, assets: [{ id: "caspian-flotilla", capacity: 99 }, { id: "zeppelin" }] })).toEqual([
      'assets[1].id: there is no asset "zeppelin" in caspian-salvo',
      "assets[0].capacity: 99 is more than it can ever hold (the larger of stock 26 and resupply 2)",
    ]);
    expect(errorsOf({ ...base, lessonTurns: 12 })).toEqual(["lessonTurns: expected at most defaultTurns (10), got 12"]);
    expect(errorsOf({ ...base, powers: { iran: { tracks: { cost: 80 }, influence: { "250": 5 } } } })).toEqual([
      'powers.iran.influence.250: influence is not tracked in country "250" (tracked: 760, 368, 364, 792, 422)',
      "powers.iran.tracks.cost: must start below the quagmire line (tracks.quagmireLine, 70), got 80",
    ]);
    expect(errorsOf({ ...base, escalation: { start: 10 } })).toEqual(["escalation.start: expected below escalation.max (10), got 10"]);
    expect(errorsOf({ ...base, events: [
      { id: "e1", turn: 11, headline: "h", text: "t", effects: [{ kind: "stock", asset: "zeppelin", delta: 1 }, { kind: "civilians", zone: "mars", delta: 1 }] },
      { id: "e1", turn: null, headline: "h", text: "t", effects: [] },
    ] })).toEqual([
      "events[0].turn: expected at most defaultTurns (10), got 11",
      'events[0].effects[0].asset: there is no asset "zeppelin"',
      'events[0].effects[1].zone: there is no zone "mars"',
      'events[1].id: "e1" is used twice',
    ]);
  });

  it("checks objectives: ids, points, references, and each power's public and secret options", () => {
    const objectives = caspianSalvo.objectives.map((o) => ({ ...o }));
    objectives[0] = { ...objectives[0]!, id: "usa-wrong", points: 9, test: { kind: "controls", faction: "regime", zones: ["mars"], need: "all" } };
    const secret = objectives.findIndex((o) => o.power === "iraq" && o.secret);
    const errors = errorsOf({ ...base, objectives: objectives.filter((_, i) => i !== secret) });
    expect(errors).toEqual([
      'objectives[0].id: an objective of russia must start with "rus-", got "usa-wrong"',
      "objectives[0].points: a public objective is worth 2–4 points, got 9",
      'objectives[0].test.zones: there is no zone "mars"',
      "objectives: iraq needs two or three secret objectives (one is drawn at setup), has 1",
    ]);
  });

  it("checks the parts of an objective made of several tests, and takes no nested ones", () => {
    const objectives = caspianSalvo.objectives.map((o) => ({ ...o }));
    const part = { kind: "controls", faction: "regime", zones: ["mars"], need: "all" } as const;
    objectives[0] = { ...objectives[0]!, test: { kind: "all", tests: [part, { kind: "strikesLanded", factions: ["rebels"], atLeast: 10 }] } };
    expect(errorsOf({ ...base, objectives })).toEqual(['objectives[0].test.zones: there is no zone "mars"']);
    objectives[0] = { ...objectives[0]!, test: { kind: "all", tests: [{ kind: "all", tests: [] }] } };
    expect(errorsOf({ ...base, objectives }).length).toBeGreaterThan(0);
  });
});
