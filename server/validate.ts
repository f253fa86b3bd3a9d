/**
 * Shapes of everything a client sends that is not a rules command (those are checked by the
 * rules' own commandSchema): create and join options, chat, seat claims, facilitator controls.
 */
import { z } from "zod";
import { DEFAULT_SCENARIO_ID, getScenario, hasScenario, LIMITS, POWERS } from "../shared";
import type { Result } from "../shared";
import { fail, ok } from "../shared";
import { draftEditSchema, DRAFT_EDITS_PER_MESSAGE } from "../shared/team-draft";
import { BOT_LEVELS, MAX_TEAM_CAP, TEAM_CAP } from "./match/types";
import type { MatchSettings, PhaseSeconds } from "./match/types";

export const CHAT_MAX_LENGTH = 500;
export const NAME_MAX_LENGTH = 40;

/** Control characters other than tab and newline (PostgreSQL cannot even store NUL). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text people write and others read (names, chat): trimmed, bounded, no control characters. */
export function writtenText(max: number) {
  return z.string().trim().min(1).max(max).refine((s) => !CONTROL.test(s), { message: "Control characters are not allowed." });
}

const power = z.enum(POWERS);
const botLevel = z.enum(BOT_LEVELS);
const playerName = writtenText(NAME_MAX_LENGTH);
const key = z.string().min(1).max(100);
const seconds = z.number().int().min(5).max(24 * 3600);

export const createOptionsSchema = z.strictObject({
  name: writtenText(60).optional(),
  visibility: z.enum(["public", "private"]).default("public"),
  scenario: z.string().max(60).default(DEFAULT_SCENARIO_ID),
  turns: z.number().int().min(1).max(LIMITS.turns).optional(),
  timers: z.union([z.enum(["lesson", "online"]), z.strictObject({ briefing: seconds, diplomacy: seconds, orders: seconds, report: seconds })]).default("online"),
  /** Seats reserved for bots: a list of powers (at the default level) or power → level. */
  bots: z.union([z.array(power).max(POWERS.length), z.partialRecord(power, botLevel)]).default([]),
  botLevel: botLevel.default("normal"),
  facilitator: z.boolean().default(false),
  teams: z.boolean().optional(),
  /** Most players per power with teams (default TEAM_CAP). */
  teamCap: z.number().int().min(1).max(MAX_TEAM_CAP).optional(),
});
export type CreateOptions = z.input<typeof createOptionsSchema>;

export const joinOptionsSchema = z.strictObject({
  /** Options of a new match: only when creating one. */
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
});
export type JoinOptions = z.infer<typeof joinOptionsSchema>;

export const chatSchema = z.strictObject({
  to: z.union([z.literal("public"), z.array(power).min(1).max(POWERS.length)]),
  text: writtenText(CHAT_MAX_LENGTH),
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

/** Parses untrusted input with a schema; a failure is a coded error, never an exception. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, code: string, what: string): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  return fail(code, `Malformed ${what}${where}: ${issue?.message ?? "invalid"}.`);
}

/** Turns checked create options into a match's settings. */
export function settingsFrom(input: unknown, fallbackName: string): Result<MatchSettings> {
  const parsed = parseWith(createOptionsSchema, input ?? {}, "create/malformed", "match options");
  if (!parsed.ok) return parsed;
  const o = parsed.value;
  if (!hasScenario(o.scenario)) return fail("create/unknown_scenario", `There is no scenario "${o.scenario}".`);
  const scenario = getScenario(o.scenario);
  const timers: PhaseSeconds = typeof o.timers === "string" ? { ...scenario.timers[o.timers] } : { ...o.timers };
  const bots = Array.isArray(o.bots) ? Object.fromEntries(o.bots.map((p) => [p, o.botLevel])) : { ...o.bots };
  return ok({
    name: o.name ?? fallbackName,
    visibility: o.visibility,
    scenarioId: scenario.id,
    // A lesson is shorter: its timers and its number of turns fit a class period (docs/classroom.md).
    turns: o.turns ?? (o.timers === "lesson" ? scenario.lessonTurns : scenario.defaultTurns),
    timerProfile: typeof o.timers === "string" ? o.timers : "custom",
    timers,
    bots,
    botLevel: o.botLevel,
    facilitator: o.facilitator,
    teams: o.teams ?? o.facilitator,
    teamCap: o.teamCap ?? TEAM_CAP,
  });
}
