/**
 * Small entity types several families share. Every number is a "number", written exactly
 * (./exact-numbers.ts): an integer in a byte or a few, a fraction as a float64.
 */
import "./exact-numbers";
import { schema, t } from "@colyseus/schema";
import type { SchemaType } from "@colyseus/schema";

/** A point [longitude, latitude] of a route or a waypoint. */
export const LonLatEntry = schema({
  lon: t.number(),
  lat: t.number(),
}, "LonLat");
export type LonLatEntry = SchemaType<typeof LonLatEntry>;

/** A power's four tracks. */
export const TracksEntry = schema({
  prestige: t.number(),
  legitimacy: t.number(),
  cost: t.number(),
  credibility: t.number(),
}, "Tracks");
export type TracksEntry = SchemaType<typeof TracksEntry>;
