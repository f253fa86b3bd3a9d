/** What happens in a match, each event tagged with who may see it. */
import type { CountryId, FactionId, Phase, PowerId, TrackId, WeaponKind, ZoneId } from "./ids";
import type { Effect } from "./scenario/types";
import type { Term, TreatyStatus } from "./terms";

export type Visibility = "all" | PowerId[];

export type EventBody =
  | { kind: "phase"; phase: Phase }
  | { kind: "card"; cardId: string | null; headline: string; text: string; effects: Effect[]; injected: boolean; to: PowerId | null }
  | { kind: "proposal"; proposalId: string; from: PowerId; by: PowerId; parties: PowerId[]; action: "proposed" | "accepted" | "rejected" | "withdrawn" | "countered" }
  | { kind: "treaty"; treatyId: string; term: Term; parties: PowerId[]; status: TreatyStatus; by: PowerId | null }
  | { kind: "ordersIn"; power: PowerId }
  | { kind: "resupply"; power: PowerId; asset: string; units: number }
  | { kind: "strikeFlown"; strikeId: string; power: PowerId; asset: string; zone: ZoneId; weapon: WeaponKind; units: number; route: [number, number][]; lengthKm: number; inRange: boolean; claim: FactionId; seenOver: CountryId[] }
  | { kind: "violation"; power: PowerId; country: CountryId; owner: PowerId | null; strikeId: string; detected: boolean; engaged: boolean }
  | { kind: "interception"; power: PowerId; by: PowerId | null; country: CountryId | null; strikeId: string; units: number; weapon: WeaponKind; nfz: boolean }
  | { kind: "impact"; power: PowerId; strikeId: string; zone: ZoneId; claim: FactionId; hit: Partial<Record<FactionId, number>>; civilians: number; landed: number }
  | { kind: "supportLanded"; power: PowerId; faction: FactionId; zone: ZoneId; points: number; covert: boolean }
  | { kind: "supportDetected"; power: PowerId; faction: FactionId; zone: ZoneId; points: number; by: PowerId }
  | { kind: "pledgeBroken"; power: PowerId; treatyId: string }
  | { kind: "nfzStatus"; treatyId: string; inForce: boolean; pledged: number; needed: number }
  | { kind: "fighting"; zone: ZoneId; losses: Partial<Record<FactionId, number>>; control: FactionId | null; previous: FactionId | null }
  | { kind: "track"; power: PowerId; track: TrackId; delta: number; value: number; reason: string }
  | { kind: "influence"; power: PowerId; country: CountryId; delta: number; value: number; reason: string }
  | { kind: "escalation"; delta: number; value: number; reason: string }
  | { kind: "matchEnded"; reason: MatchEndReason; scores: Record<PowerId, number> };

export type MatchEndReason = "turns" | "openWar" | "facilitator";

export type GameEvent = EventBody & { seq: number; turn: number; phase: Phase; visibleTo: Visibility };

export function canSee(visibleTo: Visibility, viewer: PowerId | "facilitator" | "spectator"): boolean {
  if (visibleTo === "all" || viewer === "facilitator") return true;
  if (viewer === "spectator") return false;
  return visibleTo.includes(viewer);
}
