/// <reference types="vite/client" />
/**
 * The map on screen: the baked outlines of the match's scenario map (assets/map/<id>.json, written
 * by scripts/bake-map.ts with the projection it was drawn in), loaded when a match is entered, and
 * the projection between lon/lat and world pixels built from the parameters baked with it. A
 * browser fetches only the maps it shows: each is its own chunk.
 */
import { geoConicConformal } from "d3-geo";
import type { GeoProjection } from "d3-geo";
import type { LonLat } from "../../../shared/geo/great-circle";
import { loadMap } from "../../../shared/geo/maps";
import { decodeRing } from "./outline-codec";
import type { Scenario } from "../../../shared/scenario/types";

/** A point in world pixels: x right, y down, the play area filling width × height. */
export type WorldXY = readonly [number, number];

export interface MapProjectionParams {
  readonly parallels: readonly [number, number];
  readonly rotate: readonly [number, number];
  readonly scale: number;
  readonly translate: readonly [number, number];
  readonly width: number;
  readonly height: number;
}

export interface BakedCountry {
  id: string;
  name: string;
  label: [number, number];
  /** Each polygon: outer ring, then holes; rings as flat [x0, y0, x1, y1, ...]. */
  polygons: number[][][];
}

export interface BakedMap {
  source: string;
  projection: MapProjectionParams & { type: string };
  countries: BakedCountry[];
}

/** The file as baked: each ring encoded (./outline-codec.ts). */
type BakedFile = BakedMap;

const OUTLINES = import.meta.glob<BakedFile>("../../../assets/map/*.json", { import: "default" });

function decoded(file: BakedFile): BakedMap {
  return { ...file, countries: file.countries.map((c) => ({ ...c, polygons: c.polygons.map((polygon) => polygon.map(decodeRing)) })) };
}

interface Shown {
  id: string;
  baked: BakedMap;
  projection: GeoProjection;
}

const loaded = new Map<string, BakedMap>();
let shown: Shown | null = null;

/** A fresh d3 projection (conic conformal) mapping lon/lat to world pixels with these parameters. */
export function projectionOf(params: MapProjectionParams): GeoProjection {
  const { parallels, rotate, scale, translate } = params;
  return geoConicConformal()
    .parallels([parallels[0], parallels[1]])
    .rotate([rotate[0], rotate[1]])
    .scale(scale)
    .translate([translate[0], translate[1]]);
}

/**
 * Loads the scenario's map (its airspace grid for the rules, its outlines for the screen) and
 * makes it the one drawn and projected. Resolves at once for the map already shown.
 */
export async function showMapOf(scenario: Scenario): Promise<void> {
  const id = scenario.map.id;
  let baked = loaded.get(id);
  if (!baked) {
    const load = OUTLINES[`../../../assets/map/${id}.json`];
    if (!load) throw new Error(`no baked map "${id}" (npm run bake)`);
    const [file] = await Promise.all([load(), loadMap(scenario)]);
    const outlines = decoded(file);
    loaded.set(id, outlines);
    baked = outlines;
  }
  if (shown?.id !== id) shown = { id, baked, projection: projectionOf(baked.projection) };
}

function current(): Shown {
  if (!shown) throw new Error("no map is shown yet (showMapOf)");
  return shown;
}

/** The id of the map shown, or null before the first. */
export function shownMapId(): string | null {
  return shown?.id ?? null;
}

export function shownMap(): BakedMap {
  return current().baked;
}

export function project(lonLat: LonLat): WorldXY {
  const xy = current().projection([lonLat[0], lonLat[1]]);
  if (!xy) throw new Error(`cannot project ${lonLat.join(",")}`);
  return xy;
}

export function unproject(xy: WorldXY): LonLat {
  const lonLat = current().projection.invert?.([xy[0], xy[1]]);
  if (!lonLat) throw new Error(`cannot unproject ${xy.join(",")}`);
  return lonLat;
}
