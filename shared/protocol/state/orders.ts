/** A power's orders for a turn (its own, or every power's for the facilitator once they are locked). */
import "./exact-numbers";
import { schema, t } from "@colyseus/schema";
import type { SchemaType } from "@colyseus/schema";
import { LonLatEntry } from "./common";

export const StrikeEntry = schema({
  id: t.string(),
  asset: t.string(),
  zone: t.string(),
  faction: t.string(),
  units: t.number(),
  waypoints: t.array(LonLatEntry),
  claim: t.string(),
}, "Strike");

export const SupportEntry = schema({
  faction: t.string(),
  zone: t.string(),
  points: t.number(),
  covert: t.boolean(),
}, "Support");

export const PatrolEntry = schema({
  treaty: t.string(),
  units: t.number(),
}, "Patrol");

export const OrdersEntry = schema({
  strikes: t.array(StrikeEntry),
  support: t.array(SupportEntry),
  posture: t.string(),
  patrols: t.array(PatrolEntry),
  revoke: t.array("string"),
}, "Orders");
export type OrdersEntry = SchemaType<typeof OrdersEntry>;

/** The orders a power sent for a resolved turn. */
export const PastOrdersEntry = schema({
  turn: t.number(),
  power: t.string(),
  orders: t.ref(OrdersEntry).optional(),
}, "PastOrders");
export type PastOrdersEntry = SchemaType<typeof PastOrdersEntry>;
