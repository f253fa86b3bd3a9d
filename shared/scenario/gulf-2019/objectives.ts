/**
 * Gulf 2019: victory points. Public objectives are worth 2–4, secret ones 3–5; each power draws
 * one secret objective from its two at setup. Each test is checked for the objective's own power
 * at the end of the match ("track" and "influence" read that power's values). Strength shares are
 * of the faction's total strength over all zones at the start.
 */
import type { ObjectiveSetup } from "../types";

/** "Your word is good", the same for every power: id prefix, power, and the others it may have a treaty with. */
const wordKept = (prefix: string, power: string, partners: string[]): ObjectiveSetup => ({
  id: `${prefix}-word-kept`,
  power,
  secret: false,
  points: 2,
  text: "Your word is good: a treaty you made stands at the end, and credibility ends no lower than it started (an early revocation or a broken pledge loses this).",
  test: { kind: "all", tests: [
    { kind: "treatyWith", partners, need: "any" },
    { kind: "trackFromStart", track: "credibility", atLeastChange: 0 },
  ] },
});

export const objectives: readonly ObjectiveSetup[] = [
  // --- United States
  { id: "usa-no-war", power: "usa", secret: false, points: 2,
    text: "Pressure, not war: no shoot-down or interception between American and Iranian forces.",
    test: { kind: "noClash", with: "iran" } },
  { id: "usa-pmf-weak", power: "usa", secret: false, points: 2,
    text: "The Iran-aligned militias in Iraq end with at most 80% of their starting strength.",
    test: { kind: "factionStrengthAtMost", faction: "pmf", shareOfStart: 0.8 } },
  { id: "usa-aqap", power: "usa", secret: false, points: 3,
    text: "Al-Qaeda in the Arabian Peninsula ends with at most 70% of its starting strength, American strikes having taken at least 8 of it.",
    test: { kind: "all", tests: [
      { kind: "factionStrengthAtMost", faction: "aqap", shareOfStart: 0.7 },
      { kind: "strikesLanded", factions: ["aqap"], atLeast: 8 },
    ] } },
  { id: "usa-iraq-skies", power: "usa", secret: false, points: 2,
    text: "Baghdad keeps its skies open to you: standing overflight rights from Iraq at the end.",
    test: { kind: "overflightAtEnd", grantor: "iraq", grantee: "usa", inForce: true } },
  wordKept("usa", "usa", ["iran", "saudi", "uae", "iraq"]),
  { id: "usa-standing", power: "usa", secret: false, points: 2,
    text: "Standing kept: prestige ends at 55 or more, legitimacy no more than 5 below where it started.",
    test: { kind: "all", tests: [
      { kind: "track", track: "prestige", atLeast: 55 },
      { kind: "trackFromStart", track: "legitimacy", atLeastChange: -5 },
    ] } },
  { id: "usa-saudi-basing", power: "usa", secret: true, points: 3,
    text: "Back at Prince Sultan: a basing treaty with Saudi Arabia agreed during the match, standing at the end.",
    test: { kind: "treatyWith", partners: ["saudi"], need: "all", term: "basing" } },
  { id: "usa-houthis-contained", power: "usa", secret: true, points: 3,
    text: "The Houthis end with at most 85% of their starting strength, without an American shoot-down of anyone's aircraft.",
    test: { kind: "all", tests: [
      { kind: "factionStrengthAtMost", faction: "houthis", shareOfStart: 0.85 },
      { kind: "noClash", with: "iran" },
    ] } },

  // --- Iran
  { id: "irn-houthis-hold", power: "iran", secret: false, points: 3,
    text: "The Houthis hold Sanaa or Hodeidah at the end.",
    test: { kind: "controls", faction: "houthis", zones: ["sanaa", "hodeidah"], need: "any" } },
  { id: "irn-pmf-strong", power: "iran", secret: false, points: 3,
    text: "The militias in Iraq end with at least 75% of their starting strength, with at least 8 Iranian support points landed for them.",
    test: { kind: "all", tests: [
      { kind: "factionStrengthAtLeast", faction: "pmf", shareOfStart: 0.75 },
      { kind: "supportReceived", from: ["iran"], factions: ["pmf"], atLeast: 8 },
    ] } },
  { id: "irn-deniable", power: "iran", secret: false, points: 3,
    text: "Deniability: no violation or broken commitment of Iran's is ever detected.",
    test: { kind: "noDetectedViolationOwn" } },
  { id: "irn-no-war", power: "iran", secret: false, points: 2,
    text: "No war: no shoot-down or interception between Iranian and American forces.",
    test: { kind: "noClash", with: "usa" } },
  { id: "irn-influence", power: "iran", secret: false, points: 3,
    text: "Influence of 50 or more in Iraq and of 40 or more in Yemen: what you had in May, kept.",
    test: { kind: "all", tests: [
      { kind: "influence", countries: ["368"], atLeast: 50 },
      { kind: "influence", countries: ["887"], atLeast: 40 },
    ] } },
  wordKept("irn", "iran", ["usa", "saudi", "uae", "iraq"]),
  { id: "irn-arm-houthis", power: "iran", secret: true, points: 4,
    text: "Arms for Ansar Allah: at least 16 Iranian support points landed for the Houthis.",
    test: { kind: "supportReceived", from: ["iran"], factions: ["houthis"], atLeast: 16 } },
  { id: "irn-gulf-talks", power: "iran", secret: true, points: 4,
    text: "Split the Gulf: a treaty with the Emirates or Saudi Arabia agreed during the match, standing at the end.",
    test: { kind: "treatyWith", partners: ["uae", "saudi"], need: "any" } },

  // --- Saudi Arabia
  { id: "sau-houthis-weak", power: "saudi", secret: false, points: 4,
    text: "The Houthis end with at most 80% of their starting strength, Saudi strikes having taken at least 15 of it.",
    test: { kind: "all", tests: [
      { kind: "factionStrengthAtMost", faction: "houthis", shareOfStart: 0.8 },
      { kind: "strikesLanded", factions: ["houthis"], atLeast: 15 },
    ] } },
  { id: "sau-government-holds", power: "saudi", secret: false, points: 3,
    text: "The government you restored holds Aden and Marib at the end.",
    test: { kind: "controls", faction: "yemeni-govt", zones: ["aden", "marib"], need: "all" } },
  { id: "sau-us-commitment", power: "saudi", secret: false, points: 3,
    text: "An American commitment: a treaty with the United States agreed during the match, standing at the end.",
    test: { kind: "treatyWith", partners: ["usa"], need: "all" } },
  { id: "sau-legitimacy", power: "saudi", secret: false, points: 2,
    text: "A war the world can accept: legitimacy ends no more than 20 below where it started.",
    test: { kind: "trackFromStart", track: "legitimacy", atLeastChange: -20 } },
  wordKept("sau", "saudi", ["usa", "iran", "uae", "iraq"]),
  { id: "sau-pmf-weak", power: "saudi", secret: true, points: 4,
    text: "Iran's reach cut back: the militias in Iraq end with at most 85% of their starting strength.",
    test: { kind: "factionStrengthAtMost", faction: "pmf", shareOfStart: 0.85 } },
  { id: "sau-taiz-marib", power: "saudi", secret: true, points: 4,
    text: "The government holds Marib and Taiz at the end.",
    test: { kind: "controls", faction: "yemeni-govt", zones: ["marib", "taiz"], need: "all" } },

  // --- United Arab Emirates
  { id: "uae-stc-aden", power: "uae", secret: false, points: 4,
    text: "Your southern allies take Aden: the Southern Transitional Council controls it at the end.",
    test: { kind: "controls", faction: "stc", zones: ["aden"], need: "all" } },
  { id: "uae-aqap", power: "uae", secret: false, points: 3,
    text: "Al-Qaeda in the Arabian Peninsula ends with at most 70% of its starting strength, Emirati strikes having taken at least 8 of it.",
    test: { kind: "all", tests: [
      { kind: "factionStrengthAtMost", faction: "aqap", shareOfStart: 0.7 },
      { kind: "strikesLanded", factions: ["aqap"], atLeast: 8 },
    ] } },
  { id: "uae-no-clash", power: "uae", secret: false, points: 3,
    text: "No war across the water: no shoot-down or interception between Emirati and Iranian forces.",
    test: { kind: "noClash", with: "iran" } },
  wordKept("uae", "uae", ["usa", "iran", "saudi", "iraq"]),
  { id: "uae-standing", power: "uae", secret: false, points: 2,
    text: "Standing kept: legitimacy ends no more than 15 below where it started.",
    test: { kind: "trackFromStart", track: "legitimacy", atLeastChange: -15 } },
  { id: "uae-iran-talks", power: "uae", secret: true, points: 4,
    text: "A channel to Tehran: a treaty with Iran agreed during the match, standing at the end.",
    test: { kind: "treatyWith", partners: ["iran"], need: "all" } },
  { id: "uae-stc-shabwa", power: "uae", secret: true, points: 4,
    text: "The Southern Transitional Council controls Shabwa at the end, with at least 8 Emirati support points landed for it.",
    test: { kind: "all", tests: [
      { kind: "controls", faction: "stc", zones: ["shabwa"], need: "all" },
      { kind: "supportReceived", from: ["uae"], factions: ["stc"], atLeast: 8 },
    ] } },

  // --- Iraq
  { id: "irq-isis-down", power: "iraq", secret: false, points: 3,
    text: "The Islamic State ends with at most 60% of its starting strength, Iraqi strikes having taken at least 10 of it.",
    test: { kind: "all", tests: [
      { kind: "factionStrengthAtMost", faction: "isis", shareOfStart: 0.6 },
      { kind: "strikesLanded", factions: ["isis"], atLeast: 10 },
    ] } },
  { id: "irq-both-sides", power: "iraq", secret: false, points: 3,
    text: "Friends on both sides: treaties with both the United States and Iran agreed during the match, standing at the end.",
    test: { kind: "treatyWith", partners: ["usa", "iran"], need: "all" } },
  { id: "irq-airspace", power: "iraq", secret: false, points: 3,
    text: "Iraq's airspace respected: no flight crosses it without Iraq's consent, seen or not, unless Iraq brought it down.",
    test: { kind: "airspaceRespected", allowShootDowns: true } },
  wordKept("irq", "iraq", ["usa", "iran", "saudi", "uae"]),
  { id: "irq-standing", power: "iraq", secret: false, points: 2,
    text: "Standing kept: legitimacy ends no more than 8 below where it started.",
    test: { kind: "trackFromStart", track: "legitimacy", atLeastChange: -8 } },
  { id: "irq-mediator", power: "iraq", secret: true, points: 4,
    text: "Baghdad the go-between: treaties with both Saudi Arabia and Iran agreed during the match, standing at the end.",
    test: { kind: "treatyWith", partners: ["saudi", "iran"], need: "all" } },
  { id: "irq-pmf-reined", power: "iraq", secret: true, points: 4,
    text: "The militias brought under the state: at most 50 of their strength left at Jurf al-Sakhar.",
    test: { kind: "factionStrengthIn", faction: "pmf", zones: ["jurf"], atMost: 50 } },
];
