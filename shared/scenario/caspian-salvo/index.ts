/**
 * Scenario "Caspian Salvo", October 2015: Russia's Kalibr strike from the Caspian Sea on
 * 7 October 2015, routed over Iran and Iraq, and the diplomacy around Syria that followed.
 * This file assembles the parts beside it.
 */
import type { Scenario } from "../types";
import { CLASS_PERIODS } from "../class-periods";
import { map } from "./map";
import { textFr } from "./text-fr";
import { events } from "./events";
import { areaDefence, assets, weapons } from "./forces";
import { countries, factions, influenceCountries, zones } from "./geography";
import { objectives } from "./objectives";
import { powers } from "./powers";
import { airDefence, combat, escalation, nfz, tracks } from "./rules";

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
  ...CLASS_PERIODS,
  powers,
  countries,
  influenceCountries,
  factions,
  zones,
  weapons,
  assets,
  areaDefence,
  airDefence,
  nfz,
  escalation,
  tracks,
  combat,
  objectives,
  events,
  map,
  texts: { fr: textFr },
  bots: () => import("./bots").then((m) => m.bots),
  treaties: [
    // Russia's forces in Syria are there at the government's invitation: Hmeimim air base under the
    // agreement of 26 August 2015; the naval supply point at Tartus under the Soviet–Syrian agreement of 1971.
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
    "Agreement between Russia and Syria on the deployment of a Russian air group (Hmeimim), signed 26 August 2015, published January 2016; Tartus naval supply point, Soviet–Syrian agreement of 1971.",
    "Launch area: Russian MoD, 7 October 2015 (the south-western Caspian; its route map shows the missiles crossing Iran's north-west and Iraq); IRNA, 7 October 2015, on an object fallen in West Azerbaijan province under the flight path.",
    "USS Theodore Roosevelt left the Gulf late on 8 October 2015, leaving no US carrier there for about two months (US officials to NBC News, 8–9 October 2015; Adm. Richardson to the Senate Armed Services Committee, July 2015).",
    "US–Russia memorandum of understanding on air safety over Syria, 20 October 2015 (US Department of Defense; Russian MoD).",
    "S-400 deployed to Hmeimim, 25–26 November 2015 (Russian MoD); engagement radius 400 km, the range published for the system (Almaz-Antey) and reported at the time.",
    "Presidential decree of 28 November 2015 on economic measures against Turkey (Kremlin).",
    "Russian MoD, 8 December 2015: Kalibr from the submarine Rostov-on-Don in the eastern Mediterranean at IS targets in Raqqa.",
    "Turkey's proposed safe zone: the strip between Jarablus and Azaz, west of the Euphrates (Turkish government, July–August 2015).",
    "Coordinates: city centres from GeoNames; air bases from their published aerodrome coordinates (tests/scenario/coordinates.test.ts lists each).",
    "UN Security Council Resolution 2249 (20 November 2015); UNHCR Syria Regional Refugee Response, 2015.",
    "Control maps of Syria and Iraq, October 2015 (e.g. Institute for the Study of War); zone strengths are the designers' estimates on a 0–100 scale.",
  ],
};
