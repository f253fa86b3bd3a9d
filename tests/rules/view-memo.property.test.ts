/**
 * viewForSeat, memoised and cheapened for the server, tells every viewer exactly what the
 * straightforward implementation it replaced tells (tests/support/view-reference.ts): after every
 * command of whole bot matches (some with covert support, some with random commands mixed in,
 * a facilitator's injects and an early end), for every viewer, from where a mirror would ask
 * (and now and then from the start and from a third of the log), asked once and again.
 */
import { at } from "../../shared/at";
import { CASPIAN_POWERS } from "../support/caspian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, createMatch, viewForSeat } from "../../shared";
import type { Actor, MatchState, Viewer } from "../../shared";
import { BOT_LEVELS, botCommands } from "../../shared/bots";
import { step } from "../support/arbitrary";
import type { Step } from "../support/arbitrary";
import { referenceViewForSeat } from "../support/view-reference";

const VIEWERS: readonly Viewer[] = [...CASPIAN_POWERS, "spectator", "facilitator"];

/** Every viewer's view of `state` equals the reference's, for a mirror's logFrom, from 0, and asked twice. */
function checkViews(state: MatchState, mirrorFrom: number, thorough: boolean): void {
  // A different order each time, so that no viewer's memo is always filled by the same one first.
  const order = state.log.length % 2 === 0 ? VIEWERS : [...VIEWERS].reverse();
  for (const viewer of order) {
    for (const from of thorough ? [mirrorFrom, 0, Math.floor(state.log.length / 3)] : [mirrorFrom]) {
      const expected = referenceViewForSeat(state, viewer, from);
      const first = viewForSeat(state, viewer, from);
      const again = viewForSeat(state, viewer, from);
      const text = JSON.stringify(expected);
      if (JSON.stringify(first) !== text || JSON.stringify(again) !== text || thorough) {
        expect(first, `${viewer} from ${from}`).toStrictEqual(expected);
        expect(again, `${viewer} from ${from} again`).toStrictEqual(expected);
      }
    }
  }
}

/** Turns every support of a power's orders covert (or not), so that covert costs are fogged. */
function withCovert(command: Record<string, unknown>, covert: boolean): Record<string, unknown> {
  if (command.type !== "orders") return command;
  const orders = command.orders as { support: { covert: boolean }[] };
  return { ...command, orders: { ...orders, support: orders.support.map((s) => ({ ...s, covert })) } };
}

/** Plays a match, checking the views after every command; counts the checks, and the states where covert costs were fogged. */
function play(seed: string, level: (typeof BOT_LEVELS)[number], covert: boolean, extra: Step[], endAt: number): { checks: number; fogged: number } {
  let state = createMatch({ scenarioId: "caspian-salvo", seed, turns: 4 });
  let checks = 0;
  let fogged = 0;
  const next = (actor: Actor, command: unknown) => {
    const result = apply(state, actor, command);
    if (!result.ok) return;
    const from = state.log.length;
    state = result.value.state;
    checkViews(state, from, checks % 10 === 0);
    checks++;
    const spectator = viewForSeat(state, "spectator");
    if (CASPIAN_POWERS.some((p) => at(spectator.powers, p).tracks.cost !== at(state.powers, p).tracks.cost)) fogged++;
  };
  checkViews(state, 0, true);
  for (let guard = 0; state.status === "running" && guard < 100; guard++) {
    if (state.phase !== "resolution") {
      for (const power of CASPIAN_POWERS) for (const command of botCommands(viewForSeat(state, power), power, level)) next(power, withCovert(command, covert));
      const s = extra[guard % Math.max(1, extra.length)];
      if (s) next(s.actor, { ...s.body, ...(s.current ? { turn: state.turn, phase: state.phase } : s.stale) });
    }
    if (state.turn === endAt && state.phase === "report") next("facilitator", { type: "end", turn: state.turn, phase: state.phase });
    else next("system", { type: "advance", turn: state.turn, phase: state.phase });
  }
  expect(state.status).toBe("ended");
  checkViews(state, 0, true);
  return { checks, fogged };
}

describe("viewForSeat (memoised) equals the reference implementation", () => {
  it("for every viewer after every command of bot matches", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.constantFrom(...BOT_LEVELS), fc.boolean(), fc.array(step, { maxLength: 12 }), fc.integer({ min: 2, max: 5 }), (seed, level, covert, extra, endAt) => {
        expect(play(seed, level, covert, extra, endAt).checks).toBeGreaterThan(20);
      }),
      { numRuns: 4 },
    );
  }, 120_000);

  it("with covert support and facilitator injects", () => {
    const inject: Step = { actor: "facilitator", body: { type: "inject", card: { headline: "h", text: "t", effects: [{ kind: "escalation", delta: 1 }] }, to: null }, current: true, stale: { turn: 0, phase: "briefing" } };
    const { checks, fogged } = play("covert-check", "normal", true, [inject], 9);
    expect(checks).toBeGreaterThan(20);
    expect(fogged).toBeGreaterThan(5);
  }, 60_000);
});
