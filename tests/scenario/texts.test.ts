/**
 * Each shipped scenario's prose in its other languages: complete (every brief, objective and card),
 * naming only the scenario's own ids, translated rather than copied; read through the game's
 * catalog and kept out where a teacher's file rewrites it.
 */
import { describe, expect, it } from "vitest";
import { describeEvent, messagesFor } from "../../shared/catalog";
import type { GameEvent } from "../../shared/events";
import { SCENARIOS } from "../../shared/scenario";
import { caspianSalvo } from "../../shared/scenario/caspian-salvo";
import { buildScenario } from "../../shared/scenario/file";
import { powerIds } from "../../shared/scenario/ids-of";
import { cardIn, objectiveIn, textsIn } from "../../shared/scenario/texts";

describe.each(Object.values(SCENARIOS))("$name in French", (scenario) => {
  const fr = textsIn(scenario, "fr")!;

  it("has every brief, objective and card, and no id the scenario lacks", () => {
    expect(fr).toBeDefined();
    expect(Object.keys(fr.briefs ?? {}).sort()).toEqual([...powerIds(scenario)].sort());
    expect(Object.keys(fr.objectives ?? {}).sort()).toEqual(scenario.objectives.map((o) => o.id).sort());
    expect(Object.keys(fr.events ?? {}).sort()).toEqual(scenario.events.map((c) => c.id).sort());
    expect(Object.keys(fr.presets ?? {}).sort()).toEqual(scenario.lessonPresets.map((p) => p.id).sort());
    expect(fr.summary && fr.date).toBeTruthy();
  });

  it("is translated, not copied: no text is the English one", () => {
    expect(fr.summary).not.toBe(scenario.summary);
    for (const p of powerIds(scenario)) expect(fr.briefs![p], p).not.toBe(scenario.powers[p]!.brief);
    for (const o of scenario.objectives) expect(fr.objectives![o.id], o.id).not.toBe(o.text);
    for (const c of scenario.events) {
      expect(fr.events![c.id]!.headline, c.id).not.toBe(c.headline);
      expect(fr.events![c.id]!.text, c.id).not.toBe(c.text);
    }
  });

  it("keeps every number of the English text", () => {
    const numbers = (t: string) => (t.match(/\d+/g) ?? []).filter((n) => n !== "0").sort();
    for (const o of scenario.objectives) expect(numbers(fr.objectives![o.id]!).join(" "), o.id).toBe(numbers(o.text).join(" "));
  });
});

describe("reading a scenario's prose", () => {
  it("falls back to the English words for a language or an id it lacks", () => {
    const card = caspianSalvo.events[0]!;
    expect(cardIn(caspianSalvo, "fr", card.id, card).headline).not.toBe(card.headline);
    expect(cardIn(caspianSalvo, "en", card.id, card)).toEqual({ headline: card.headline, text: card.text });
    expect(cardIn(caspianSalvo, "fr", "inject-own", { headline: "Ours", text: "Words" })).toEqual({ headline: "Ours", text: "Words" });
    expect(objectiveIn(caspianSalvo, "fr", "no-such-objective", "As given")).toBe("As given");
    expect(objectiveIn(caspianSalvo, "fr", "constructor", "As given")).toBe("As given");
  });

  it("words a card in the game's catalog in the catalog's language", () => {
    const card = caspianSalvo.events[0]!;
    const event = { kind: "card", turn: 1, phase: "briefing", cardId: card.id, headline: card.headline, text: card.text, effects: [], injected: false, to: null } as unknown as GameEvent;
    expect(describeEvent(event, caspianSalvo, messagesFor("fr"))).toContain(textsIn(caspianSalvo, "fr")!.events![card.id]!.headline);
    expect(describeEvent(event, caspianSalvo, messagesFor("en"))).toContain(card.headline);
  });

  it("drops the base's translation of what a teacher's file rewrites, and keeps the rest", () => {
    const objective = caspianSalvo.objectives[0]!;
    const built = buildScenario({ format: 1, base: caspianSalvo.id, name: "Variant", summary: "Our own summary.", objectives: [{ ...objective, text: "Our own words." }] }, caspianSalvo);
    const fr = textsIn(built, "fr")!;
    expect(fr.summary).toBeUndefined();
    expect(objectiveIn(built, "fr", objective.id, "Our own words.")).toBe("Our own words.");
    expect(fr.events).toEqual(textsIn(caspianSalvo, "fr")!.events);
    expect(fr.briefs).toEqual(textsIn(caspianSalvo, "fr")!.briefs);
    expect(fr.presets).toEqual(textsIn(caspianSalvo, "fr")!.presets);
  });
});
