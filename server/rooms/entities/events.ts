/**
 * The event log's entries: one type per event kind (shared/events.ts), each extending Event; the
 * wire names the subtype of each entry. An entry's number (`seq`) is its position in the
 * viewer's log plus one, so it is not sent.
 */
import { schema, t } from "@colyseus/schema";
import type { SchemaType } from "@colyseus/schema";
import { variants } from "../sync-entity";
import { LonLatEntry } from "./common";
import { TermEntry } from "./terms";

export const EventEntry = schema({
  kind: t.string(),
  turn: t.number(),
  phase: t.string(),
  /** The powers who may see it; absent for a public event. */
  seenBy: t.array("string").optional(),
}, "Event");
export type EventEntry = SchemaType<typeof EventEntry>;

/** A cause of a change of track, influence or escalation (contracts.md: flat, every field optional but the code). */
export const CauseEntry = schema({
  code: t.string(),
  zone: t.string(),
  faction: t.string(),
  country: t.string(),
  asset: t.string(),
  power: t.string(),
  treaty: t.string(),
  card: t.string(),
  units: t.number(),
  launched: t.number(),
  weapon: t.string(),
  nfz: t.boolean(),
}, "Cause");

/** A card's effect: one type per kind, as events. */
export const EffectEntry = schema({ kind: t.string(), delta: t.float64() }, "Effect");
variants(EffectEntry, {
  track: EffectEntry.extend({ power: t.string(), track: t.string() }, "TrackEffect"),
  influence: EffectEntry.extend({ power: t.string(), country: t.string() }, "InfluenceEffect"),
  strength: EffectEntry.extend({ zone: t.string(), faction: t.string() }, "StrengthEffect"),
  civilians: EffectEntry.extend({ zone: t.string() }, "CiviliansEffect"),
  escalation: EffectEntry.extend({}, "EscalationEffect"),
  stock: EffectEntry.extend({ asset: t.string() }, "StockEffect"),
});

const cause = { cause: t.ref(CauseEntry).optional() };

variants(EventEntry, {
  phase: EventEntry.extend({}, "PhaseEvent"),
  card: EventEntry.extend({ cardId: t.string(), headline: t.string(), text: t.string(), effects: t.array(EffectEntry), injected: t.boolean(), to: t.string() }, "CardEvent"),
  proposal: EventEntry.extend({ proposalId: t.string(), from: t.string(), by: t.string(), parties: t.array("string"), action: t.string(), note: t.string() }, "ProposalEvent"),
  treaty: EventEntry.extend({ treatyId: t.string(), term: t.ref(TermEntry).optional(), parties: t.array("string"), status: t.string(), by: t.string() }, "TreatyEvent"),
  ordersIn: EventEntry.extend({ power: t.string() }, "OrdersInEvent"),
  resupply: EventEntry.extend({ power: t.string(), asset: t.string(), units: t.number() }, "ResupplyEvent"),
  claim: EventEntry.extend({ power: t.string(), strikeId: t.string(), zone: t.string(), faction: t.string(), weapon: t.string() }, "ClaimEvent"),
  strikeAborted: EventEntry.extend({ power: t.string(), strikeId: t.string(), asset: t.string(), zone: t.string(), reason: t.string() }, "StrikeAbortedEvent"),
  strikeFlown: EventEntry.extend({
    strikeId: t.string(), power: t.string(), asset: t.string(), zone: t.string(), weapon: t.string(), units: t.number(),
    route: t.array(LonLatEntry), lengthKm: t.float64(), inRange: t.boolean(), claim: t.string(),
    granted: t.array("string"), violated: t.array("string"), detectedOver: t.array("string"),
  }, "StrikeFlownEvent"),
  violation: EventEntry.extend({ power: t.string(), country: t.string(), owner: t.string(), strikeId: t.string(), weapon: t.string(), detected: t.boolean(), engaged: t.boolean(), km: t.float64() }, "ViolationEvent"),
  interception: EventEntry.extend({ power: t.string(), by: t.array("string"), country: t.string(), source: t.string(), strikeId: t.string(), treatyId: t.string(), units: t.number(), weapon: t.string() }, "InterceptionEvent"),
  shootDown: EventEntry.extend({ power: t.string(), by: t.array("string"), country: t.string(), strikeId: t.string(), treatyId: t.string(), units: t.number() }, "ShootDownEvent"),
  nfzContested: EventEntry.extend({ power: t.string(), strikeId: t.string(), treatyId: t.string(), zone: t.string() }, "NfzContestedEvent"),
  impact: EventEntry.extend({
    power: t.string(), strikeId: t.string(), zone: t.string(), claim: t.string(), hit: t.map("float64"), mostHit: t.string(),
    falseClaim: t.boolean(), civilians: t.float64(), landed: t.number(), launched: t.number(),
  }, "ImpactEvent"),
  supportLanded: EventEntry.extend({ power: t.string(), faction: t.string(), zone: t.string(), points: t.float64(), covert: t.boolean() }, "SupportLandedEvent"),
  supportDetected: EventEntry.extend({ power: t.string(), faction: t.string(), zone: t.string(), points: t.float64(), by: t.string(), landedTurn: t.number() }, "SupportDetectedEvent"),
  pledgeBroken: EventEntry.extend({ power: t.string(), treatyId: t.string(), faction: t.string(), stance: t.string(), zones: t.array("string").optional() }, "PledgeBrokenEvent"),
  nfzStatus: EventEntry.extend({ treatyId: t.string(), zones: t.array("string"), inForce: t.boolean(), pledged: t.number(), flown: t.number(), shotDown: t.number(), needed: t.number() }, "NfzStatusEvent"),
  fighting: EventEntry.extend({ zone: t.string(), losses: t.map("float64"), control: t.string(), previous: t.string() }, "FightingEvent"),
  track: EventEntry.extend({ power: t.string(), track: t.string(), delta: t.float64(), value: t.float64(), ...cause }, "TrackEvent"),
  influence: EventEntry.extend({ power: t.string(), country: t.string(), delta: t.float64(), value: t.float64(), ...cause }, "InfluenceEvent"),
  escalation: EventEntry.extend({ delta: t.float64(), value: t.float64(), by: t.string(), against: t.string(), incident: t.string(), ...cause }, "EscalationEvent"),
  matchEnded: EventEntry.extend({ reason: t.string(), scores: t.map("float64") }, "MatchEndedEvent"),
});
