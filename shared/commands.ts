/**
 * Every command a seat, the facilitator or the server's clock can send, as one schema.
 * The server and the rules both parse with it, so a shape is checked in one place.
 */
import { z } from "zod";
import { ID_PATTERN, PHASES, POSTURES, TRACKS } from "./ids";
import { OVERFLIGHT_SCOPES } from "./terms";
import type { Term } from "./terms";
import type { Orders } from "./orders";
import type { Effect } from "./scenario/types";
import type { Result } from "./result";
import { fail, ok } from "./result";
import { LIMITS } from "./limits";

/** The shape of an id only: whether the match's scenario has that power or faction is the rules' check (command-ids.ts). */
const power = z.string().regex(ID_PATTERN);
const faction = z.string().regex(ID_PATTERN);
const id = z.string().min(1).max(LIMITS.idLength);
const turns = z.number().int().min(1).max(LIMITS.turns);
/** Frozen, as the rules' LonLat is readonly. */
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).readonly();
const zones = z.array(id).min(1).max(LIMITS.zonesPerTerm);

export const termSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("overflight"), grantor: power, grantee: power, scope: z.enum(OVERFLIGHT_SCOPES), turns }),
  z.strictObject({
    kind: z.literal("nfz"),
    zones,
    pledges: z.partialRecord(power, z.number().int().min(0).max(LIMITS.points)),
    exempt: z.array(power).max(LIMITS.powers),
    turns,
  }),
  z.strictObject({ kind: z.literal("support"), pledger: power, faction, zones, stance: z.enum(["support", "stop"]), turns }),
  z.strictObject({ kind: z.literal("basing"), host: power, guest: power, turns }),
  z.strictObject({ kind: z.literal("intel"), members: z.array(power).min(2).max(LIMITS.powers), turns }),
]);

export const ordersSchema = z.strictObject({
  strikes: z
    .array(
      z.strictObject({
        id,
        asset: id,
        zone: id,
        faction,
        units: z.number().int().min(1).max(LIMITS.unitsPerStrike),
        waypoints: z.array(lonLat).max(LIMITS.waypoints),
        claim: faction,
      }),
    )
    .max(LIMITS.strikes),
  support: z
    .array(z.strictObject({ faction, zone: id, points: z.number().int().min(1).max(LIMITS.points), covert: z.boolean() }))
    .max(LIMITS.supportOrders),
  posture: z.enum(POSTURES),
  patrols: z.array(z.strictObject({ treaty: id, units: z.number().int().min(1).max(LIMITS.points) })).max(LIMITS.patrols),
  revoke: z.array(id).max(LIMITS.revocations),
});

const effectSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("track"), power, track: z.enum(TRACKS), delta: z.number().min(-100).max(100) }),
  z.strictObject({ kind: z.literal("influence"), power, country: id, delta: z.number().min(-100).max(100) }),
  z.strictObject({ kind: z.literal("strength"), zone: id, faction, delta: z.number().min(-100).max(100) }),
  z.strictObject({ kind: z.literal("civilians"), zone: id, delta: z.number().min(-10000).max(10000) }),
  z.strictObject({ kind: z.literal("escalation"), delta: z.number().min(-10).max(10) }),
  z.strictObject({ kind: z.literal("stock"), asset: id, delta: z.number().int().min(-100).max(100) }),
]);

/** Every command names the turn and phase its sender saw, so a stale one is refused. */
const stamp = { turn: z.number().int().min(1).max(1000), phase: z.enum(PHASES) };

export const commandSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("propose"), ...stamp, parties: z.array(power).min(1).max(LIMITS.powers), terms: z.array(termSchema).min(1).max(LIMITS.terms), note: z.string().max(LIMITS.noteLength) }),
  z.strictObject({ type: z.literal("accept"), ...stamp, proposal: id }),
  /** note: the reason given to the proposer, optional. */
  z.strictObject({ type: z.literal("reject"), ...stamp, proposal: id, note: z.string().max(LIMITS.noteLength).optional() }),
  z.strictObject({ type: z.literal("withdraw"), ...stamp, proposal: id }),
  z.strictObject({ type: z.literal("counter"), ...stamp, proposal: id, parties: z.array(power).min(1).max(LIMITS.powers), terms: z.array(termSchema).min(1).max(LIMITS.terms), note: z.string().max(LIMITS.noteLength) }),
  z.strictObject({ type: z.literal("orders"), ...stamp, orders: ordersSchema }),
  z.strictObject({ type: z.literal("ready"), ...stamp, ready: z.boolean() }),
  z.strictObject({ type: z.literal("advance"), ...stamp }),
  z.strictObject({
    type: z.literal("inject"),
    ...stamp,
    card: z.union([
      z.strictObject({ cardId: id }),
      z.strictObject({ headline: z.string().min(1).max(LIMITS.headlineLength), text: z.string().max(LIMITS.cardTextLength), effects: z.array(effectSchema).max(LIMITS.effects) }),
    ]),
    to: power.nullable(),
  }),
  z.strictObject({ type: z.literal("end"), ...stamp }),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command["type"];

/** True only if A and B are the same type (not merely assignable one way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/**
 * The rules' own types of orders, terms and effects (written out in orders.ts, terms.ts and
 * scenario/types.ts) are exactly what the schemas accept: a change to one side that the other
 * does not follow fails the type check here.
 */
export const SCHEMAS_MATCH_RULE_TYPES: [
  Same<z.infer<typeof ordersSchema>, Orders>,
  Same<z.infer<typeof termSchema>, Term>,
  Same<z.infer<typeof effectSchema>, Effect>,
] = [true, true, true];

/** Checks the shape of untrusted input; never throws. */
export function parseCommand(input: unknown): Result<Command> {
  const parsed = commandSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail("command/malformed", { at: issue ? issue.path.join(".") : "", detail: issue?.message ?? "invalid" });
}
