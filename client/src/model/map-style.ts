/**
 * How the baked map is coloured and labelled: each country by who owns its airspace (a power's
 * colour, grey for a country without a seat, darker for countries outside the scenario), labels
 * for the scenario's countries, and geometry helpers (range rings).
 */
import { at } from "../../../shared/at";
import { project, shownMap } from "../map/projection";
import type { BakedCountry } from "../map/projection";
import { EARTH_RADIUS_KM } from "../../../shared/geo/great-circle";
import type { LonLat } from "../../../shared/geo/great-circle";
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import { NEUTRAL_FILL, OUTSIDE_FILL, ownedFill } from "./palette";


export interface CountryStyle {
  fill: number;
  owner: PowerId | null;
  inScenario: boolean;
  name: string;
}

export function countryStyle(scenario: Scenario, id: string, fallbackName: string): CountryStyle {
  const setup = scenario.countries.find((c) => c.id === id);
  if (!setup) return { fill: OUTSIDE_FILL, owner: null, inScenario: false, name: fallbackName };
  if (setup.owner) return { fill: ownedFill(at(scenario.powers, setup.owner).color), owner: setup.owner, inScenario: true, name: setup.name };
  return { fill: NEUTRAL_FILL, owner: null, inScenario: true, name: setup.name };
}

/** Short names for labels where the scenario's full name is long. */
const LABEL_NAMES: Readonly<Record<string, string>> = {
  "275": "",
  "784": "UAE",
  "643": "Russia",
};

export interface CountryLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  major: boolean;
}

/**
 * Label points moved off the operational zones (lon/lat): Syria's and Iraq's baked label points
 * sit among the zones' markers.
 */
const LABEL_AT: Readonly<Record<string, readonly [number, number]>> = {
  "760": [38.7, 33.3],
  "368": [45.3, 31.7],
  "364": [49.3, 33.4],
};

function labelPoint(c: BakedCountry): [number, number] {
  const at = LABEL_AT[c.id];
  return at ? [...project(at)] as [number, number] : c.label;
}

/** Labels of the scenario's countries whose label point falls inside the world. */
export function countryLabels(scenario: Scenario): CountryLabel[] {
  const out: CountryLabel[] = [];
  const { countries, projection: world } = shownMap();
  for (const c of countries) {
    const setup = scenario.countries.find((s) => s.id === c.id);
    if (!setup) continue;
    const [x, y] = labelPoint(c);
    if (x < 20 || y < 20 || x > world.width - 20 || y > world.height - 20) continue;
    const text = LABEL_NAMES[c.id] ?? setup.name;
    if (!text) continue;
    out.push({ id: c.id, text: text.toUpperCase(), x, y, major: setup.owner !== null });
  }
  return out;
}

/** A circle of radius km around a point on the sphere, projected: flat [x0, y0, ...]. */
export function rangeRing(center: LonLat, km: number, steps = 120): number[] {
  const rad = Math.PI / 180;
  const d = km / EARTH_RADIUS_KM;
  const lat1 = center[1] * rad;
  const lon1 = center[0] * rad;
  const out: number[] = [];
  for (let i = 0; i <= steps; i++) {
    const b = (i / steps) * 2 * Math.PI;
    const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
    const lon2 = lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
    const [x, y] = project([lon2 / rad, lat2 / rad]);
    out.push(x, y);
  }
  return out;
}

/** Where influence bars sit for a country (they are drawn just below this point, on screen). */
export function influenceAnchor(id: string): [number, number] | null {
  const c = shownMap().countries.find((x) => x.id === id);
  if (!c) return null;
  const [x, y] = labelPoint(c);
  // Lebanon's label point is crowded by Homs and Damascus: its bars go out to sea.
  if (id === "422") return [x - 75, y - 10];
  return [x, y];
}
