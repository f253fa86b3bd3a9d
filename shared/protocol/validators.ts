/**
 * The shape of every message a client sends that is not a rules command (those are checked by
 * the rules' own commandSchema, shared/commands.ts): create and join options, chat, seat claims,
 * the team draft, the facilitator's controls. The server parses with these; the protocol's
 * payload types are inferred from them. Zod: the browser client may only `import type` this file.
 */
import { z } from "zod";
import { BOT_LEVELS } from "../bots/context";
import { ID_PATTERN } from "../ids";
import { LIMITS } from "../limits";
import { DEFAULT_SCENARIO_ID } from "../scenario";
import { draftEditSchema, DRAFT_EDITS_PER_MESSAGE, READY_RULES } from "../team-draft";
import type { ClassroomMessage } from "./names";

/** Control characters other than tab and newline (PostgreSQL cannot even store NUL). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text people write and others read (names, chat): trimmed, bounded, no control characters. */
export function writtenText(max: number) {
  return z.string().trim().min(1).max(max).refine((s) => !CONTROL.test(s), { message: "Control characters are not allowed." });
}

/** A power id's shape; the room checks that its scenario has that power. */
const power = z.string().regex(ID_PATTERN);
const botLevel = z.enum(BOT_LEVELS);
const playerName = writtenText(LIMITS.nameLength);
const key = z.string().min(1).max(100);
const seconds = z.number().int().min(5).max(24 * 3600);

export const createOptionsSchema = z.strictObject({
  name: writtenText(LIMITS.matchNameLength).optional(),
  visibility: z.enum(["public", "private"]).default("public"),
  scenario: z.string().max(60).default(DEFAULT_SCENARIO_ID),
  /** A teacher's own scenario file (shared/scenario/schema.ts checks it; `scenario` is then ignored). */
  scenarioFile: z.unknown().optional(),
  turns: z.number().int().min(1).max(LIMITS.turns).optional(),
  timers: z.union([z.enum(["lesson", "online"]), z.strictObject({ briefing: seconds, diplomacy: seconds, orders: seconds, report: seconds })]).default("online"),
  /** Seats reserved for bots: a list of powers (at the default level) or power → level. */
  bots: z.union([z.array(power).max(LIMITS.powers), z.partialRecord(power, botLevel)]).default([]),
  botLevel: botLevel.default("normal"),
  facilitator: z.boolean().default(false),
  teams: z.boolean().optional(),
  /** Most players per power with teams (default TEAM_CAP). */
  teamCap: z.number().int().min(1).max(LIMITS.teamCap).optional(),
  /** A lesson's practice turn before turn 1 (server/match/practice.ts). */
  practice: z.boolean().optional(),
});

export const joinOptionsSchema = z.strictObject({
  /** Options of a new match: only when creating one (checked with createOptionsSchema then). */
  match: z.unknown().optional(),
  name: playerName.optional(),
  seatKey: key.optional(),
  facilitatorKey: key.optional(),
  power: power.optional(),
  /** Quick play: any free seat (the given power if free). */
  quick: z.boolean().optional(),
  spectator: z.boolean().optional(),
  /** A student who waits, as a spectator, for the facilitator to assign a power (classroom). */
  waiting: z.boolean().optional(),
  /** This browser's device id (random, kept by the browser): a student the facilitator removed stays out. */
  device: z.string().min(8).max(64).optional(),
  /** The id of the state's types a client decodes with, skipping the handshake (shared/protocol/state/fingerprint.ts). */
  stateTypes: z.string().regex(/^[0-9a-f]{16}$/).optional(),
});

export const chatSchema = z.strictObject({
  to: z.union([z.literal("public"), z.array(power).min(1).max(LIMITS.powers)]),
  text: writtenText(LIMITS.chatLength),
});

export const claimSchema = z.strictObject({ power: power.optional(), name: playerName.optional() });

export const pauseSchema = z.strictObject({ paused: z.boolean() });
/** Changes to the team's shared draft (shared/team-draft.ts), and whether to send it as the team's orders. */
export const draftSchema = z.strictObject({
  turn: z.number().int().min(1).max(1000),
  edits: z.array(draftEditSchema).max(DRAFT_EDITS_PER_MESSAGE),
  send: z.boolean().optional(),
});
export const extendSchema = z.strictObject({ seconds: z.number().int().min(-3600).max(3600) });
/** The clock's round trip: no payload to speak of (whatever is sent is ignored). */
export const timeSchema = z.unknown();

const player = z.string().min(3).max(80);
/** The facilitator's classroom messages (server/rooms/classroom.ts), by name. */
export const classroomSchemas = {
  roster: z.strictObject({}),
  assign: z.strictObject({ player, power }),
  kick: z.strictObject({ player }),
  bots: z.strictObject({ powers: z.array(power).min(1).max(LIMITS.powers), reserved: z.boolean(), level: botLevel.optional() }),
  broadcast: z.strictObject({ to: z.union([z.literal("all"), power]), text: writtenText(LIMITS.chatLength) }),
  teamcap: z.strictObject({ size: z.number().int().min(1).max(LIMITS.teamCap) }),
  readyrule: z.strictObject({ rule: z.enum(READY_RULES), captains: z.partialRecord(power, player).optional() }),
  rename: z.strictObject({ player, name: writtenText(LIMITS.nameLength) }),
  entry: z.strictObject({ locked: z.boolean().optional(), assignOnly: z.boolean().optional(), readmit: z.literal(true).optional() }),
  /** Ends the practice turn: the real match starts at turn 1, running. */
  realmatch: z.strictObject({}),
} as const satisfies Record<ClassroomMessage, z.ZodType>;
