/**
 * Caspian Salvo: victory points. Public objectives are worth 2–4, secret ones 3–5; each power
 * draws one secret objective from its two or three options at setup. Each test is checked for
 * the objective's own power at the end of the match ("track" and "influence" read that power's
 * values). Strength shares are of the faction's total strength over all zones at the start.
 */
import type { ObjectiveSetup } from "../types";

export const objectives: readonly ObjectiveSetup[] = [
  // --- Russia
  { id: "rus-regime-holds-west", power: "russia", secret: false, points: 3, // was 4: with its new support part, Russia led at 42 % of wins (docs/balance.md)
    text: "The Syrian government holds Latakia, Damascus and Homs, and Russia has landed at least 12 support points for its army.",
    test: { kind: "all", tests: [
      { kind: "controls", faction: "regime", zones: ["latakia", "damascus", "homs"], need: "all" },
      { kind: "supportReceived", from: ["russia"], factions: ["regime"], atLeast: 12 },
    ] } },
  { id: "rus-prestige", power: "russia", secret: false, points: 2,
    text: "Prestige of 60 or more: long-range strikes that landed, flown with partners' consent.",
    test: { kind: "track", track: "prestige", atLeast: 60 } },
  { id: "rus-crescent-iran", power: "russia", secret: false, points: 2,
    text: "The crescent, part one: standing overflight rights from Iran at the end.",
    test: { kind: "overflightAtEnd", grantor: "iran", grantee: "russia", inForce: true } },
  { id: "rus-crescent-iraq", power: "russia", secret: false, points: 2,
    text: "The crescent, part two: standing overflight rights from Iraq at the end.",
    test: { kind: "overflightAtEnd", grantor: "iraq", grantee: "russia", inForce: true } },
  { id: "rus-no-quagmire", power: "russia", secret: false, points: 3,
    text: "A campaign, not a quagmire: cost ends between 40 and 70.",
    test: { kind: "track", track: "cost", atLeast: 40, atMost: 70 } },
  { id: "rus-intel-cell", power: "russia", secret: true, points: 4, // met in every bot match; 3 left Russia 10 points below its mean when drawn (docs/balance.md)
    text: "Iraq joins an intelligence cell with Russia.",
    test: { kind: "intelCell", with: "iraq" } },
  { id: "rus-no-nfz", power: "russia", secret: true, points: 4, // was 5 (4 before that): Russia led at 42 % (docs/balance.md)
    text: "No no-fly zone over two or more zones is ever in force.",
    test: { kind: "nfz", ever: false, zones: [], minZones: 2 } },
  { id: "rus-rebels-broken", power: "russia", secret: true, points: 4, // was 3 (4 before that): Russia trailed at 11 % of wins (docs/balance.md)
    text: "Whatever you claim to strike, the rebels end with at most 70% of their starting strength.",
    test: { kind: "factionStrengthAtMost", faction: "rebels", shareOfStart: 0.7 } },

  // --- United States
  { id: "usa-isis-halved", power: "usa", secret: false, points: 4,
    text: "The Islamic State ends with at most half its starting strength, American strikes having taken at least 30 of it.",
    test: { kind: "all", tests: [
      { kind: "factionStrengthAtMost", faction: "isis", shareOfStart: 0.5 },
      { kind: "strikesLanded", factions: ["isis"], atLeast: 30 },
    ] } },
  { id: "usa-iraq-coalition", power: "usa", secret: false, points: 4,
    text: "Iraq keeps its coalition ties: no Russian overflight rights over Iraq at the end.",
    test: { kind: "overflightAtEnd", grantor: "iraq", grantee: "russia", inForce: false } },
  { id: "usa-no-clash", power: "usa", secret: false, points: 4,
    text: "No direct clash with Russia: no shoot-down between American and Russian forces.",
    test: { kind: "noClash", with: "russia" } },
  { id: "usa-nfz", power: "usa", secret: true, points: 4,
    text: "A no-fly zone over at least two zones is in force at some point of the match.",
    test: { kind: "nfz", ever: true, zones: [], minZones: 2 } },
  { id: "usa-kurds-hasakah", power: "usa", secret: true, points: 5, // was 3: the US's only secret that needs it to arm the Kurds every turn (docs/balance.md)
    text: "Kurdish forces hold Hasakah at the end, with at least 12 points of American support landed for them.",
    test: { kind: "all", tests: [
      { kind: "controls", faction: "kurds", zones: ["hasakah"], need: "all" },
      { kind: "supportReceived", from: ["usa"], factions: ["kurds"], atLeast: 12 },
    ] } },

  // --- Iran
  { id: "irn-regime-survives", power: "iran", secret: false, points: 3,
    text: "The Syrian government survives: it holds Damascus at the end, with at least 12 points of Iranian support landed for it or Hezbollah.",
    test: { kind: "all", tests: [
      { kind: "controls", faction: "regime", zones: ["damascus"], need: "all" },
      { kind: "supportReceived", from: ["iran"], factions: ["regime", "hezbollah"], atLeast: 12 },
    ] } },
  { id: "irn-hezbollah-strong", power: "iran", secret: false, points: 4, // was 3: now a contested objective (at least 60 % stronger), Iran trailed at 8 % (docs/balance.md)
    text: "Hezbollah and its sister militias end at least 60% stronger than they started.",
    test: { kind: "factionStrengthAtLeast", faction: "hezbollah", shareOfStart: 1.6 } },
  { id: "irn-sanctions-relief", power: "iran", secret: false, points: 3,
    text: "Sanctions relief kept: no violation or broken commitment of Iran's is ever detected.",
    test: { kind: "noDetectedViolationOwn" } },
  { id: "irn-influence", power: "iran", secret: false, points: 3,
    text: "Influence of 50 or more in both Iraq and Syria.",
    test: { kind: "influence", countries: ["368", "760"], atLeast: 50 } },
  { id: "irn-consent-route", power: "iran", secret: true, points: 3, // was 4: Iran won 9 points above its mean with it (docs/balance.md)
    text: "At least two Russian strikes fly over Iran with Iran's consent.",
    test: { kind: "strikesOverWithConsent", flyer: "russia", over: "364", atLeast: 2 } },
  { id: "irn-us-out-of-iraq", power: "iran", secret: true, points: 5, // was 4 (5 before that): met in half the matches, 9 points below Iran's mean (docs/balance.md)
    text: "The Americans lose the run of Iraq's skies: no US overflight rights over Iraq at the end.",
    test: { kind: "overflightAtEnd", grantor: "iraq", grantee: "usa", inForce: false } },

  // --- Iraq
  { id: "irq-isis-out", power: "iraq", secret: false, points: 4,
    text: "The Islamic State controls neither Mosul nor Anbar at the end.",
    test: { kind: "notControls", faction: "isis", zones: ["mosul", "anbar"] } },
  { id: "irq-aid-west", power: "iraq", secret: false, points: 3, // was 2: Baghdad's coalition ties, worth as much as the Russian rights the US opposes (docs/balance.md)
    text: "Aid from the coalition: a new treaty with the United States, not revoked or broken by the end.",
    test: { kind: "treatyWith", partners: ["usa"], need: "all" } },
  { id: "irq-aid-east", power: "iraq", secret: false, points: 2,
    text: "Aid from the other camp: a new treaty with Russia or Iran, not revoked or broken by the end.",
    test: { kind: "treatyWith", partners: ["russia", "iran"], need: "any" } },
  { id: "irq-airspace", power: "iraq", secret: false, points: 4,
    text: "Iraq's airspace respected: no flight crosses it without Iraq's consent, seen or not.",
    test: { kind: "airspaceRespected", allowShootDowns: false } },
  { id: "irq-intel-cell", power: "iraq", secret: true, points: 4, // was 3: 5 points below Iraq's mean when drawn (docs/balance.md)
    text: "The joint intelligence cell in Baghdad becomes real: an intelligence cell with Russia.",
    test: { kind: "intelCell", with: "russia" } },
  { id: "irq-mosul-not-kurdish", power: "iraq", secret: true, points: 3, // was 4: met in every bot match, Iraq led at 33 % (docs/balance.md)
    text: "Mosul must not become a Kurdish prize: Kurdish strength in Mosul stays at 30 or below.",
    test: { kind: "factionStrengthIn", faction: "kurds", zones: ["mosul"], atMost: 30 } },

  // --- Turkey
  { id: "tur-nfz", power: "turkey", secret: false, points: 4,
    text: "A no-fly zone or safe zone is in force over all of northern Syria (Aleppo, Idlib, Raqqa, Hasakah) at some point.",
    test: { kind: "nfz", ever: true, zones: ["aleppo", "idlib", "raqqa", "hasakah"], minZones: 4 } },
  { id: "tur-kurds-weak", power: "turkey", secret: false, points: 4, // was 3: Turkey's central aim, contested by US support to the Kurds (docs/balance.md)
    text: "Kurdish forces end with at most 80% of their starting strength, Turkish strikes having taken at least 15 of it.",
    test: { kind: "all", tests: [
      { kind: "factionStrengthAtMost", faction: "kurds", shareOfStart: 0.8 },
      { kind: "strikesLanded", factions: ["kurds"], atLeast: 15 },
    ] } },
  { id: "tur-rebels-hold", power: "turkey", secret: false, points: 4, // was 3: Turkey trailed at 7 % of wins (docs/balance.md)
    text: "The rebels hold Idlib or Aleppo at the end.",
    test: { kind: "controls", faction: "rebels", zones: ["idlib", "aleppo"], need: "any" } },
  { id: "tur-airspace", power: "turkey", secret: false, points: 4, // was 2: Ankara's red line in 2015; other powers route around it (docs/balance.md)
    text: "Turkish airspace respected: no flight crosses it without Turkey's consent, unless Turkey intercepts it.",
    test: { kind: "airspaceRespected", allowShootDowns: true } },
  // Ankara's red line of 2015 was the Kurds crossing west of the Euphrates (the Aleppo zone). With
  // Raqqa in it too the objective was met in 0.3 % of bot matches: the Kurds take Raqqa from the
  // Islamic State in most (docs/balance.md).
  { id: "tur-no-kurdish-corridor", power: "turkey", secret: true, points: 4,
    text: "No Kurdish corridor west of the Euphrates: Kurdish forces do not control Aleppo.",
    test: { kind: "notControls", faction: "kurds", zones: ["aleppo"] } },
  // Was 4 points and at most 85 %: the army grows with Russian and Iranian support and ended at
  // 98–117 % of its start in bot matches, so the objective was never met (docs/balance.md).
  { id: "tur-regime-weakened", power: "turkey", secret: true, points: 5,
    text: "Assad held in check: the Syrian army ends at most 5% stronger than it started.",
    test: { kind: "factionStrengthAtMost", faction: "regime", shareOfStart: 1.05 } },
  { id: "tur-influence-syria", power: "turkey", secret: true, points: 4, // was 5 (3 before that): met in nearly every bot match, 9 points above Turkey's mean (docs/balance.md)
    text: "Influence of 35 or more in Syria.",
    test: { kind: "influence", countries: ["760"], atLeast: 35 } },

  // --- Syria
  { id: "syr-control", power: "syria", secret: false, points: 4,
    text: "The government controls Latakia, Damascus, Homs and Hama at the end, its own strikes having taken at least 15 strength from the rebels or the Islamic State.",
    test: { kind: "all", tests: [
      { kind: "controls", faction: "regime", zones: ["latakia", "damascus", "homs", "hama"], need: "all" },
      { kind: "strikesLanded", factions: ["rebels", "isis"], atLeast: 15 },
    ] } },
  { id: "syr-no-nfz", power: "syria", secret: false, points: 4,
    text: "No no-fly zone over two or more Syrian zones is ever in force.",
    test: { kind: "nfz", ever: false, zones: ["aleppo", "idlib", "latakia", "hama", "homs", "damascus", "palmyra", "raqqa", "deirezzor", "hasakah"], minZones: 2 } },
  { id: "syr-support", power: "syria", secret: false, points: 4,
    text: "Russian and Iranian support: a support pact with Russia or Iran, and together they land at least 20 support points for the Syrian army.",
    test: { kind: "all", tests: [
      { kind: "treatyWith", partners: ["russia", "iran"], need: "any", term: "support" },
      { kind: "supportReceived", from: ["russia", "iran"], factions: ["regime"], atLeast: 20 },
    ] } },
  { id: "syr-retake-aleppo", power: "syria", secret: true, points: 5,
    text: "Retake Aleppo: the government controls it at the end.",
    test: { kind: "controls", faction: "regime", zones: ["aleppo"], need: "all" } },
  { id: "syr-retake-palmyra", power: "syria", secret: true, points: 5,
    text: "Retake Palmyra from the Islamic State.",
    test: { kind: "controls", faction: "regime", zones: ["palmyra"], need: "all" } },
  // Was "back at the table: legitimacy of 35 or more", never met: Syria starts at 20 and its barrel
  // bombs (collateral 0.08 a unit) and the quagmire (its cost starts at 60) take it to 0 (docs/balance.md).
  { id: "syr-army-rebuilt", power: "syria", secret: true, points: 5, // replaces syr-legitimacy (never met): 9 points below Syria's mean at 4 (docs/balance.md)
    text: "The army rebuilt: the Syrian army ends at least 10% stronger than it started.",
    test: { kind: "factionStrengthAtLeast", faction: "regime", shareOfStart: 1.1 } },

  // --- Every power: its word and its standing (credibility and legitimacy are worth points to all).
  // The standing threshold is about the median fall of the power's legitimacy in bot matches, so
  // that each exposed false claim or detected violation can cost it the points (docs/balance.md).
  // Russia and Syria, whose strikes harm many civilians, fall to 0 in bot play whatever they do.
  { id: "rus-word-kept", power: "russia", secret: false, points: 2,
    text: "Your word is good: a treaty you made stands at the end, and credibility ends no lower than it started (an early revocation or a broken pledge loses this).",
    test: { kind: "all", tests: [
      { kind: "treatyWith", partners: ["usa", "iran", "iraq", "turkey", "syria"], need: "any" },
      { kind: "trackFromStart", track: "credibility", atLeastChange: 0 },
    ] } },
  { id: "rus-standing", power: "russia", secret: false, points: 2,
    text: "Standing kept in the fight: your strikes take at least 30 strength from the rebels or the Islamic State, and legitimacy ends no more than 19 below where it started.",
    test: { kind: "all", tests: [
      { kind: "strikesLanded", factions: ["rebels", "isis"], atLeast: 30 },
      { kind: "trackFromStart", track: "legitimacy", atLeastChange: -19 },
    ] } },
  { id: "usa-word-kept", power: "usa", secret: false, points: 4, // was 2: the US trailed at 7.5 % (docs/balance.md)
    text: "Your word is good: a treaty you made stands at the end, and credibility ends no lower than it started (an early revocation or a broken pledge loses this).",
    test: { kind: "all", tests: [
      { kind: "treatyWith", partners: ["russia", "iran", "iraq", "turkey", "syria"], need: "any" },
      { kind: "trackFromStart", track: "credibility", atLeastChange: 0 },
    ] } },
  { id: "usa-standing", power: "usa", secret: false, points: 3, // was 2: the US trailed at 5 % (docs/balance.md)
    text: "Standing kept in the fight: your strikes take at least 30 strength from the Islamic State, and legitimacy ends no more than 8 below where it started.",
    test: { kind: "all", tests: [
      { kind: "strikesLanded", factions: ["isis"], atLeast: 30 },
      { kind: "trackFromStart", track: "legitimacy", atLeastChange: -8 },
    ] } },
  { id: "irn-word-kept", power: "iran", secret: false, points: 2,
    text: "Your word is good: a treaty you made stands at the end, and credibility ends no lower than it started (an early revocation or a broken pledge loses this).",
    test: { kind: "all", tests: [
      { kind: "treatyWith", partners: ["russia", "usa", "iraq", "turkey", "syria"], need: "any" },
      { kind: "trackFromStart", track: "credibility", atLeastChange: 0 },
    ] } },
  { id: "irn-standing", power: "iran", secret: false, points: 3, // was 2 (docs/balance.md)
    text: "Standing kept in the fight: your strikes take at least 15 strength from the Islamic State, and legitimacy ends no more than 8 below where it started.",
    test: { kind: "all", tests: [
      { kind: "strikesLanded", factions: ["isis"], atLeast: 15 },
      { kind: "trackFromStart", track: "legitimacy", atLeastChange: -8 },
    ] } },
  { id: "irq-word-kept", power: "iraq", secret: false, points: 2,
    text: "Your word is good: a treaty you made stands at the end, and credibility ends no lower than it started (an early revocation or a broken pledge loses this).",
    test: { kind: "all", tests: [
      { kind: "treatyWith", partners: ["russia", "usa", "iran", "turkey", "syria"], need: "any" },
      { kind: "trackFromStart", track: "credibility", atLeastChange: 0 },
    ] } },
  { id: "irq-standing", power: "iraq", secret: false, points: 3, // was 2: met in a third of matches, the objective Iraq's lead rests least on (docs/balance.md)
    text: "Standing kept in the fight: your strikes take at least 15 strength from the Islamic State, and legitimacy ends no more than 6 below where it started.",
    test: { kind: "all", tests: [
      { kind: "strikesLanded", factions: ["isis"], atLeast: 15 },
      { kind: "trackFromStart", track: "legitimacy", atLeastChange: -6 },
    ] } },
  { id: "tur-word-kept", power: "turkey", secret: false, points: 2,
    text: "Your word is good: a treaty you made stands at the end, and credibility ends no lower than it started (an early revocation or a broken pledge loses this).",
    test: { kind: "all", tests: [
      { kind: "treatyWith", partners: ["russia", "usa", "iran", "iraq", "syria"], need: "any" },
      { kind: "trackFromStart", track: "credibility", atLeastChange: 0 },
    ] } },
  { id: "tur-standing", power: "turkey", secret: false, points: 3, // was 2 (docs/balance.md)
    text: "Standing kept in the fight: your strikes take at least 15 strength from the Kurds or the Islamic State, and legitimacy ends no more than 3 below where it started.",
    test: { kind: "all", tests: [
      { kind: "strikesLanded", factions: ["kurds", "isis"], atLeast: 15 },
      { kind: "trackFromStart", track: "legitimacy", atLeastChange: -3 },
    ] } },
  { id: "syr-word-kept", power: "syria", secret: false, points: 3, // was 2 (docs/balance.md)
    text: "Your word is good: a treaty you made stands at the end, and credibility ends no lower than it started (an early revocation or a broken pledge loses this).",
    test: { kind: "all", tests: [
      { kind: "treatyWith", partners: ["russia", "usa", "iran", "iraq", "turkey"], need: "any" },
      { kind: "trackFromStart", track: "credibility", atLeastChange: 0 },
    ] } },
  { id: "syr-standing", power: "syria", secret: false, points: 2,
    text: "Standing kept in the fight: your strikes take at least 15 strength from the rebels or the Islamic State, and legitimacy ends no more than 10 below where it started.",
    test: { kind: "all", tests: [
      { kind: "strikesLanded", factions: ["rebels", "isis"], atLeast: 15 },
      { kind: "trackFromStart", track: "legitimacy", atLeastChange: -10 },
    ] } },
];
