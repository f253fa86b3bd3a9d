/** What happens in a match, each event tagged with who may see it. */
import type { CountryId, FactionId, Phase, PowerId, TrackId, WeaponKind, ZoneId } from "./ids";
import type { Effect } from "./scenario/types";
import type { Term, TreatyStatus } from "./terms";

export type Visibility = "all" | PowerId[];

export type EventBody =
  | { kind: "phase"; phase: Phase }
  | { kind: "card"; cardId: string | null; headline: string; text: string; effects: Effect[]; injected: boolean; to: PowerId | null }
  /** note: the reason a rejecting power gave, when it gave one. */
  | { kind: "proposal"; proposalId: string; from: PowerId; by: PowerId; parties: PowerId[]; action: "proposed" | "accepted" | "rejected" | "withdrawn" | "countered"; note?: string }
  | { kind: "treaty"; treatyId: string; term: Term; parties: PowerId[]; status: TreatyStatus; by: PowerId | null }
  | { kind: "ordersIn"; power: PowerId }
  | { kind: "resupply"; power: PowerId; asset: string; units: number }
  /** A strike launched, as its owner announces it: public. */
  | { kind: "claim"; power: PowerId; strikeId: string; zone: ZoneId; faction: FactionId; weapon: WeaponKind }
  /** A strike that never launched (basing consent lost, nothing left to fire, out of range): its owner only. */
  | { kind: "strikeAborted"; power: PowerId; strikeId: string; asset: string; zone: ZoneId; reason: "basing" | "stock" | "range" }
  /**
   * The flight and its route: seen by its owner and every power that observed it. `granted` and
   * `violated` are the countries crossed with and without rights; `detectedOver` where it was seen.
   */
  | { kind: "strikeFlown"; strikeId: string; power: PowerId; asset: string; zone: ZoneId; weapon: WeaponKind; units: number; route: [number, number][]; lengthKm: number; inRange: boolean; claim: FactionId; granted: CountryId[]; violated: CountryId[]; detectedOver: CountryId[] }
  /** A flight through an airspace without rights: public when detected (a protest), else its owner only. */
  | { kind: "violation"; power: PowerId; country: CountryId; owner: PowerId | null; strikeId: string; weapon: WeaponKind; detected: boolean; engaged: boolean; km: number }
  /**
   * Units brought down: a strike's (strikeId) or no-fly-zone patrols (treatyId, strikeId null), by a
   * country's air defences (source "defences") or by no-fly-zone patrols (source "nfz"). `by`: the
   * powers responsible (empty for a country without a seat).
   */
  | { kind: "interception"; power: PowerId; by: PowerId[]; country: CountryId | null; source: "defences" | "nfz"; strikeId: string | null; treatyId: string | null; units: number; weapon: WeaponKind }
  /** Aircraft of `power` shot down by `by` (a clash between them), or by a country without a seat. */
  | { kind: "shootDown"; power: PowerId; by: PowerId[]; country: CountryId | null; strikeId: string | null; treatyId: string | null; units: number }
  /** A strike flew into a no-fly zone in force whose sponsors had not exempted it. */
  | { kind: "nfzContested"; power: PowerId; strikeId: string; treatyId: string; zone: ZoneId }
  /** What a strike really hit, seen by its owner, the zone's country and powers with strong intelligence. */
  | { kind: "impact"; power: PowerId; strikeId: string; zone: ZoneId; claim: FactionId; hit: Partial<Record<FactionId, number>>; mostHit: FactionId | null; falseClaim: boolean; civilians: number; landed: number; launched: number }
  | { kind: "supportLanded"; power: PowerId; faction: FactionId; zone: ZoneId; points: number; covert: boolean }
  /** Covert support seen by another power: in the turn it landed, or a later turn (landedTurn tells which). */
  | { kind: "supportDetected"; power: PowerId; faction: FactionId; zone: ZoneId; points: number; by: PowerId; landedTurn: number }
  /**
   * A pledge broken. For a proxy-support pledge (faction, stance and zones given): "stop" broken by
   * supporting the faction there (overtly, or covertly and detected), "support" by giving it nothing there.
   */
  | { kind: "pledgeBroken"; power: PowerId; treatyId: string; faction?: FactionId; stance?: "support" | "stop"; zones?: ZoneId[] }
  /** Patrols counted for a no-fly zone this turn: `flown` ordered, `shotDown` lost, in force iff flown − shotDown ≥ needed. */
  | { kind: "nfzStatus"; treatyId: string; zones: ZoneId[]; inForce: boolean; pledged: number; flown: number; shotDown: number; needed: number }
  | { kind: "fighting"; zone: ZoneId; losses: Partial<Record<FactionId, number>>; control: FactionId | null; previous: FactionId | null }
  | { kind: "track"; power: PowerId; track: TrackId; delta: number; value: number; reason: string }
  | { kind: "influence"; power: PowerId; country: CountryId; delta: number; value: number; reason: string }
  /** by/against/incident: the powers whose clash raised it (none for cards, injects and the quiet-turn fall). */
  | { kind: "escalation"; delta: number; value: number; reason: string; by?: PowerId; against?: PowerId; incident?: EscalationIncident }
  | { kind: "matchEnded"; reason: MatchEndReason; scores: Record<PowerId, number> };

/** clash: a raise between two powers (capped per pair and turn); protest: a detected violation of watched airspace (capped per violator and turn). */
export type EscalationIncident = "clash" | "protest";

export type MatchEndReason = "turns" | "openWar" | "facilitator";

export type GameEvent = EventBody & { seq: number; turn: number; phase: Phase; visibleTo: Visibility };

export function canSee(visibleTo: Visibility, viewer: PowerId | "facilitator" | "spectator"): boolean {
  if (visibleTo === "all" || viewer === "facilitator") return true;
  if (viewer === "spectator") return false;
  return visibleTo.includes(viewer);
}
