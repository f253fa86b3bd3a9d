/** Reading and replaying a recorded match; shared by the replay command and its tests. */
import { z } from "zod";
import { apply, createMatch, getScenario, hasScenario, hashOf, viewForSeat } from "../shared";
import { describeEvent, errorText } from "../shared/catalog";
import type { Actor, MatchState, PowerId } from "../shared";
import { caspianSalvo } from "../shared/scenario/caspian-salvo";
import { factionIds, powerIds } from "../shared/scenario/ids-of";
import { loadScenarios } from "../shared/scenario/load";

// The rules look airspace up in the scenario maps, loaded once here.
await loadScenarios();

/** These runs play "Caspian Salvo" (the default scenario). */
const POWERS = powerIds(caspianSalvo);

const replaySchema = z.strictObject({
  scenario: z.string(),
  seed: z.string(),
  turns: z.number().int().min(1).max(30).optional(),
  seats: z.partialRecord(z.enum(POWERS), z.string()),
  commands: z.array(z.strictObject({ actor: z.union([z.enum(POWERS), z.literal("facilitator"), z.literal("system")]), command: z.unknown() })),
});
export type ReplayFile = z.infer<typeof replaySchema>;

export function parseReplayFile(text: string): { ok: true; value: ReplayFile } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  const parsed = replaySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `not a replay file: ${issue?.path.join(".")}: ${issue?.message}` };
  }
  if (!hasScenario(parsed.data.scenario)) return { ok: false, error: `unknown scenario "${parsed.data.scenario}"` };
  return { ok: true, value: parsed.data };
}

export interface ReplayResult {
  hash: string;
  turn: number;
  phase: string;
  status: string;
  accepted: number;
  refused: { index: number; code: string; message: string }[];
  reports: Record<PowerId, string[]>;
  lines: string[];
  state: MatchState;
}

export function replayMatch(file: ReplayFile): ReplayResult {
  const scenario = getScenario(file.scenario);
  let state = createMatch({ scenarioId: file.scenario, seed: file.seed, ...(file.turns ? { turns: file.turns } : {}) });
  const refused: ReplayResult["refused"] = [];
  file.commands.forEach((entry, index) => {
    const result = apply(state, entry.actor as Actor, entry.command);
    if (result.ok) state = result.value.state;
    else refused.push({ index, ...result.error, message: errorText(result.error, scenario) });
  });
  const reports = {} as Record<PowerId, string[]>;
  const lines: string[] = [`${scenario.name}, seed "${file.seed}": ${file.commands.length - refused.length} commands applied, ${refused.length} refused.`];
  for (const r of refused) lines.push(`  command ${r.index} refused: ${r.code}: ${r.message}`);
  for (const power of POWERS) {
    const view = viewForSeat(state, power);
    reports[power] = view.log.map((e) => `[turn ${e.turn} ${e.phase}] ${describeEvent(e, scenario)}`);
    lines.push("", `== ${scenario.powers[power]!.name}${file.seats[power] ? ` (${file.seats[power]})` : ""}`, ...reports[power].map((l) => `  ${l}`));
  }
  const hash = hashOf(state);
  lines.push("", `turn ${state.turn}, ${state.phase}, ${state.status}`, `match hash ${hash}`);
  return { hash, turn: state.turn, phase: state.phase, status: state.status, accepted: file.commands.length - refused.length, refused, reports, lines, state };
}
