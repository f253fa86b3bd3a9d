/**
 * A teacher's own scenario in the browser: the rules and the screens look scenarios up by id, so
 * a match created from a file has its scenario rebuilt here from the same file (the server keeps
 * it with the match) before the match is entered. The server checked the file; the browser only
 * builds it (shared/scenario/file.ts, no zod).
 */
import { hasScenario } from "../../../shared/scenario";
import { restoreScenario } from "../../../shared/scenario/file";
import type { ScenarioFile } from "../../../shared/scenario/file";

export async function knowScenarioOf(baseUrl: string, matchId: string): Promise<void> {
  try {
    const res = await fetch(`${baseUrl}/api/matches/${encodeURIComponent(matchId)}/scenario`);
    if (!res.ok) return;
    const body = (await res.json()) as { scenarioId: string; file: ScenarioFile | null };
    if (body.file && !hasScenario(body.scenarioId)) restoreScenario(body.file);
  } catch {
    // A shipped scenario needs nothing; the join itself reports an unreachable server.
  }
}

export interface ScenarioCheck {
  ok: boolean;
  errors: string[];
  name?: string;
  lessonTurns?: number;
  defaultTurns?: number;
}

/** Asks the server whether a file is a valid scenario (the schema is not bundled here). */
export async function checkScenarioFile(baseUrl: string, file: unknown): Promise<ScenarioCheck> {
  const res = await fetch(`${baseUrl}/api/scenarios/check`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(file) });
  const body = (await res.json().catch(() => ({}))) as { errors?: string[]; error?: { message?: string }; name?: string; lessonTurns?: number; defaultTurns?: number };
  if (res.ok) return { ok: true, errors: [], ...(body.name ? { name: body.name } : {}), ...(body.lessonTurns ? { lessonTurns: body.lessonTurns } : {}), ...(body.defaultTurns ? { defaultTurns: body.defaultTurns } : {}) };
  return { ok: false, errors: body.errors ?? [body.error?.message ?? `The server answered ${res.status}.`] };
}
