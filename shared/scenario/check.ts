/**
 * The checks a scenario must pass across its fields (the ones tests/scenario/caspian-salvo.test.ts
 * makes of the shipped scenario that do not concern its geography), each error naming the field
 * of the teacher's file it comes from. Pure: no zod, so it runs wherever the rules run.
 */
import { TRACKS } from "../ids";
import type { PowerId } from "../ids";
import { at as entry } from "../at";
import { powerIds } from "./ids-of";
import type { ScenarioFile } from "./file";
import { testParts } from "./objective-parts";
import type { Effect, ObjectiveTest, Scenario } from "./types";

/** The prefix a power's objective ids start with: its short label in lower case and a dash ("rus-"). */
export function objectivePrefix(s: Scenario, power: PowerId): string {
  return `${entry(s.powers, power).short.toLowerCase()}-`;
}
/** Points an objective is worth: public ones 2–4, secret ones 3–5 (the scoring's balance, docs/balance.md). */
export const OBJECTIVE_POINTS = { public: { min: 2, max: 4 }, secret: { min: 3, max: 5 } } as const;

function refsOf(test: ObjectiveTest | Effect): { zones: string[]; factions: string[]; countries: string[]; assets: string[]; powers: string[] } {
  const refs = { zones: [] as string[], factions: [] as string[], countries: [] as string[], assets: [] as string[], powers: [] as string[] };
  if (test.kind === "all") {
    for (const part of test.tests.map(refsOf)) for (const key of Object.keys(refs) as (keyof typeof refs)[]) refs[key].push(...part[key]);
    return refs;
  }
  if ("zones" in test) refs.zones.push(...test.zones);
  if ("zone" in test) refs.zones.push(test.zone);
  if ("faction" in test) refs.factions.push(test.faction);
  if ("factions" in test) refs.factions.push(...test.factions);
  if ("countries" in test) refs.countries.push(...test.countries);
  if ("country" in test) refs.countries.push(test.country);
  if ("over" in test) refs.countries.push(test.over);
  if ("asset" in test) refs.assets.push(test.asset);
  if ("power" in test) refs.powers.push(test.power);
  if ("grantor" in test) refs.powers.push(test.grantor, test.grantee);
  if ("partners" in test) refs.powers.push(...test.partners);
  if ("with" in test) refs.powers.push(test.with);
  if ("flyer" in test) refs.powers.push(test.flyer);
  if ("from" in test) refs.powers.push(...test.from);
  return refs;
}

/** Every cross-field error of a scenario built from `file` (empty: it is sound). */
export function checkScenario(s: Scenario, file: ScenarioFile): string[] {
  const errors: string[] = [];
  const zoneIds = new Set(s.zones.map((z) => z.id));
  const assetIds = new Set(s.assets.map((a) => a.id));
  const countryIds = new Set(s.countries.map((c) => c.id));
  const influence = new Set(s.influenceCountries);
  const zoneAt = (id: string) => {
    const i = file.zones?.findIndex((z) => z.id === id) ?? -1;
    return i >= 0 ? `zones[${i}]` : `zone "${id}" (unchanged from the base)`;
  };

  if (s.lessonTurns > s.defaultTurns) errors.push(`lessonTurns: expected at most defaultTurns (${s.defaultTurns}), got ${s.lessonTurns}`);

  file.zones?.forEach((z, i) => {
    if (!zoneIds.has(z.id)) errors.push(`zones[${i}].id: there is no zone "${z.id}" in ${file.base}`);
    if (file.zones!.findIndex((o) => o.id === z.id) !== i) errors.push(`zones[${i}].id: zone "${z.id}" is changed twice`);
  });
  file.assets?.forEach((a, i) => {
    if (!assetIds.has(a.id)) errors.push(`assets[${i}].id: there is no asset "${a.id}" in ${file.base}`);
    if (file.assets!.findIndex((o) => o.id === a.id) !== i) errors.push(`assets[${i}].id: asset "${a.id}" is changed twice`);
  });
  const powers = powerIds(s);
  const isPower = (p: string) => Object.hasOwn(s.powers, p);
  const isFaction = (f: string) => Object.hasOwn(s.factions, f);
  const powersAre = `the powers of ${file.base}: ${powers.join(", ")}`;
  for (const p of Object.keys(file.powers ?? {})) if (!isPower(p)) errors.push(`powers.${p}: there is no power "${p}" in ${file.base} (${powersAre})`);
  file.zones?.forEach((z, i) => {
    for (const f of Object.keys(z.strength ?? {})) if (!isFaction(f)) errors.push(`zones[${i}].strength.${f}: there is no faction "${f}" in ${file.base}`);
    if (z.control && !isFaction(z.control)) errors.push(`zones[${i}].control: there is no faction "${z.control}" in ${file.base}`);
  });
  for (const p of powers) {
    for (const c of Object.keys(file.powers?.[p]?.influence ?? {})) {
      if (!influence.has(c)) errors.push(`powers.${p}.influence.${c}: influence is not tracked in country "${c}" (tracked: ${s.influenceCountries.join(", ")})`);
    }
    for (const t of TRACKS) {
      const v = entry(s.powers, p).tracks[t];
      if (v < s.tracks.min || v > s.tracks.max) errors.push(`powers.${p}.tracks.${t}: expected ${s.tracks.min}–${s.tracks.max}, got ${v}`);
    }
    const cost = entry(s.powers, p).tracks.cost;
    if (cost >= s.tracks.quagmireLine) errors.push(`powers.${p}.tracks.cost: must start below the quagmire line (tracks.quagmireLine, ${s.tracks.quagmireLine}), got ${cost}`);
  }

  for (const z of s.zones) {
    if (!file.zones?.some((c) => c.id === z.id) && !file.combat?.controlShare) continue;
    const at = zoneAt(z.id);
    const entries = Object.entries(z.strength) as [string, number][];
    const total = entries.reduce((sum, [, v]) => sum + v, 0);
    if (total <= 0) {
      errors.push(`${at}.strength: at least one faction needs a strength above 0`);
      continue;
    }
    if (z.control !== null) {
      const share = (z.strength[z.control] ?? 0) / total;
      if (share < s.combat.controlShare) errors.push(`${at}.control: ${z.control} holds ${Math.round(share * 100)}% of the strength in ${z.id}, less than the ${Math.round(s.combat.controlShare * 100)}% needed to control it (combat.controlShare)`);
    } else {
      for (const [f, v] of entries) {
        if (v / total >= s.combat.controlShare) errors.push(`${at}.control: is null, but ${f} holds ${Math.round((v / total) * 100)}% of the strength in ${z.id}, enough to control it`);
      }
    }
  }

  file.assets?.forEach((c, i) => {
    const a = s.assets.find((x) => x.id === c.id);
    if (!a) return;
    if (a.capacity <= 0) errors.push(`assets[${i}].capacity: expected at least 1`);
    else if (a.capacity > Math.max(a.stock, a.resupply)) errors.push(`assets[${i}].capacity: ${a.capacity} is more than it can ever hold (the larger of stock ${a.stock} and resupply ${a.resupply})`);
  });

  const e = s.escalation;
  if (e.start >= e.max) errors.push(`escalation.start: expected below escalation.max (${e.max}), got ${e.start}`);
  for (const k of ["shootDown", "violationEngaged", "violationDetected", "fireOnPatrol", "decayPerQuietTurn"] as const) {
    if (e[k] > e.max) errors.push(`escalation.${k}: expected at most escalation.max (${e.max}), got ${e[k]}`);
  }
  if (s.tracks.quagmireLine <= s.tracks.min || s.tracks.quagmireLine >= s.tracks.max) errors.push(`tracks.quagmireLine: expected between ${s.tracks.min} and ${s.tracks.max}`);

  if (file.objectives) {
    const seen = new Set<string>();
    file.objectives.forEach((o, i) => {
      const at = `objectives[${i}]`;
      if (seen.has(o.id)) errors.push(`${at}.id: "${o.id}" is used twice`);
      seen.add(o.id);
      if (!isPower(o.power)) {
        errors.push(`${at}.power: there is no power "${o.power}" in ${file.base} (${powersAre})`);
        return;
      }
      const prefix = objectivePrefix(s, o.power);
      if (!o.id.startsWith(prefix)) errors.push(`${at}.id: an objective of ${o.power} must start with "${prefix}", got "${o.id}"`);
      const range = o.secret ? OBJECTIVE_POINTS.secret : OBJECTIVE_POINTS.public;
      if (o.points < range.min || o.points > range.max) errors.push(`${at}.points: a ${o.secret ? "secret" : "public"} objective is worth ${range.min}–${range.max} points, got ${o.points}`);
      const refs = refsOf(o.test);
      for (const z of refs.zones) if (!zoneIds.has(z)) errors.push(`${at}.test.zones: there is no zone "${z}"`);
      for (const c of refs.countries) if (!countryIds.has(c)) errors.push(`${at}.test: there is no country "${c}"`);
      for (const p of refs.powers) if (!isPower(p)) errors.push(`${at}.test: there is no power "${p}" in ${file.base}`);
      for (const f of refs.factions) if (!isFaction(f)) errors.push(`${at}.test: there is no faction "${f}" in ${file.base}`);
      if (o.test.kind === "influence") for (const c of o.test.countries) if (!influence.has(c)) errors.push(`${at}.test.countries: influence is not tracked in "${c}"`);
      for (const t of testParts(o.test)) {
        if (t.kind === "track" || t.kind === "influence" || t.kind === "factionStrengthIn") {
          for (const [k, v] of [["atLeast", "atLeast" in t ? t.atLeast : undefined], ["atMost", "atMost" in t ? t.atMost : undefined]] as const) {
            if (v !== undefined && (v < s.tracks.min || v > s.tracks.max)) errors.push(`${at}.test.${k}: expected ${s.tracks.min}–${s.tracks.max}, got ${v}`);
          }
        }
      }
    });
    for (const p of powers) {
      const mine = s.objectives.filter((o) => o.power === p);
      const secret = mine.filter((o) => o.secret).length;
      if (mine.length === secret) errors.push(`objectives: ${p} needs at least one public objective`);
      if (secret < 2 || secret > 3) errors.push(`objectives: ${p} needs two or three secret objectives (one is drawn at setup), has ${secret}`);
    }
  }

  if (file.events) {
    const seen = new Set<string>();
    file.events.forEach((card, i) => {
      const at = `events[${i}]`;
      if (seen.has(card.id)) errors.push(`${at}.id: "${card.id}" is used twice`);
      seen.add(card.id);
      if (card.turn !== null && card.turn > s.defaultTurns) errors.push(`${at}.turn: expected at most defaultTurns (${s.defaultTurns}), got ${card.turn}`);
      card.effects.forEach((effect, j) => {
        const refs = refsOf(effect);
        for (const z of refs.zones) if (!zoneIds.has(z)) errors.push(`${at}.effects[${j}].zone: there is no zone "${z}"`);
        for (const a of refs.assets) if (!assetIds.has(a)) errors.push(`${at}.effects[${j}].asset: there is no asset "${a}"`);
        for (const p of refs.powers) if (!isPower(p)) errors.push(`${at}.effects[${j}].power: there is no power "${p}" in ${file.base}`);
        for (const f of refs.factions) if (!isFaction(f)) errors.push(`${at}.effects[${j}].faction: there is no faction "${f}" in ${file.base}`);
        for (const c of refs.countries) if (!influence.has(c)) errors.push(`${at}.effects[${j}].country: influence is not tracked in "${c}"`);
      });
    });
  }
  return errors;
}
