/**
 * eventsOfKind (shared/rules/log-index.ts) gives, for every kind, exactly the events a plain scan
 * of the log finds, in log order: on a state's log growing in place over a bot match, on a
 * seat's view, and on one array emptied and refilled with other events (a client mirror's restart).
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { apply, createMatch, viewForSeat } from "../../shared";
import type { GameEvent, MatchState } from "../../shared";
import { botCommands } from "../../shared/bots";
import { eventsOfKind } from "../../shared/rules/log-index";

const KINDS = ["impact", "supportLanded", "violation", "interception", "shootDown", "pledgeBroken", "strikeFlown", "nfzStatus", "treaty"] as const;

function expectIndexed(log: readonly GameEvent[]): void {
  for (const kind of KINDS) expect(eventsOfKind(log, kind), kind).toEqual(log.filter((e) => e.kind === kind));
}

function playTurns(seed: string, turns: number, each: (state: MatchState) => void): MatchState {
  let state = createMatch({ scenarioId: "caspian-salvo", seed, turns });
  for (let guard = 0; state.status === "running" && guard < 200; guard++) {
    if (state.phase !== "resolution") {
      for (const power of CASPIAN_POWERS) {
        for (const command of botCommands(viewForSeat(state, power), power, "normal")) {
          const result = apply(state, power, command);
          if (result.ok) state = result.value.state;
        }
      }
    }
    const advanced = apply(state, "system", { type: "advance", turn: state.turn, phase: state.phase });
    if (!advanced.ok) throw new Error(JSON.stringify(advanced.error));
    state = advanced.value.state;
    each(state);
  }
  return state;
}

describe("eventsOfKind", () => {
  it("finds what a scan finds on states and views over a match, the log growing in place", () => {
    const grown: GameEvent[] = [];
    const state = playTurns("log-index", 4, (s) => {
      expectIndexed(s.log);
      expectIndexed(viewForSeat(s, "iran").log);
      grown.push(...s.log.slice(grown.length));
      expectIndexed(grown);
    });
    expect(eventsOfKind(state.log, "impact").length).toBeGreaterThan(0);
  });

  it("builds again when an array is emptied and refilled with other events", () => {
    const first = playTurns("log-index-a", 3, () => {}).log;
    const second = playTurns("log-index-b", 3, () => {}).log;
    const mirror = [...first];
    expectIndexed(mirror);
    mirror.length = 0;
    mirror.push(...second.slice(0, first.length));
    expectIndexed(mirror);
    mirror.length = 0;
    mirror.push(...second);
    expectIndexed(mirror);
  });
});
