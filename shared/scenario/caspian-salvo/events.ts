/**
 * Caspian Salvo: the event deck. A turn is a week from 7 October 2015: turn n covers
 * 7 Oct + 7(n-1) days to the day before the next, so turn 1 is 7–13 Oct, turn 7 is 18–24 Nov,
 * turn 8 is 25 Nov–1 Dec. A card is announced at the start of the turn whose week holds its date
 * (what came before 7 October is announced in turn 1); a card that takes a platform away comes
 * the turn after it left, so that it could still fly in the week it was there.
 * Cards announce context; the strikes themselves are players' orders.
 * Cards with turn null are for the facilitator to play when the class needs them.
 * Each card's source is on the line above it.
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
  // source: Turkish General Staff and NATO statements, 5 Oct 2015 (violations of 3 and 4 Oct)
  {
    id: "ev-turkish-warning", turn: 1,
    headline: "Turkey warns after Russian jets enter its airspace",
    text: "Russian aircraft crossed into Turkish airspace over Hatay on 3 and 4 October. Ankara publishes its rules of engagement; NATO backs its ally and warns of the risk of escalation.",
    // Context only: the match starts from after this warning (escalation 2, Turkey's credibility 55 count it).
    effects: [],
  },
  // source: USS Theodore Roosevelt left the Gulf late on 8 Oct 2015 (US officials to NBC News, 8–9 Oct 2015)
  {
    id: "ev-carrier-leaves", turn: 2,
    headline: "No US carrier in the Gulf",
    text: "USS Theodore Roosevelt left the Gulf on 8 October for maintenance and a new home port; for the first time since 2007 the US Navy has no carrier there, and the next, USS Harry S. Truman, is about two months away. Coalition strikes now fly from land bases.",
    effects: [{ kind: "stock", asset: "us-carrier", delta: -8 }],
  },
  // source: US Department of Defense and Russian Ministry of Defence, 20 Oct 2015
  {
    id: "ev-air-safety-memo", turn: 2,
    headline: "US and Russia sign an air-safety memorandum over Syria",
    text: "After weeks of near misses, the two militaries agree on rules for flying in the same skies (20 October): keep safe distances, use agreed radio frequencies, keep a communication line open. It is no cooperation: neither shares targets.",
    effects: [{ kind: "escalation", delta: -0.5 }],
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
  // source: Russian MoD, 20 Nov 2015: 18 Kalibr from the Caspian Flotilla
  {
    id: "ev-second-salvo", turn: 7,
    headline: "The Caspian Flotilla rearms",
    text: "Russia reloads its Caspian ships: on 20 November they fired 18 more Kalibr at Syria. Whatever the flotilla fired before, it now holds at least 18 missiles, and never more than the 26 it sailed with.",
    // A stock effect never lifts a platform above its starting stock (26), so this leaves 18 to 26.
    effects: [{ kind: "stock", asset: "caspian-flotilla", delta: 18 }],
  },
  // source: Turkish General Staff and NATO, 24 Nov 2015 (a Turkish F-16 shot down a Russian Su-24 on the border)
  {
    id: "ev-turkmen-mountain", turn: 7,
    headline: "A Turkish F-16 shoots down a Russian Su-24",
    text: "Russian strikes and a government offensive hit Turkmen rebels in the Turkmen Mountain, on the Turkish border. On 24 November a Turkish F-16 shoots down a Russian Su-24 that Ankara says crossed into Turkey; one of its crew is killed by rebels on the ground. Moscow calls it a stab in the back.",
    effects: [{ kind: "strength", zone: "latakia", faction: "rebels", delta: -3 }, { kind: "escalation", delta: 0.5 }],
  },
  // source: Russian MoD, 25–26 Nov 2015 (S-400 battalion deployed to Hmeimim)
  {
    id: "ev-s400-hmeimim", turn: 8,
    headline: "Russia deploys S-400 missiles at Hmeimim",
    text: "Two days after the shoot-down, S-400 long-range air-defence missiles arrive at Hmeimim (26 November). Moscow says they will shoot down any target that threatens its aircraft; Turkish jets stop flying over Syria. From this turn the battery fires at flights that enter Syrian airspace without Syria's consent within its range, whenever Russia's posture is Engage.",
    effects: [{ kind: "escalation", delta: 0.5 }],
  },
  // source: Presidential decree of 28 Nov 2015 on economic measures against Turkey (Kremlin)
  {
    id: "ev-sanctions-turkey", turn: 8,
    headline: "Russia imposes sanctions on Turkey",
    text: "A decree of 28 November bans Turkish fruit and vegetables, charter flights and package tours to Turkey, and the hiring of Turkish workers, and ends visa-free travel. Ankara refuses to apologise for the Su-24.",
    effects: [{ kind: "track", power: "turkey", track: "cost", delta: 3 }, { kind: "influence", power: "russia", country: "792", delta: -5 }],
  },
  {
    id: "ev-palmyra-push", turn: 8,
    headline: "IS pushes west from Palmyra",
    text: "The Islamic State attacks government positions towards Homs and the gas fields east of it.",
    effects: [{ kind: "strength", zone: "palmyra", faction: "isis", delta: 5 }, { kind: "strength", zone: "homs", faction: "isis", delta: 5 }],
  },
  // source: Russian MoD, 8 Dec 2015 (submarine Rostov-on-Don fired Kalibr from the eastern Mediterranean at two IS targets in Raqqa)
  {
    id: "ev-mediterranean-kalibr", turn: 9,
    headline: "Kalibr from a submarine in the Mediterranean",
    text: "The submarine Rostov-on-Don, submerged in the eastern Mediterranean, fires Kalibr missiles at Islamic State targets in Raqqa (8 December). Putin notes that the missile can carry a nuclear warhead.",
    effects: [{ kind: "strength", zone: "raqqa", faction: "isis", delta: -4 }, { kind: "track", power: "russia", track: "prestige", delta: 2 }],
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
