/** A power's secret orders for one turn. */
import type { AssetId, FactionId, Posture, ZoneId } from "./ids";
import type { LonLat } from "./scenario/types";

export interface StrikeOrder {
  /** Chosen by the issuing power, unique within its orders. */
  id: string;
  asset: AssetId;
  zone: ZoneId;
  /** The faction the strike is meant to hit. */
  faction: FactionId;
  units: number;
  /** Points the route passes through between the asset and the target zone. */
  waypoints: LonLat[];
  /** What the power will say publicly it struck. */
  claim: FactionId;
}

export interface SupportOrder {
  faction: FactionId;
  zone: ZoneId;
  points: number;
  covert: boolean;
}

export interface PatrolOrder {
  /** The no-fly-zone treaty whose zones the units patrol. */
  treaty: string;
  units: number;
}

export interface Orders {
  strikes: StrikeOrder[];
  support: SupportOrder[];
  /** Air defence posture over the power's own airspace from this turn on. */
  posture: Posture;
  patrols: PatrolOrder[];
  /** Treaties to revoke at the start of resolution. */
  revoke: string[];
}

export function emptyOrders(posture: Posture): Orders {
  return { strikes: [], support: [], posture, patrols: [], revoke: [] };
}
