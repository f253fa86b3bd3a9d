/** What happens in a match, each event tagged with who may see it. */
import type { AssetId, CountryId, FactionId, Phase, PowerId, TrackId, WeaponKind, ZoneId } from "./ids";
import type { Effect } from "./scenario/types";
import type { Term, TreatyStatus } from "./terms";

export type Visibility = "all" | PowerId[];

export type EventBody =
  | { kind: "phase"; phase: Phase }
  | { kind: "card"; cardId: string; headline: string; text: string; effects: Effect[]; injected: boolean; to: PowerId | null }
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
  | { kind: "track"; power: PowerId; track: TrackId; delta: number; value: number; cause: Cause }
  | { kind: "influence"; power: PowerId; country: CountryId; delta: number; value: number; cause: Cause }
  /** by/against/incident: the powers whose clash raised it (none for cards, injects and the quiet-turn fall). */
  | { kind: "escalation"; delta: number; value: number; cause: Cause; by?: PowerId; against?: PowerId; incident?: EscalationIncident }
  | { kind: "matchEnded"; reason: MatchEndReason; scores: Record<PowerId, number> };

/**
 * Why a track, an influence or the escalation moved: a code and its parameters, never words (the
 * wording is in shared/catalog, so the match hash does not depend on it). Each code's parameters
 * are listed beside it; a parameter left out means its default (no country: international
 * airspace; nfz absent: false).
 */
export const CAUSE_CODES = [
  /** An event card's effect, scheduled or injected: card (its id: the deck's, or for a card the facilitator wrote, the one the rules gave it, "w<n>"). */
  "card",
  /** Platforms fired: asset, units, weapon. */
  "strike/launched",
  /** A landing through partners' airspace with their consent: zone. */
  "strike/consent_bonus",
  /** units of launched landed in zone. */
  "strike/landed",
  /** Civilians harmed in zone. */
  "strike/civilians",
  /** The claim to have struck faction in zone was exposed: faction, zone. */
  "strike/false_claim",
  /** Airspace of country crossed without rights; power: the flyer (on the escalation it drove). */
  "airspace/violated",
  /** The same, and the country's air defences engaged it. */
  "airspace/violated_engaged",
  /** units of weapon brought down over country (absent: international airspace); nfz: by no-fly-zone patrols. */
  "interception/lost",
  /** power (a shooter) shot down units aircraft over country; nfz: aircraft enforcing a no-fly zone. */
  "interception/shot_down",
  /** power flew into no-fly zone treaty over zone. */
  "nfz/entered",
  /** power fired on the patrols of no-fly zone treaty. */
  "nfz/fired_on_patrols",
  /** units patrol units flown of launched pledged, in no-fly zone treaty. */
  "nfz/patrols_short",
  /** Overt proxy support (its cost), or to faction (the influence it brings). */
  "support/overt",
  /** Covert proxy support (its cost). */
  "support/covert",
  /** Cost above the quagmire line. */
  "quagmire",
  /** A turn without a shoot-down. */
  "quiet_turn",
  /** treaty revoked before its end. */
  "treaty/revoked_early",
  /** Overflight rights granted by power. */
  "treaty/overflight_granted",
  /** The pledge in treaty broken. */
  "pledge/broken",
] as const;

export type CauseCode = (typeof CAUSE_CODES)[number];

/** Only flat optional scalars, so that the network schema carries a Cause as one type. */
export interface Cause {
  code: CauseCode;
  zone?: ZoneId;
  faction?: FactionId;
  country?: CountryId;
  asset?: AssetId;
  power?: PowerId;
  treaty?: string;
  card?: string;
  units?: number;
  /** What was launched (a strike's units) or pledged (a no-fly zone's patrol units), beside units. */
  launched?: number;
  weapon?: WeaponKind;
  nfz?: boolean;
}

/** clash: a raise between two powers (capped per pair and turn); protest: a detected violation of watched airspace (capped per violator and turn). */
export type EscalationIncident = "clash" | "protest";

export type MatchEndReason = "turns" | "openWar" | "facilitator";

export type GameEvent = EventBody & { seq: number; turn: number; phase: Phase; visibleTo: Visibility };

export function canSee(visibleTo: Visibility, viewer: PowerId | "facilitator" | "spectator"): boolean {
  if (visibleTo === "all" || viewer === "facilitator") return true;
  if (viewer === "spectator") return false;
  return visibleTo.includes(viewer);
}
