/** Identifiers of the game's fixed vocabulary. Each list is the single source of its union type. */

export const POWERS = ["russia", "usa", "iran", "iraq", "turkey", "syria"] as const;
export type PowerId = (typeof POWERS)[number];

/** Factions have no seat; the rules drive them. "regime" is the Syrian government's army. */
export const FACTIONS = ["isis", "rebels", "kurds", "hezbollah", "regime"] as const;
export type FactionId = (typeof FACTIONS)[number];

export const PHASES = ["briefing", "diplomacy", "orders", "resolution", "report"] as const;
export type Phase = (typeof PHASES)[number];

export const TRACKS = ["prestige", "legitimacy", "cost", "credibility"] as const;
export type TrackId = (typeof TRACKS)[number];

export const POSTURES = ["open", "watch", "engage"] as const;
export type Posture = (typeof POSTURES)[number];

export const WEAPON_KINDS = ["missile", "aircraft"] as const;
export type WeaponKind = (typeof WEAPON_KINDS)[number];

/** Policy of a country without a seat towards flights through its airspace. */
export const NEUTRAL_POLICIES = ["ignore", "protest", "engage"] as const;
export type NeutralPolicy = (typeof NEUTRAL_POLICIES)[number];

/** Who sends a command: a power's seat, the facilitator, or the server's clock. */
export type Actor = PowerId | "facilitator" | "system";
/** Whose view of the match: a power, the facilitator (sees all), or a spectator (public only). */
export type Viewer = PowerId | "facilitator" | "spectator";

export type CountryId = string;
export type ZoneId = string;
export type AssetId = string;
export type WeaponId = string;

export function isPower(value: unknown): value is PowerId {
  return typeof value === "string" && (POWERS as readonly string[]).includes(value);
}
