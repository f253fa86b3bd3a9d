/** Great-circle geometry on the spherical Earth the rules use for every distance. */
import { geoInterpolate } from "d3-geo";

/** Longitude and latitude in degrees. */
export type LonLat = readonly [number, number];

/** Mean Earth radius (IUGG), so distances match d3's geoDistance × radius. */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

/** Equal to d3's geoDistance(a, b) × EARTH_RADIUS_KM (same formula), without d3's stream overhead. */
export function distanceKm(a: LonLat, b: LonLat): number {
  return centralAngle(a[0] * RADIANS, a[1] * RADIANS, b[0] * RADIANS, b[1] * RADIANS) * EARTH_RADIUS_KM;
}

/** The point a fraction t of the way from a to b along the great circle. */
export function interpolate(a: LonLat, b: LonLat, t: number): LonLat {
  return geoInterpolate(a as [number, number], b as [number, number])(t);
}

/**
 * n + 1 evenly spaced points from a to b along the great circle (n ≥ 1), as a flat
 * [lon0, lat0, lon1, lat1, ...] array. Steps by rotation (p[i+1] = 2cos δ·p[i] − p[i−1])
 * so each point costs two inverse trig calls, not a full interpolation.
 */
export function greatCirclePoints(a: LonLat, b: LonLat, n: number): Float64Array {
  const out = new Float64Array(2 * (n + 1));
  const lambda0 = a[0] * RADIANS;
  const phi0 = a[1] * RADIANS;
  const lambda1 = b[0] * RADIANS;
  const phi1 = b[1] * RADIANS;
  const d = centralAngle(lambda0, phi0, lambda1, phi1);
  for (let i = 0; i < n; i++) {
    out[2 * i] = a[0];
    out[2 * i + 1] = a[1];
  }
  out[2 * n] = b[0];
  out[2 * n + 1] = b[1];
  if (n <= 1 || d < 1e-12) return out;
  const c0 = Math.cos(phi0);
  const ax = c0 * Math.cos(lambda0);
  const ay = c0 * Math.sin(lambda0);
  const az = Math.sin(phi0);
  const c1 = Math.cos(phi1);
  const step = d / n;
  const w0 = Math.sin(d - step) / Math.sin(d);
  const w1 = Math.sin(step) / Math.sin(d);
  let px = ax;
  let py = ay;
  let pz = az;
  let qx = w0 * ax + w1 * c1 * Math.cos(lambda1);
  let qy = w0 * ay + w1 * c1 * Math.sin(lambda1);
  let qz = w0 * az + w1 * Math.sin(phi1);
  const k = 2 * Math.cos(step);
  for (let i = 1; i < n; i++) {
    out[2 * i] = Math.atan2(qy, qx) / RADIANS;
    out[2 * i + 1] = Math.asin(qz > 1 ? 1 : qz < -1 ? -1 : qz) / RADIANS;
    const rx = k * qx - px;
    const ry = k * qy - py;
    const rz = k * qz - pz;
    px = qx;
    py = qy;
    pz = qz;
    qx = rx;
    qy = ry;
    qz = rz;
  }
  return out;
}

/** Angle in radians between two points given in radians (d3-geo's formula, well-conditioned at all distances). */
function centralAngle(lambda0: number, phi0: number, lambda1: number, phi1: number): number {
  const sinPhi0 = Math.sin(phi0);
  const cosPhi0 = Math.cos(phi0);
  const sinPhi1 = Math.sin(phi1);
  const cosPhi1 = Math.cos(phi1);
  const delta = Math.abs(lambda1 - lambda0);
  const cosDelta = Math.cos(delta);
  const x = cosPhi1 * Math.sin(delta);
  const y = cosPhi0 * sinPhi1 - sinPhi0 * cosPhi1 * cosDelta;
  const z = sinPhi0 * sinPhi1 + cosPhi0 * cosPhi1 * cosDelta;
  return Math.atan2(Math.sqrt(x * x + y * y), z);
}
