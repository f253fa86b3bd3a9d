/**
 * A waypoint typed instead of clicked: latitude and longitude in decimal degrees ("38.5" and
 * "52", or with a hemisphere: "38.5N", "52 E", "-12.3", "12.3 S"). Returns the point as
 * [longitude, latitude], or what is wrong with the input.
 */
import type { LonLat } from "../../../shared/geo/great-circle";
import { ui } from "../lang/ui";

export type WaypointInput = { ok: true; point: LonLat } | { ok: false; message: string; field: "latitude" | "longitude" };

function degrees(text: string, positive: string, negative: string, max: number, field: "latitude" | "longitude"): number | string {
  const w = ui().input;
  const what = w[field];
  const m = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*°?\s*([A-Za-z])?\s*$/.exec(text);
  if (!m) return w.typeDegrees(what, field === "latitude" ? "34.5" : "44.6");
  let value = Number(m[1]!.replace(",", "."));
  const hemisphere = m[2]?.toUpperCase();
  if (hemisphere && hemisphere !== positive && hemisphere !== negative) return w.hemisphere(what, positive, negative, m[2]!);
  if (hemisphere === negative) value = -Math.abs(value);
  if (Math.abs(value) > max) return w.between(what, max);
  return value;
}

export function parseWaypoint(latitude: string, longitude: string): WaypointInput {
  const lat = degrees(latitude, "N", "S", 90, "latitude");
  if (typeof lat === "string") return { ok: false, message: lat, field: "latitude" };
  const lon = degrees(longitude, "E", "W", 180, "longitude");
  if (typeof lon === "string") return { ok: false, message: lon, field: "longitude" };
  return { ok: true, point: [lon, lat] };
}
