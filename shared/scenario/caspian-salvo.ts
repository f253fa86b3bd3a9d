/**
 * Scenario "Caspian Salvo", October 2015: Russia's Kalibr strike from the Caspian Sea on
 * 7 October 2015, routed over Iran and Iraq, and the diplomacy around Syria that followed.
 * The parts live in ./caspian-salvo/; this file assembles them.
 */
import type { Scenario } from "./types";
import { events } from "./caspian-salvo/events";
import { assets, weapons } from "./caspian-salvo/forces";
import { countries, factions, influenceCountries, zones } from "./caspian-salvo/geography";
import { objectives } from "./caspian-salvo/objectives";
import { powers } from "./caspian-salvo/powers";
import { airDefence, combat, escalation, nfz, tracks } from "./caspian-salvo/rules";

const DEFAULT_TURNS = 10;

export const caspianSalvo: Scenario = {
  id: "caspian-salvo",
  name: "Caspian Salvo",
  date: "October 2015",
  summary:
    "7 October 2015: Russia's Caspian Flotilla fires 26 Kalibr cruise missiles at Syria, some 1,500 km away, " +
    "over Iran and Iraq. Moscow says it is striking the Islamic State; most of the targets are other rebels. " +
    "Iraq hosts the US-led coalition yet is opening an intelligence cell with Russia, Iran and Syria; Iran " +
    "awaits sanctions relief; Turkey demands a no-fly zone over northern Syria. Negotiate overflight, basing, " +
    "no-fly zones and proxy support, then strike, and see who is seen doing what.",
  defaultTurns: DEFAULT_TURNS,
  // 6 turns of at most 7.5 minutes (the lesson timers below) = 45 minutes of play at most,
  // less when every team is ready early: with joining and the debrief, one class period.
  lessonTurns: 6,
  timers: {
    lesson: { briefing: 30, diplomacy: 240, orders: 120, report: 60 },
    online: { briefing: 60, diplomacy: 600, orders: 300, report: 120 },
  },
  powers,
  countries,
  influenceCountries,
  factions,
  zones,
  weapons,
  assets,
  airDefence,
  nfz,
  escalation,
  tracks,
  combat,
  objectives,
  events,
  treaties: [
    // Hmeimim and Tartus: Russia's forces in Syria are there at the government's invitation (Aug 2015 agreement).
    { kind: "basing", host: "syria", guest: "russia", turns: DEFAULT_TURNS },
    // Incirlik: Turkey opened the base to US strikes on the Islamic State in July 2015.
    { kind: "basing", host: "turkey", guest: "usa", turns: DEFAULT_TURNS },
    // The coalition flies over Iraq at Baghdad's invitation (since August 2014).
    { kind: "overflight", grantor: "iraq", grantee: "usa", scope: "both", turns: DEFAULT_TURNS },
  ],
  sources: [
    "Russian Ministry of Defence, statement and video of 7 October 2015: 26 Kalibr-NK missiles from four Caspian Flotilla ships at 11 targets, about 1,500 km away.",
    "News reports of 7–8 October 2015 on the Caspian salvo and its route over Iran and Iraq (the report this scenario was built from).",
    "CNN, 8 October 2015: US officials say four of the missiles crashed in Iran (denied by Russia and Iran).",
    "Iraqi Joint Operations Command, 27 September 2015: intelligence-sharing centre in Baghdad with Russia, Iran and Syria.",
    "Russian Ministry of Defence, 17 and 20 November 2015: Tu-22M3 strikes from Mozdok and 18 more Kalibr from the Caspian.",
    "US Department of Defense, Operation Inherent Resolve strike releases, 2014–2015 (Tomahawks of 23 September 2014; Incirlik from August 2015).",
    "Turkish General Staff and NATO statements, 5 October and 24 November 2015 (airspace violations; Su-24 shoot-down).",
    "UN Security Council Resolution 2249 (20 November 2015); UNHCR Syria Regional Refugee Response, 2015.",
    "Control maps of Syria and Iraq, October 2015 (e.g. Institute for the Study of War); zone strengths are the designers' estimates on a 0–100 scale.",
  ],
};
