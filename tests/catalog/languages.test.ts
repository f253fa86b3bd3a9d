/**
 * Every language's catalog: French words every cause, error and bot-match event with its
 * parameters and without, never falls back on English, and formats in its own locale.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { CAUSE_CODES, ERROR_CODES, getScenario } from "../../shared";
import type { Cause, GameEvent, Params } from "../../shared";
import { playBotMatch } from "../../shared/bots";
import { causeText, describeEvent, en, errorText, LANGUAGES, LOCALES, messagesFor } from "../../shared/catalog";
import { fr } from "../../shared/catalog/fr";

const scenario = getScenario("caspian-salvo");
const BROKEN = /undefined|null|NaN|\{|\}|\[object|unknown|inconnu/;

const full: Required<Omit<Cause, "code">> = {
  zone: "idlib", faction: "isis", country: "792", asset: "caspian-flotilla", power: "turkey",
  treaty: "t5", card: "ev-air-safety-memo", units: 2, launched: 4, weapon: "missile", nfz: true,
};
const every: Params = {
  strike: "k1", asset: "caspian-flotilla", zone: "idlib", available: 2, used: 3, power: "russia", km: 1500, weapon: "kalibr", range: 1200, have: 3, given: 4,
  faction: "isis", flown: 2, treaty: "t5", status: "expired", proposal: "p4", term: "overflight", most: 4, card: "ev-air-safety-memo", country: "792",
  command: "pause", turn: 1, phase: "orders", now: 2, at: "orders.strikes.0", detail: "Too big", message: "nonsense", what: "draft", scenario: "nowhere",
  key: "seat", max: 5, whose: "teacher", who: "captain", powers: "russia iran", why: "turn", seconds: 30, cap: 4, teams: 0,
};

describe("the catalog's languages", () => {
  it("has a catalog and a locale for every language", () => {
    expect(LANGUAGES).toEqual(["en", "fr"]);
    expect(messagesFor("en")).toBe(en);
    expect(messagesFor("fr")).toBe(fr);
    for (const l of LANGUAGES) expect(messagesFor(l).locale).toBe(LOCALES[l]);
  });

  it.each(CAUSE_CODES.filter((c) => c !== "card").map((c) => [c]))("words cause %s in French, not in English", (code) => {
    const text = causeText({ code, ...full }, scenario, fr);
    expect(text).not.toMatch(BROKEN);
    expect(text).not.toBe(causeText({ code, ...full }, scenario, en));
    expect(causeText({ code }, scenario, fr)).not.toMatch(/undefined|NaN|\{|\}|\[object/);
  });

  it.each(ERROR_CODES.map((c) => [c]))("words error %s in French, with its parameters and without", (code) => {
    const text = errorText({ code, params: every }, scenario, fr);
    expect(text).toMatch(/^[A-ZÀ-Ý«]/);
    expect(text).not.toMatch(BROKEN);
    expect(text).not.toBe(errorText({ code, params: every }, scenario, en));
    expect(errorText({ code, params: {} }, scenario, fr)).not.toMatch(/undefined|NaN|\{|\}|\[object/);
  });

  it("words every event of a bot match in French, each unlike its English", () => {
    const { state } = playBotMatch({ seed: "catalog-fr", levels: Object.fromEntries(CASPIAN_POWERS.map((p) => [p, "normal"])) as Record<(typeof CASPIAN_POWERS)[number], "normal"> });
    const kinds = new Set<string>();
    for (const e of state.log as GameEvent[]) {
      kinds.add(e.kind);
      const text = describeEvent(e, scenario, fr);
      expect(text, JSON.stringify(e)).not.toMatch(BROKEN);
      // A card's headline and text are the scenario's; everything else is worded anew.
      if (e.kind !== "card") expect(text).not.toBe(describeEvent(e, scenario, en));
    }
    expect(kinds.size).toBeGreaterThan(8);
  });

  it("formats numbers, plurals and lists in French", () => {
    const cause: Cause = { code: "strike/launched", asset: "caspian-flotilla", units: 26, weapon: "missile" };
    expect(causeText(cause, scenario, fr)).toBe("26 missiles lancés depuis Caspian Flotilla (4 ships)");
    expect(causeText({ ...cause, units: 1 }, scenario, fr)).toBe("1 missile lancé depuis Caspian Flotilla (4 ships)");
    expect(errorText({ code: "order/out_of_range", params: { zone: "idlib", km: 2590, weapon: "kalibr", range: 1500.5 } }, scenario, fr)).toBe(
      "La route vers Idlib fait 2\u202f590 km ; Kalibr cruise missile porte à 1\u202f500,5 km.",
    );
    const at = { seq: 1, turn: 2, phase: "resolution", visibleTo: "all" } as const;
    expect(describeEvent({ ...at, kind: "treaty", treatyId: "t1", term: { kind: "intel", members: ["russia", "iran", "syria"], turns: 2 }, parties: ["russia", "iran", "syria"], status: "active", by: null }, scenario, fr)).toBe(
      "Le traité t1 (cellule de renseignement entre Russia, Iran et Syria) est en vigueur.",
    );
  });
});
