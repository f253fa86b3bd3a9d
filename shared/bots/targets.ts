/**
 * Where a power wants factions weaker or stronger: each zone's weight from the power's objectives,
 * and the worth of hitting a faction in a zone. Easy bots look only at their persona; normal and
 * hard ones weigh the zones their objectives name, and hard ones also the factions their objectives
 * still need weakened.
 */
import { at } from "../at";
import type { FactionId, ZoneId } from "../ids";
import { factionsOf } from "../scenario/ids-of";
import type { BotContext } from "./context";
import { objectiveMet } from "../rules/objectives";
import { strengthIn } from "./knowledge";

/** How much the power cares about what happens in each zone (1 = ordinary). */
function zoneWeights(ctx: BotContext): Record<ZoneId, number> {
  const weights: Record<ZoneId, number> = {};
  for (const zone of ctx.scenario.zones) weights[zone.id] = 1;
  if (ctx.level === "easy") return weights;
  for (const objective of ctx.objectives) {
    const test = objective.test;
    if (test.kind === "controls" || test.kind === "notControls" || test.kind === "factionStrengthIn") {
      for (const zone of test.zones) weights[zone] = (weights[zone] ?? 1) + objective.points / Math.max(1, test.zones.length / 1.5);
    }
  }
  return weights;
}

/** What the power's objectives still ask of its strikes: factions to weaken, a bonus by points while the objective is not met. */
function objectiveNeeds(ctx: BotContext): Partial<Record<FactionId, number>> {
  const weaken: Partial<Record<FactionId, number>> = {};
  for (const { test, points } of ctx.objectives) {
    if (test.kind === "factionStrengthAtMost" && !objectiveMet(ctx.view, ctx.me, test)) weaken[test.faction] = (weaken[test.faction] ?? 0) + points / 4;
    if (test.kind === "strikesLanded" && !objectiveMet(ctx.view, ctx.me, test)) for (const f of test.factions) weaken[f] = (weaken[f] ?? 0) + points / 8;
  }
  return weaken;
}

export interface Target {
  zone: ZoneId;
  faction: FactionId;
  value: number;
}

/** Targets worth striking, best first: factions the power wants weaker, where they are. */
export function strikeTargets(ctx: BotContext): Target[] {
  const weights = zoneWeights(ctx);
  const needs = objectiveNeeds(ctx);
  const out: Target[] = [];
  for (const zone of ctx.scenario.zones) {
    const state = ctx.view.zones[zone.id];
    if (!state) continue;
    for (const faction of factionsOf(ctx.view)) {
      const dislike = -(ctx.persona.factions[faction] ?? 0);
      if (dislike <= 0) continue;
      const { strength } = strengthIn(ctx.view, zone.id, faction);
      if (strength < 3) continue;
      let value = dislike * (weights[zone.id] ?? 1) * Math.min(1.5, Math.max(0.25, strength / 40));
      // Hitting the faction that holds a zone the power's friends contest is worth more.
      if (state.control === faction) value *= 1.3;
      const friends = factionsOf(ctx.view).reduce((sum, f) => sum + Math.max(0, (ctx.persona.factions[f] ?? 0)) * at(state.strength, f), 0);
      if (friends > 0) value *= 1 + Math.min(0.6, friends / 100);
      // Hard bots aim at what their objectives still need: a faction to weaken, strength their own strikes must take.
      if (ctx.level === "hard") value *= 1 + (needs[faction] ?? 0);
      out.push({ zone: zone.id, faction, value });
    }
  }
  return out.sort((a, b) => b.value - a.value || a.zone.localeCompare(b.zone) || a.faction.localeCompare(b.faction));
}

/** Zones where a faction the power favours most needs help, best first. */
export function supportTargets(ctx: BotContext): Target[] {
  const weights = zoneWeights(ctx);
  const out: Target[] = [];
  for (const zone of ctx.scenario.zones) {
    const state = ctx.view.zones[zone.id];
    if (!state) continue;
    for (const faction of factionsOf(ctx.view)) {
      const like = (ctx.persona.factions[faction] ?? 0);
      if (like <= 0.25) continue;
      const own = at(state.strength, faction);
      const enemies = at(ctx.scenario.factions, faction).enemies.reduce((sum, e) => sum + at(state.strength, e), 0);
      if (own <= 0 && enemies <= 0) continue;
      // Support matters where the faction is present and pressed, most where control is at stake.
      const pressure = enemies / (own + enemies + 1);
      // Arms for a faction that is not there buy little.
      let value = like * (weights[zone.id] ?? 1) * (0.3 + pressure) * (own > 0 ? 1 : 0.1);
      if (state.control === faction && pressure > 0.35) value *= 1.4;
      out.push({ zone: zone.id, faction, value });
    }
  }
  return out.sort((a, b) => b.value - a.value || a.zone.localeCompare(b.zone) || a.faction.localeCompare(b.faction));
}
