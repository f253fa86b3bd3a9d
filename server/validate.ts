/**
 * Untrusted input, checked: a message's payload against its schema (shared/protocol/validators.ts)
 * as a coded error, and a new match's options turned into its settings.
 */
import type { z } from "zod";
import { getScenario, hasScenario } from "../shared";
import type { Result } from "../shared";
import { fail, ok } from "../shared";
import { createOptionsSchema } from "../shared/protocol/validators";
import { isShippedScenario, registerScenario } from "../shared/scenario";
import { customScenarioId } from "../shared/scenario/file";
import type { ScenarioFile } from "../shared/scenario/file";
import { checkScenarioFile } from "../shared/scenario/schema";
import type { ErrorCode } from "../shared/result";
import { TEAM_CAP } from "./match/types";
import type { MatchSettings, PhaseSeconds } from "./match/types";

/** Parses untrusted input with a schema; a failure is a coded error, never an exception. */
export function parseWith<T>(schema: z.ZodType<T>, input: unknown, code: ErrorCode): Result<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail(code, { at: issue ? issue.path.join(".") : "", detail: issue?.message ?? "invalid" });
}

/** Turns checked create options into a match's settings. */
export function settingsFrom(input: unknown, fallbackName: string): Result<MatchSettings> {
  const parsed = parseWith(createOptionsSchema, input ?? {}, "create/malformed");
  if (!parsed.ok) return parsed;
  const o = parsed.value;
  let custom: ScenarioFile | undefined;
  if (o.scenarioFile !== undefined) {
    const checked = checkScenarioFile(o.scenarioFile);
    if (!checked.ok) return fail("create/bad_scenario", { count: checked.errors.length, errors: checked.errors.join("\n") });
    registerScenario(checked.scenario);
    custom = checked.file;
  } else if (!hasScenario(o.scenario) || !isShippedScenario(o.scenario)) return fail("create/unknown_scenario", { scenario: o.scenario });
  if (o.practice && !o.facilitator) return fail("create/practice_needs_facilitator");
  const scenario = getScenario(custom ? customScenarioId(custom) : o.scenario);
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
    ...(o.practice ? { practice: true } : {}),
    ...(custom ? { scenarioFile: custom } : {}),
  });
}
