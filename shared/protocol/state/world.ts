/** The map and the powers as a viewer sees them: zones (fogged), powers, assets, objectives, the turn snapshots. */
import "./exact-numbers";
import { schema, t } from "@colyseus/schema";
import type { SchemaType } from "@colyseus/schema";
import { TracksEntry } from "./common";

export const ZoneEntry = schema({
  civilians: t.number(),
  /** Faction → strength (an estimate outside the viewer's own country, fog.ts). */
  strength: t.map("number"),
  /** Absent when no faction controls it. */
  control: t.string(),
}, "Zone");
export type ZoneEntry = SchemaType<typeof ZoneEntry>;

/** A power as the viewer sees it; whether it is ready is in the public seat. */
export const PowerEntry = schema({
  tracks: t.ref(TracksEntry),
  /** Country → influence. */
  influence: t.map("number"),
  posture: t.string(),
  /** Absent where the viewer may not know it. */
  secretObjective: t.string(),
}, "Power");
export type PowerEntry = SchemaType<typeof PowerEntry>;

export const AssetEntry = schema({
  /** Absent for another power's asset. */
  stock: t.number(),
}, "Asset");

export const ObjectiveEntry = schema({
  id: t.string(),
  text: t.string(),
  points: t.number(),
  secret: t.boolean(),
  standing: t.string(),
}, "Objective");

export const ObjectivesEntry = schema({
  items: t.array(ObjectiveEntry),
}, "Objectives");

/** A power's part of a turn snapshot. */
export const SnapshotPowerEntry = schema({
  tracks: t.ref(TracksEntry),
  influence: t.map("number"),
}, "SnapshotPower");

export const SnapshotEntry = schema({
  turn: t.number(),
  escalation: t.number(),
  powers: t.map(SnapshotPowerEntry),
  strength: t.map("number"),
}, "Snapshot");
export type SnapshotEntry = SchemaType<typeof SnapshotEntry>;
