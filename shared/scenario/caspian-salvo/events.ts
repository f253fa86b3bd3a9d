/**
 * Caspian Salvo: the event deck. A turn is a week from 7 October 2015, so turn n starts
 * about 7 Oct + 7(n-1) days. Cards announce context; the strikes themselves are players' orders.
 * Cards with turn null are for the facilitator to play when the class needs them.
 */
import type { EventCard } from "../types";

export const events: readonly EventCard[] = [
  // --- Scheduled
  {
    id: "ev-air-campaign", turn: 1,
    headline: "Russia's air campaign enters its second week",
    text: "Russian aircraft at Hmeimim have flown strikes since 30 September. Moscow says it is hitting the Islamic State; Western capitals say most strikes fall on other rebel groups in Idlib, Hama and Latakia.",
    effects: [{ kind: "track", power: "russia", track: "prestige", delta: 2 }, { kind: "track", power: "russia", track: "legitimacy", delta: -2 }],
  },
  {
    id: "ev-baghdad-cell", turn: 1,
    headline: "Joint intelligence cell announced in Baghdad",
    text: "Iraq says it will share intelligence on the Islamic State with Russia, Iran and Syria from a joint centre in Baghdad (announced 27 September). Washington, which leads the coalition Iraq hosts, is not pleased.",
    effects: [{ kind: "influence", power: "russia", country: "368", delta: 3 }, { kind: "influence", power: "usa", country: "368", delta: -2 }],
  },
  {
    id: "ev-turkish-warning", turn: 2,
    headline: "Turkey warns after Russian jets enter its airspace",
    text: "Russian aircraft crossed into Turkish airspace over Hatay on 3 and 4 October. Ankara publishes its rules of engagement; NATO backs its ally and warns of the risk of escalation.",
    effects: [{ kind: "escalation", delta: 0.5 }, { kind: "track", power: "turkey", track: "credibility", delta: 2 }],
  },
  {
    id: "ev-hama-offensive", turn: 2,
    headline: "Government ground offensive in Hama and Latakia",
    text: "Backed by Russian air strikes, the Syrian army and allied militias attack rebel lines north of Hama and in the Latakia mountains. Anti-tank missiles supplied to vetted rebels blunt the first assaults.",
    effects: [{ kind: "strength", zone: "hama", faction: "regime", delta: 4 }, { kind: "strength", zone: "latakia", faction: "rebels", delta: -3 }],
  },
  {
    id: "ev-refugees", turn: 3,
    headline: "Refugee flows into Turkey",
    text: "Tens of thousands flee the fighting around Aleppo towards the Turkish border. Turkey already hosts two million Syrians; the EU courts Ankara with an action plan on migration.",
    effects: [{ kind: "civilians", zone: "aleppo", delta: -50 }, { kind: "track", power: "turkey", track: "cost", delta: 3 }, { kind: "track", power: "turkey", track: "prestige", delta: 2 }],
  },
  {
    id: "ev-aleppo-push", turn: 3,
    headline: "Iranian commanders lead an offensive south of Aleppo",
    text: "Revolutionary Guards officers, Hezbollah and Shia volunteers join the army south of Aleppo. A senior Guards general was killed near the city on 8 October.",
    effects: [{ kind: "strength", zone: "aleppo", faction: "hezbollah", delta: 5 }, { kind: "track", power: "iran", track: "cost", delta: 2 }],
  },
  {
    id: "ev-vienna", turn: 4,
    headline: "Talks on Syria in Vienna, with Iran at the table",
    text: "Foreign ministers of the powers with a stake in Syria meet in Vienna (30 October). For the first time Iran is invited. No one agrees on Assad's fate.",
    effects: [{ kind: "track", power: "iran", track: "prestige", delta: 3 }, { kind: "track", power: "iran", track: "legitimacy", delta: 2 }, { kind: "escalation", delta: -0.5 }],
  },
  {
    id: "ev-sanctions-review", turn: 5,
    headline: "Sanctions relief review",
    text: "Inspectors report on Iran's steps under the nuclear deal; relief depends on a clean record. Any detected breach of Iran's commitments would now cost it dearly.",
    effects: [{ kind: "track", power: "iran", track: "credibility", delta: 2 }],
  },
  {
    id: "ev-hasakah-offensive", turn: 5,
    headline: "Kurdish-led offensive in the Hasakah countryside",
    text: "The new Syrian Democratic Forces, led by the YPG and backed by coalition air power, push the Islamic State back from the south of Hasakah province. Ankara protests.",
    effects: [{ kind: "strength", zone: "hasakah", faction: "kurds", delta: 5 }, { kind: "strength", zone: "hasakah", faction: "isis", delta: -5 }],
  },
  {
    id: "ev-attacks-abroad", turn: 6,
    headline: "The Islamic State strikes abroad",
    text: "A Russian airliner is brought down over Sinai (31 October) and gunmen attack Paris (13 November); IS claims both. Pressure grows on every power to aim at the Islamic State.",
    effects: [{ kind: "track", power: "russia", track: "legitimacy", delta: 2 }, { kind: "track", power: "usa", track: "legitimacy", delta: 2 }],
  },
  {
    id: "ev-sinjar", turn: 6,
    headline: "Peshmerga retake Sinjar",
    text: "Kurdish forces, with coalition air support, cut the road between Mosul and Raqqa at Sinjar (13 November).",
    effects: [{ kind: "strength", zone: "mosul", faction: "kurds", delta: 5 }, { kind: "strength", zone: "mosul", faction: "isis", delta: -4 }],
  },
  {
    id: "ev-resolution-2249", turn: 7,
    headline: "UN Security Council Resolution 2249",
    text: "The Council unanimously calls on states to take all necessary measures against the Islamic State in Syria and Iraq (20 November).",
    effects: [{ kind: "track", power: "usa", track: "legitimacy", delta: 3 }, { kind: "track", power: "russia", track: "legitimacy", delta: 2 }],
  },
  {
    id: "ev-second-salvo", turn: 7,
    headline: "The Caspian Flotilla rearms",
    text: "Russia reloads its Caspian ships; it fired 18 more Kalibr from the Caspian on 20 November.",
    effects: [{ kind: "stock", asset: "caspian-flotilla", delta: 12 }], // source: 18 Kalibr, 20 Nov 2015, Russian MoD
  },
  {
    id: "ev-turkmen-mountain", turn: 8,
    headline: "Fighting in the Turkmen Mountain",
    text: "Russian strikes and a government offensive hit Turkmen rebels near the Turkish border. Ankara summons the Russian ambassador. (On 24 November 2015 a Turkish F-16 shot down a Russian Su-24 here.)",
    effects: [{ kind: "strength", zone: "latakia", faction: "rebels", delta: -3 }, { kind: "escalation", delta: 0.5 }],
  },
  {
    id: "ev-palmyra-push", turn: 8,
    headline: "IS pushes west from Palmyra",
    text: "The Islamic State attacks government positions towards Homs and the gas fields east of it.",
    effects: [{ kind: "strength", zone: "palmyra", faction: "isis", delta: 5 }, { kind: "strength", zone: "homs", faction: "isis", delta: 5 }],
  },
  {
    id: "ev-ramadi", turn: 9,
    headline: "Iraqi counter-offensive on Ramadi",
    text: "Iraqi troops, with coalition air support and Shia militias kept at the city's edge, close in on Ramadi.",
    effects: [{ kind: "strength", zone: "anbar", faction: "isis", delta: -5 }, { kind: "track", power: "iraq", track: "prestige", delta: 2 }],
  },

  // --- For the facilitator
  {
    id: "ev-missiles-in-iran", turn: null,
    headline: "Report: Russian cruise missiles crashed in Iran",
    text: "US officials say four Kalibr missiles fell in rural Iran (reported 8 October 2015). Moscow and Tehran deny it.",
    effects: [{ kind: "track", power: "russia", track: "prestige", delta: -3 }, { kind: "track", power: "iran", track: "cost", delta: 1 }],
  },
  {
    id: "ev-civilian-toll", turn: null,
    headline: "Rights groups count the civilian dead",
    text: "Monitors publish evidence of air strikes on markets, hospitals and villages far from any Islamic State position.",
    effects: [{ kind: "track", power: "russia", track: "legitimacy", delta: -3 }, { kind: "track", power: "syria", track: "legitimacy", delta: -3 }],
  },
  {
    id: "ev-train-equip-ends", turn: null,
    headline: "Washington ends its train-and-equip programme",
    text: "The $500 million programme to train Syrian rebels produced a handful of fighters; the US switches to arming groups already fighting (9 October 2015).",
    effects: [{ kind: "track", power: "usa", track: "credibility", delta: -3 }, { kind: "strength", zone: "aleppo", faction: "rebels", delta: -2 }],
  },
  {
    id: "ev-oil-accusations", turn: null,
    headline: "Accusations over Islamic State oil",
    text: "Moscow accuses Turkey of profiting from oil smuggled out of IS territory; Ankara calls it slander.",
    effects: [{ kind: "track", power: "turkey", track: "legitimacy", delta: -3 }, { kind: "escalation", delta: 0.5 }],
  },
  {
    id: "ev-border-convoy", turn: null,
    headline: "Aid convoy hit near the Turkish border",
    text: "An aid convoy bound for displaced families near Azaz is struck; no one claims it.",
    effects: [{ kind: "civilians", zone: "aleppo", delta: -5 }, { kind: "track", power: "turkey", track: "cost", delta: 2 }, { kind: "escalation", delta: 0.5 }],
  },
];
