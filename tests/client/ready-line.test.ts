/** The line above the panels that says what Ready does now. */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import type { PowerId } from "../../shared";
import { readyLine } from "../../client/src/model/ready-line";
import type { ReadyLineInput } from "../../client/src/model/ready-line";

const names = Object.fromEntries(CASPIAN_POWERS.map((p) => [p, p.toUpperCase()])) as ReadyLineInput["names"];
function input(connected: Partial<Record<PowerId, number>>, ready: Partial<Record<PowerId, boolean>> = {}): ReadyLineInput {
  return {
    me: "russia",
    phase: "diplomacy",
    names,
    seats: Object.fromEntries(CASPIAN_POWERS.map((p) => [p, { bot: !connected[p], connected: connected[p] ?? 0 }])) as ReadyLineInput["seats"],
    ready: Object.fromEntries(CASPIAN_POWERS.map((p) => [p, ready[p] ?? false])) as ReadyLineInput["ready"],
  };
}

describe("the Ready line", () => {
  it("tells a lone player that Ready ends the phase now", () => {
    expect(readyLine(input({ russia: 1 }))).toMatch(/only player here.*end the diplomacy now/);
  });

  it("does not call a student with teammates the only player: their team's rule decides", () => {
    const text = readyLine(input({ russia: 3 }));
    expect(text).not.toMatch(/only player/);
    expect(text).toMatch(/when your team is ready/);
  });

  it("counts the powers played by people, and names those still reading once this seat is ready", () => {
    expect(readyLine(input({ russia: 2, iran: 1, iraq: 1 }, { iraq: true }))).toMatch(/all 3 powers played by people are ready \(1 already is\)/);
    expect(readyLine(input({ russia: 1, iran: 1, iraq: 1 }, { russia: true, iraq: true }))).toMatch(/ends when IRAN is ready too/);
    expect(readyLine(input({ russia: 1, iran: 1 }, { russia: true, iran: true }))).toBe("You are ready: moving on.");
  });
});
