/**
 * Route planning as data: a platform, the waypoints clicked on the map and the target zone.
 * `preview` measures the route with the rules' own planRoute (length, range, each airspace
 * crossed and the rights held there) and cuts its drawing into passages coloured by rights.
 * It is computed once per change of the route or of the treaties, and shared by the map, the
 * orders panel and the strike's check; a route to a zone goes through the rules' memo
 * (route-memo.ts), so checking and previewing the orders, and the turn's playback, trace it no more.
 */
import { planRoute } from "../../../shared/geo/plan-route";
import { airspaceOf } from "../../../shared/geo/maps";
import { planRouteMemo } from "../../../shared/geo/route-memo";
import type { RightsStatus, RoutePlan } from "../../../shared/geo/plan-route";
import type { LonLat } from "../../../shared/geo/great-circle";
import { violatedAirspaces } from "../../../shared/rules/incursion";
import type { CountryId, PowerId, WeaponKind } from "../../../shared/ids";
import type { AssetSetup, Scenario, WeaponSetup, ZoneSetup } from "../../../shared/scenario/types";
import type { Treaty } from "../../../shared/terms";
import { basingNeed, rightsFromTreaties } from "./rights";
import { pathOf, RoutePath } from "./route-path";
import { LIMITS } from "../../../shared/limits";
import { ui } from "../lang/ui";

export interface RoutePassage {
  country: CountryId | null;
  name: string;
  km: number;
  rights: RightsStatus;
  /** The passage's polyline in world pixels, flat [x0, y0, ...]. */
  xy: number[];
}

export interface RoutePreview {
  asset: AssetSetup;
  weapon: WeaponSetup;
  /** Zone targeted, or null while the route still follows the cursor. */
  zone: ZoneSetup | null;
  plan: RoutePlan;
  passages: RoutePassage[];
  /** Countries the flight would violate (without rights, deep enough inside to count), by name. */
  violations: string[];
  basing: { host: PowerId; held: boolean } | null;
  /** Waypoints and end point in world pixels. */
  waypointsXY: [number, number][];
  endXY: [number, number];
}

export class RoutePlanner {
  asset: string | null = null;
  waypoints: LonLat[] = [];
  zone: string | null = null;
  /** The map point under the cursor while the target is not chosen yet. */
  cursor: LonLat | null = null;
  private last: { key: string; preview: RoutePreview | null } | null = null;

  constructor(private readonly scenario: Scenario) {}

  get active(): boolean {
    return this.asset !== null;
  }

  start(asset: string): void {
    this.asset = asset;
    this.waypoints = [];
    this.zone = null;
    this.cursor = null;
  }

  /** Loads an existing strike order for editing. */
  load(asset: string, waypoints: readonly LonLat[], zone: string): void {
    this.asset = asset;
    this.waypoints = waypoints.map((p) => [p[0], p[1]] as const);
    this.zone = zone;
    this.cursor = null;
  }

  clear(): void {
    this.asset = null;
    this.waypoints = [];
    this.zone = null;
    this.cursor = null;
  }

  canAddWaypoint(): boolean {
    return this.waypoints.length < LIMITS.waypoints;
  }

  addWaypoint(p: LonLat): boolean {
    if (!this.active || !this.canAddWaypoint() || !finite(p)) return false;
    this.waypoints.push(round(p));
    return true;
  }

  moveWaypoint(index: number, p: LonLat): void {
    if (finite(p) && index >= 0 && index < this.waypoints.length) this.waypoints[index] = round(p);
  }

  removeWaypoint(index: number): void {
    if (index >= 0 && index < this.waypoints.length) this.waypoints.splice(index, 1);
  }

  setTarget(zone: string): void {
    this.zone = zone;
    this.cursor = null;
  }

  weaponKind(): WeaponKind | null {
    const asset = this.assetSetup();
    return asset ? this.scenario.weapons[asset.weapon]!.kind : null;
  }

  assetSetup(): AssetSetup | null {
    return this.scenario.assets.find((a) => a.id === this.asset) ?? null;
  }

  /** The route as planned (to the target, or to the cursor), measured against the seat's rights. */
  preview(treaties: readonly Treaty[]): RoutePreview | null {
    const key = this.keyFor(treaties);
    if (this.last?.key !== key) this.last = { key, preview: this.measure(treaties) };
    return this.last.preview;
  }

  /** Everything the preview depends on: the plan, and the treaties in force that give rights and basing. */
  private keyFor(treaties: readonly Treaty[]): string {
    const inForce = treaties.filter((t) => t.status === "active" || t.status === "agreed").map((t) => t.id);
    return JSON.stringify([this.asset, this.waypoints, this.zone, this.cursor, inForce]);
  }

  private measure(treaties: readonly Treaty[]): RoutePreview | null {
    const asset = this.assetSetup();
    if (!asset) return null;
    const weapon = this.scenario.weapons[asset.weapon]!;
    const zone = this.scenario.zones.find((z) => z.id === this.zone) ?? null;
    const rightsIn = rightsFromTreaties(this.scenario, treaties, asset.owner, weapon.kind);
    // The route ends at the target zone, else at the cursor, else at the last waypoint.
    let waypoints: LonLat[] = this.waypoints;
    let target: LonLat = asset.lonLat;
    if (zone) target = zone.lonLat;
    else if (finite(this.cursor)) target = this.cursor;
    else if (waypoints.length > 0) {
      target = waypoints[waypoints.length - 1]!;
      waypoints = waypoints.slice(0, -1);
    }
    // A route following the cursor changes at every move: it is not worth remembering.
    const plan = (zone ? planRouteMemo : planRoute)({ grid: airspaceOf(this.scenario), origin: asset.lonLat, waypoints, target, rangeKm: weapon.rangeKm, rightsIn });
    const path = zone ? pathOf(plan.points) : new RoutePath(plan.points);
    const passages = plan.airspaces.map((a) => ({
      country: a.country,
      name: countryName(this.scenario, a.country),
      km: a.km,
      rights: a.rights,
      xy: path.slice(a.entryKm, a.exitKm),
    }));
    const last = path.xy.length;
    return {
      asset,
      weapon,
      zone,
      plan,
      passages,
      violations: violatedAirspaces(plan, this.scenario.airDefence).map((c) => countryName(this.scenario, c.country)),
      basing: basingNeed(this.scenario, treaties, asset.id),
      waypointsXY: this.waypoints.map((_, i) => {
        const k = path.pointKm[i + 1] ?? 0;
        return path.xyAt(k);
      }),
      endXY: [path.xy[last - 2] ?? 0, path.xy[last - 1] ?? 0],
    };
  }
}

export function countryName(scenario: Scenario, country: CountryId | null): string {
  if (country === null) return ui().input.internationalAirspace;
  return scenario.countries.find((c) => c.id === country)?.name ?? ui().input.country(country);
}

export function finite(p: LonLat | null): p is LonLat {
  return p !== null && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1]) <= 90;
}

/** Waypoints are sent with 0.01° precision (about a kilometre): enough, and short. */
function round(p: LonLat): LonLat {
  return [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100];
}
