/**
 * The shipped scenarios a player or teacher can create a match from, as the server lists them
 * (GET /api/scenarios): enough to tell them apart and to offer their seats.
 */
import { summaryOf } from "../../../shared/scenario/summary";
import type { ScenarioPowerSummary, ScenarioSummary } from "../../../shared/scenario/summary";

export { summaryOf };
export type { ScenarioPowerSummary, ScenarioSummary };

const isText = (v: unknown): v is string => typeof v === "string";
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v > 0;

function readPower(raw: unknown): ScenarioPowerSummary | null {
  if (!raw || typeof raw !== "object") return null;
  const p = raw as Record<string, unknown>;
  if (!isText(p.id) || !p.id || !isText(p.name) || !isText(p.short) || !isText(p.color)) return null;
  return { id: p.id, name: p.name, short: p.short, color: p.color };
}

function readScenario(raw: unknown): ScenarioSummary | null {
  if (!raw || typeof raw !== "object") return null;
  const s = raw as Record<string, unknown>;
  if (!isText(s.id) || !s.id || !isText(s.name) || !isCount(s.defaultTurns) || !isCount(s.lessonTurns) || !Array.isArray(s.powers)) return null;
  const powers = s.powers.map(readPower);
  if (powers.length === 0 || powers.some((p) => p === null)) return null;
  return {
    id: s.id,
    name: s.name,
    date: isText(s.date) ? s.date : "",
    summary: isText(s.summary) ? s.summary : "",
    defaultTurns: s.defaultTurns,
    lessonTurns: s.lessonTurns,
    powers: powers as ScenarioPowerSummary[],
  };
}

/** The server's reply read defensively: its well-formed scenarios, in its order, each id once. */
export function readScenarioList(body: unknown): ScenarioSummary[] {
  const raw = body && typeof body === "object" ? (body as { scenarios?: unknown }).scenarios : undefined;
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: ScenarioSummary[] = [];
  for (const entry of raw) {
    const s = readScenario(entry);
    if (s && !seen.has(s.id)) {
      seen.add(s.id);
      out.push(s);
    }
  }
  return out;
}

/** The scenario named `id` in `list`, else the list's first. */
export function pickScenario(list: readonly ScenarioSummary[], id: string): ScenarioSummary | undefined {
  return list.find((s) => s.id === id) ?? list[0];
}

/** The power `id` of whichever listed scenario has it (`first` is asked first): for a seat stored without its scenario. */
export function powerIn(list: readonly ScenarioSummary[], first: ScenarioSummary, id: string): ScenarioPowerSummary | undefined {
  for (const s of [first, ...list]) {
    const p = s.powers.find((x) => x.id === id);
    if (p) return p;
  }
  return undefined;
}
