/**
 * The turn's flights as an animation, computed as data: each strike the seat saw flies its
 * route (great-circle legs through its waypoints), detections show where it was seen,
 * interceptions where units fell, impacts at the target. `frame(t)` says what to draw at t ms.
 */
import type { GameEvent } from "../../../shared/events";
import type { AirspaceGrid } from "../../../shared/geo/airspace";
import { airspaceOf } from "../../../shared/geo/maps";
import { planRouteMemo } from "../../../shared/geo/route-memo";
import type { LonLat } from "../../../shared/geo/great-circle";
import type { PowerId, WeaponKind } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import { pathOf } from "./route-path";
import type { RoutePath } from "./route-path";
import { ui } from "../lang/ui";

type Flown = Extract<GameEvent, { kind: "strikeFlown" }>;

export interface Marker {
  kind: "detected" | "intercepted" | "impact" | "shootDown";
  atMs: number;
  xy: [number, number];
  label: string;
  power: PowerId;
}

export interface Flight {
  strikeId: string;
  power: PowerId;
  weapon: WeaponKind;
  units: number;
  path: RoutePath;
  startMs: number;
  durationMs: number;
  /** Units still flying after each interception: [km, unitsAfter]. */
  losses: [number, number][];
}

export interface FlightFrame {
  strikeId: string;
  power: PowerId;
  weapon: WeaponKind;
  xy: [number, number];
  heading: number;
  trail: number[];
  /** The route flown so far, from the launch point. */
  flown: number[];
  units: number;
  /** Not launched yet, flying, or arrived. */
  state: "waiting" | "flying" | "arrived";
}

export interface PlaybackFrame {
  t: number;
  flights: FlightFrame[];
  /** Markers already reached, with their age in ms. */
  markers: (Marker & { age: number })[];
  done: boolean;
}

/** Time scale: one hour of real flight lasts this long on screen, within bounds. */
const MS_PER_HOUR = 2600;
const MIN_FLIGHT_MS = 1800;
const MAX_FLIGHT_MS = 6000;
const STAGGER_MS = 350;
const TRAIL_KM = 260;
/** How long a marker stays after the last flight arrives. */
const LINGER_MS = 1500;

export class Playback {
  readonly flights: Flight[] = [];
  readonly markers: Marker[] = [];
  readonly durationMs: number;

  constructor(events: readonly GameEvent[], scenario: Scenario) {
    const flown = events.filter((e): e is Flown => e.kind === "strikeFlown");
    flown.forEach((f, i) => {
      const path = pathOf(f.route.map(([lon, lat]) => [lon, lat] as LonLat));
      const asset = scenario.assets.find((a) => a.id === f.asset);
      const speed = asset ? scenario.weapons[asset.weapon]!.speedKmh : 900;
      const durationMs = clamp((path.lengthKm / speed) * MS_PER_HOUR, MIN_FLIGHT_MS, MAX_FLIGHT_MS);
      const flight: Flight = { strikeId: f.strikeId, power: f.power, weapon: f.weapon, units: f.units, path, startMs: i * STAGGER_MS, durationMs, losses: [] };
      this.flights.push(flight);
      const passages = countryPassages(airspaceOf(scenario), f.route);
      const timeAt = (km: number) => flight.startMs + (path.lengthKm > 0 ? (km / path.lengthKm) * durationMs : 0);
      for (const country of f.detectedOver) {
        const p = passages.get(country);
        if (!p) continue;
        this.markers.push({ kind: "detected", atMs: timeAt(p.entryKm), xy: path.xyAt(p.entryKm), label: ui().mapTips.seenOver(countryLabel(scenario, country)), power: f.power });
      }
      let flying = f.units;
      for (const e of events) {
        if ((e.kind === "interception" || e.kind === "shootDown") && e.strikeId === f.strikeId && e.units > 0) {
          const p = e.country ? passages.get(e.country) : undefined;
          const km = p ? (p.entryKm + p.exitKm) / 2 : path.lengthKm * 0.9;
          if (e.kind === "interception") {
            flying = Math.max(0, flying - e.units);
            flight.losses.push([km, flying]);
          }
          this.markers.push({
            kind: e.kind === "interception" ? "intercepted" : "shootDown",
            atMs: timeAt(km),
            xy: path.xyAt(km),
            label: ui().mapTips.down(e.units, e.country ? countryLabel(scenario, e.country) : null),
            power: f.power,
          });
        }
      }
      flight.losses.sort((a, b) => a[0] - b[0]);
      const impact = events.find((e) => e.kind === "impact" && e.strikeId === f.strikeId);
      const landed = impact && impact.kind === "impact" ? ui().mapTips.landed(impact.landed, impact.launched) : ui().mapTips.arrived(flying);
      this.markers.push({ kind: "impact", atMs: flight.startMs + durationMs, xy: path.xyAt(path.lengthKm), label: landed, power: f.power });
    });
    this.markers.sort((a, b) => a.atMs - b.atMs);
    const end = this.flights.reduce((m, f) => Math.max(m, f.startMs + f.durationMs), 0);
    this.durationMs = this.flights.length > 0 ? end + LINGER_MS : 0;
  }

  frame(t: number): PlaybackFrame {
    const flights = this.flights.map((f): FlightFrame => {
      const local = t - f.startMs;
      const progress = clamp(local / f.durationMs, 0, 1);
      const km = f.path.lengthKm * progress;
      let units = f.units;
      for (const [at, after] of f.losses) if (km >= at) units = after;
      const state = local < 0 ? "waiting" : progress >= 1 ? "arrived" : "flying";
      return {
        strikeId: f.strikeId,
        power: f.power,
        weapon: f.weapon,
        xy: f.path.xyAt(km),
        heading: f.path.headingAt(km),
        trail: state === "waiting" ? [] : f.path.slice(Math.max(0, km - TRAIL_KM), km),
        flown: state === "waiting" ? [] : f.path.slice(0, km),
        units,
        state,
      };
    });
    const markers = this.markers.filter((m) => m.atMs <= t).map((m) => ({ ...m, age: t - m.atMs }));
    return { t, flights, markers, done: t >= this.durationMs };
  }
}

/** Each country's first passage along a route: entry and exit km. */
function countryPassages(grid: AirspaceGrid, route: readonly [number, number][]): Map<string, { entryKm: number; exitKm: number }> {
  const out = new Map<string, { entryKm: number; exitKm: number }>();
  if (route.length < 2) return out;
  // The route's trace is the one planned when the orders were drafted and checked (route-memo.ts).
  const plan = planRouteMemo({
    grid,
    origin: route[0]!,
    waypoints: route.slice(1, -1),
    target: route[route.length - 1]!,
    rangeKm: Number.POSITIVE_INFINITY,
    rightsIn: () => "none",
  });
  for (const a of plan.airspaces) if (a.country && !out.has(a.country)) out.set(a.country, { entryKm: a.entryKm, exitKm: a.exitKm });
  return out;
}

function countryLabel(scenario: Scenario, id: string): string {
  return scenario.countries.find((c) => c.id === id)?.name ?? id;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
