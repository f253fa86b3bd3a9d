/** Identifiers of the game's vocabulary. Each fixed list is the single source of its union type. */

/**
 * A power (a seat) of the match's scenario. Which powers there are is the scenario's to say
 * (shared/scenario/ids-of.ts: `powersOf(state)`), so the id is any string the scenario uses.
 */
export type PowerId = string;

/** A faction: a side without a seat that the rules drive. The scenario names them too. */
export type FactionId = string;

/** How a scenario writes a power's or a faction's id: lower case, digits and dashes. */
export const ID_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;

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

