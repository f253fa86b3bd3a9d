/** Runs one rule case: set up, send commands, check the state and events that follow. */
import { expect } from "vitest";
import { apply, createMatch } from "../../shared";
import type { Actor, GameEvent, MatchState, Phase } from "../../shared";
import { expectInvariants } from "./invariants";

export interface CaseCommand {
  actor: Actor;
  /** The command without its turn/phase stamp, which is added from the state. */
  command: Record<string, unknown>;
  /** If set, the command must be refused with this error code (and change nothing). */
  refused?: string;
}

export interface RuleCase {
  name: string;
  /** What rule the case covers, e.g. "overflight", "interception". */
  covers: string;
  seed?: string;
  turns?: number;
  /** Advance to this phase of turn 1 before patching the state. */
  at?: Phase;
  /** Deep-merged into the state (objects merge, arrays and values replace). */
  before?: Record<string, unknown>;
  commands: CaseCommand[];
  expect: {
    /** Dotted paths into the final state and their exact values, e.g. "zones.idlib.control". */
    state?: Record<string, unknown>;
    /** Numeric bounds on dotted paths: [min, max]. */
    between?: Record<string, [number, number]>;
    /** Each must match (partially) some event produced by the commands. */
    events?: Record<string, unknown>[];
    /** None may match any event produced by the commands. */
    absent?: Record<string, unknown>[];
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function deepMerge(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    if (isObject(value) && isObject(current)) deepMerge(current, value);
    else target[key] = value;
  }
}

export function valueAt(state: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], state);
}

function matches(event: GameEvent, pattern: Record<string, unknown>): boolean {
  try {
    expect(event).toMatchObject(pattern);
    return true;
  } catch {
    return false;
  }
}

/**
 * Proposals and treaties get opaque ids (a seat must not count others' proposals by them). Cases
 * name them as the old counter did: p or t and one number counting every proposal and treaty in
 * the order made, after the scenario's starting treaties (t1, t2, t3, which keep their ids).
 */
class CaseIds {
  private readonly real = new Map<string, string>();
  private next: number;
  private proposals = 0;
  private treaties = 0;

  constructor(state: MatchState) {
    this.next = state.treaties.length + 1;
    this.proposals = state.proposals.length;
    this.treaties = state.treaties.length;
  }

  /** Names what the last command made. */
  learn(state: MatchState): void {
    for (const p of state.proposals.slice(this.proposals)) this.real.set(`p${this.next++}`, p.id);
    for (const t of state.treaties.slice(this.treaties)) this.real.set(`t${this.next++}`, t.id);
    this.proposals = state.proposals.length;
    this.treaties = state.treaties.length;
  }

  /** The value with every name of a proposal or treaty (a whole string, or a word in one) replaced by its real id. */
  resolve<T>(value: T): T {
    if (typeof value === "string") return value.replace(/\b[pt]\d+\b/g, (name) => this.real.get(name) ?? name) as T;
    if (Array.isArray(value)) return value.map((v) => this.resolve(v)) as T;
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v)])) as T;
    return value;
  }
}

export function runCase(ruleCase: RuleCase): MatchState {
  let state = createMatch({ scenarioId: "caspian-salvo", seed: ruleCase.seed ?? ruleCase.name, ...(ruleCase.turns ? { turns: ruleCase.turns } : {}) });
  const advance = () => {
    const result = apply(state, "system", { type: "advance", turn: state.turn, phase: state.phase });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    state = result.value.state;
  };
  while (ruleCase.at && state.phase !== ruleCase.at) advance();
  if (ruleCase.before) deepMerge(state as unknown as Record<string, unknown>, structuredClone(ruleCase.before));
  const firstSeq = state.nextSeq;
  const ids = new CaseIds(state);

  for (const [index, step] of ruleCase.commands.entries()) {
    const result = apply(state, step.actor, { ...ids.resolve(step.command), turn: state.turn, phase: state.phase });
    if (step.refused) {
      expect(result.ok, `command ${index} should be refused`).toBe(false);
      if (!result.ok) expect(result.error.code, `command ${index}`).toBe(step.refused);
    } else {
      if (!result.ok) throw new Error(`command ${index} (${String(step.command.type)}) was refused: ${JSON.stringify(result.error)}`);
      state = result.value.state;
      ids.learn(state);
    }
  }
  const expected = ids.resolve(ruleCase.expect);

  const events = state.log.filter((e) => e.seq >= firstSeq);
  for (const [path, value] of Object.entries(expected.state ?? {})) expect(valueAt(state, path), path).toEqual(value);
  for (const [path, [min, max]] of Object.entries(expected.between ?? {})) {
    const value = valueAt(state, path) as number;
    expect(value, path).toBeGreaterThanOrEqual(min);
    expect(value, path).toBeLessThanOrEqual(max);
  }
  for (const pattern of expected.events ?? []) {
    expect(events.some((e) => matches(e, pattern)), `an event like ${JSON.stringify(pattern)}`).toBe(true);
  }
  for (const pattern of expected.absent ?? []) {
    expect(events.some((e) => matches(e, pattern)), `no event like ${JSON.stringify(pattern)}`).toBe(false);
  }
  expectInvariants(state);
  return state;
}
