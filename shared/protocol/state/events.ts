/**
 * The event log's entries: one type per event kind (shared/events.ts), each extending Event; the
 * wire names the subtype of each entry. An entry's number (`seq`) is its position in the
 * viewer's log plus one, so it is not sent. Each entry is as few schema objects as exact allows
 * (every one costs ~1 KB of the server's heap, per viewer): lists of ids are one string of ids
 * separated by spaces (ids have none), a route is one flat list of numbers, a cause is fields
 * of its event (wireEvent in write-view.ts writes them; client/src/net/entities.ts reads them).
 */
import "./exact-numbers";
import { schema, t } from "@colyseus/schema";
import type { SchemaType } from "@colyseus/schema";
import { variants } from "./variants";
import { TermEntry } from "./terms";

export const EventEntry = schema({
  kind: t.string(),
  turn: t.number(),
  phase: t.string(),
  /** The powers who may see it, in the rules' order, separated by spaces; absent for a public event. */
  seenBy: t.string(),
}, "Event");
export type EventEntry = SchemaType<typeof EventEntry>;

/** A change of track, influence or escalation, with its cause's fields (shared/events.ts Cause: every field optional but the code). */
const CausedEvent = EventEntry.extend({
  causeCode: t.string(),
  causeZone: t.string(),
  causeFaction: t.string(),
  causeCountry: t.string(),
  causeAsset: t.string(),
  causePower: t.string(),
  causeTreaty: t.string(),
  causeCard: t.string(),
  causeUnits: t.number(),
  causeLaunched: t.number(),
  causeWeapon: t.string(),
  causeNfz: t.boolean(),
}, "CausedEvent");

/** A card's effect: one type per kind, as events. */
export const EffectEntry = schema({ kind: t.string(), delta: t.number() }, "Effect");
variants(EffectEntry, {
  track: EffectEntry.extend({ power: t.string(), track: t.string() }, "TrackEffect"),
  influence: EffectEntry.extend({ power: t.string(), country: t.string() }, "InfluenceEffect"),
  strength: EffectEntry.extend({ zone: t.string(), faction: t.string() }, "StrengthEffect"),
  civilians: EffectEntry.extend({ zone: t.string() }, "CiviliansEffect"),
  escalation: EffectEntry.extend({}, "EscalationEffect"),
  stock: EffectEntry.extend({ asset: t.string() }, "StockEffect"),
});

variants(EventEntry, {
  phase: EventEntry.extend({}, "PhaseEvent"),
  card: EventEntry.extend({ cardId: t.string(), headline: t.string(), text: t.string(), effects: t.array(EffectEntry), injected: t.boolean(), to: t.string() }, "CardEvent"),
  proposal: EventEntry.extend({ proposalId: t.string(), from: t.string(), by: t.string(), parties: t.string(), action: t.string(), note: t.string() }, "ProposalEvent"),
  treaty: EventEntry.extend({ treatyId: t.string(), term: t.ref(TermEntry).optional(), parties: t.string(), status: t.string(), by: t.string() }, "TreatyEvent"),
  ordersIn: EventEntry.extend({ power: t.string() }, "OrdersInEvent"),
  resupply: EventEntry.extend({ power: t.string(), asset: t.string(), units: t.number() }, "ResupplyEvent"),
  claim: EventEntry.extend({ power: t.string(), strikeId: t.string(), zone: t.string(), faction: t.string(), weapon: t.string() }, "ClaimEvent"),
  strikeAborted: EventEntry.extend({ power: t.string(), strikeId: t.string(), asset: t.string(), zone: t.string(), reason: t.string() }, "StrikeAbortedEvent"),
  strikeFlown: EventEntry.extend({
    strikeId: t.string(), power: t.string(), asset: t.string(), zone: t.string(), weapon: t.string(), units: t.number(),
    route: t.array("number"), lengthKm: t.number(), inRange: t.boolean(), claim: t.string(),
    granted: t.string(), violated: t.string(), detectedOver: t.string(),
  }, "StrikeFlownEvent"),
  violation: EventEntry.extend({ power: t.string(), country: t.string(), owner: t.string(), strikeId: t.string(), weapon: t.string(), detected: t.boolean(), engaged: t.boolean(), km: t.number() }, "ViolationEvent"),
  interception: EventEntry.extend({ power: t.string(), by: t.string(), country: t.string(), source: t.string(), strikeId: t.string(), treatyId: t.string(), units: t.number(), weapon: t.string() }, "InterceptionEvent"),
  shootDown: EventEntry.extend({ power: t.string(), by: t.string(), country: t.string(), strikeId: t.string(), treatyId: t.string(), units: t.number() }, "ShootDownEvent"),
  nfzContested: EventEntry.extend({ power: t.string(), strikeId: t.string(), treatyId: t.string(), zone: t.string() }, "NfzContestedEvent"),
  impact: EventEntry.extend({
    power: t.string(), strikeId: t.string(), zone: t.string(), claim: t.string(), hit: t.map("number"), mostHit: t.string(),
    falseClaim: t.boolean(), civilians: t.number(), landed: t.number(), launched: t.number(),
  }, "ImpactEvent"),
  supportLanded: EventEntry.extend({ power: t.string(), faction: t.string(), zone: t.string(), points: t.number(), covert: t.boolean() }, "SupportLandedEvent"),
  supportDetected: EventEntry.extend({ power: t.string(), faction: t.string(), zone: t.string(), points: t.number(), by: t.string(), landedTurn: t.number() }, "SupportDetectedEvent"),
  pledgeBroken: EventEntry.extend({ power: t.string(), treatyId: t.string(), faction: t.string(), stance: t.string(), zones: t.string() }, "PledgeBrokenEvent"),
  nfzStatus: EventEntry.extend({ treatyId: t.string(), zones: t.string(), inForce: t.boolean(), pledged: t.number(), flown: t.number(), shotDown: t.number(), needed: t.number() }, "NfzStatusEvent"),
  fighting: EventEntry.extend({ zone: t.string(), losses: t.map("number"), control: t.string(), previous: t.string() }, "FightingEvent"),
  track: CausedEvent.extend({ power: t.string(), track: t.string(), delta: t.number(), value: t.number() }, "TrackEvent"),
  influence: CausedEvent.extend({ power: t.string(), country: t.string(), delta: t.number(), value: t.number() }, "InfluenceEvent"),
  escalation: CausedEvent.extend({ delta: t.number(), value: t.number(), by: t.string(), against: t.string(), incident: t.string() }, "EscalationEvent"),
  matchEnded: EventEntry.extend({ reason: t.string(), scores: t.map("number") }, "MatchEndedEvent"),
});
