/** fast-check generators of commands: mostly plausible, some malformed, from any actor. */
import { CASPIAN_POWERS, CASPIAN_FACTIONS } from "./caspian";
import fc from "fast-check";
import { getScenario, PHASES, POSTURES } from "../../shared";
import type { Actor } from "../../shared";

const scenario = getScenario("caspian-salvo");
const zoneIds = scenario.zones.map((z) => z.id);
const assetIds = scenario.assets.map((a) => a.id);
const power = fc.constantFrom(...CASPIAN_POWERS);
const faction = fc.constantFrom(...CASPIAN_FACTIONS);
const zone = fc.oneof(fc.constantFrom(...zoneIds), fc.string({ maxLength: 8 }));
const smallInt = fc.integer({ min: -3, max: 40 });
const lonLat = fc.tuple(fc.double({ min: 30, max: 55, noNaN: true }), fc.double({ min: 28, max: 45, noNaN: true }));

export const actor: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 8, arbitrary: power },
  { weight: 1, arbitrary: fc.constantFrom<Actor>("facilitator", "system") },
);

const term = fc.oneof(
  fc.record({ kind: fc.constant("overflight"), grantor: power, grantee: power, scope: fc.constantFrom("missiles", "aircraft", "both"), turns: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant("nfz"), zones: fc.array(zone, { minLength: 1, maxLength: 4 }), pledges: fc.dictionary(power, fc.integer({ min: 0, max: 6 }), { maxKeys: 3 }), exempt: fc.array(power, { maxLength: 2 }), turns: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant("support"), pledger: power, faction, zones: fc.array(zone, { minLength: 1, maxLength: 3 }), stance: fc.constantFrom("support", "stop"), turns: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant("basing"), host: power, guest: power, turns: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant("intel"), members: fc.uniqueArray(power, { minLength: 2, maxLength: 3 }), turns: fc.integer({ min: 1, max: 10 }) }),
);

const proposalId = fc.oneof(fc.integer({ min: 1, max: 40 }).map((n) => `p${n}`), fc.string({ maxLength: 5 }));
const treatyId = fc.integer({ min: 1, max: 40 }).map((n) => `t${n}`);

const orders = fc.record({
  strikes: fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      asset: fc.oneof(fc.constantFrom(...assetIds), fc.string({ maxLength: 6 })),
      zone,
      faction,
      units: fc.integer({ min: 0, max: 30 }),
      waypoints: fc.array(lonLat, { maxLength: 3 }),
      claim: faction,
    }),
    { maxLength: 3 },
  ),
  support: fc.array(fc.record({ faction, zone, points: smallInt, covert: fc.boolean() }), { maxLength: 3 }),
  posture: fc.constantFrom(...POSTURES),
  patrols: fc.array(fc.record({ treaty: treatyId, units: smallInt }), { maxLength: 2 }),
  revoke: fc.array(treatyId, { maxLength: 2 }),
});

/** A command body without its turn/phase stamp. */
export const commandBody: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant("propose"), parties: fc.uniqueArray(power, { minLength: 1, maxLength: 3 }), terms: fc.array(term, { minLength: 1, maxLength: 3 }), note: fc.string({ maxLength: 20 }) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constantFrom("accept", "reject", "withdraw"), proposal: proposalId }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("counter"), proposal: proposalId, parties: fc.uniqueArray(power, { minLength: 1, maxLength: 3 }), terms: fc.array(term, { minLength: 1, maxLength: 2 }), note: fc.constant("") }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant("orders"), orders }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("ready"), ready: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant("advance") }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("inject"), card: fc.oneof(fc.record({ cardId: fc.constantFrom(...scenario.events.map((e) => e.id), "nope") }), fc.record({ headline: fc.string({ minLength: 1, maxLength: 10 }), text: fc.string({ maxLength: 10 }), effects: fc.array(fc.record({ kind: fc.constant("escalation"), delta: fc.integer({ min: -3, max: 3 }) }), { maxLength: 2 }) })), to: fc.option(power, { nil: null }) }) },
  { weight: 1, arbitrary: fc.anything().map((x) => ({ type: "garbage", x })) },
);

export interface Step {
  actor: Actor;
  body: Record<string, unknown>;
  /** Use the match's current stamp (true) or a random, probably stale one. */
  current: boolean;
  stale: { turn: number; phase: string };
}

export const step: fc.Arbitrary<Step> = fc.record({
  actor,
  body: commandBody,
  current: fc.constantFrom(true, true, true, false),
  stale: fc.record({ turn: fc.integer({ min: 0, max: 12 }), phase: fc.constantFrom(...PHASES) }),
});
