/** The map projection, built from the parameters baked with the map (one source of truth). */
import { geoConicConformal } from "d3-geo";
import type { GeoProjection } from "d3-geo";
import baked from "../../assets/map/countries.json";
import type { LonLat } from "./great-circle";

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

export const MAP_PROJECTION: MapProjectionParams = {
  parallels: pair(baked.projection.parallels),
  rotate: pair(baked.projection.rotate),
  scale: baked.projection.scale,
  translate: pair(baked.projection.translate),
  width: baked.projection.width,
  height: baked.projection.height,
};

/** A fresh d3 projection (conic conformal) mapping lon/lat to world pixels. */
export function mapProjection(): GeoProjection {
  const { parallels, rotate, scale, translate } = MAP_PROJECTION;
  return geoConicConformal()
    .parallels([parallels[0], parallels[1]])
    .rotate([rotate[0], rotate[1]])
    .scale(scale)
    .translate([translate[0], translate[1]]);
}

const projection = mapProjection();
const invert = projection.invert;

export function project(lonLat: LonLat): WorldXY {
  const xy = projection([lonLat[0], lonLat[1]]);
  if (!xy) throw new Error(`cannot project ${lonLat.join(",")}`);
  return xy;
}

export function unproject(xy: WorldXY): LonLat {
  const lonLat = invert?.([xy[0], xy[1]]);
  if (!lonLat) throw new Error(`cannot unproject ${xy.join(",")}`);
  return lonLat;
}

function pair(values: readonly number[]): [number, number] {
  const [a, b] = values;
  if (values.length !== 2 || a === undefined || b === undefined) throw new Error("expected a pair of numbers");
  return [a, b];
}
