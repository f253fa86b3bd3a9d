/**
 * Small entity types several families share. Numbers that may be fractional (tracks, deltas,
 * coordinates) are float64: the compact "number" encoding would round them to float32.
 */
import { schema, t } from "@colyseus/schema";
import type { SchemaType } from "@colyseus/schema";

/** A point [longitude, latitude] of a route or a waypoint. */
export const LonLatEntry = schema({
  lon: t.float64(),
  lat: t.float64(),
}, "LonLat");
export type LonLatEntry = SchemaType<typeof LonLatEntry>;

/** A power's four tracks. */
export const TracksEntry = schema({
  prestige: t.float64(),
  legitimacy: t.float64(),
  cost: t.float64(),
  credibility: t.float64(),
}, "Tracks");
export type TracksEntry = SchemaType<typeof TracksEntry>;
