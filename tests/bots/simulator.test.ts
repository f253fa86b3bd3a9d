/** The balance simulator's JSON has the documented keys, and adds up. */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { MECHANICS, seatLevels, simulateHere, wilson } from "../../scripts/simulate-core";

describe("simulator", () => {
  it("reports win rates per power, average turns, open war share and per-mechanic counts", () => {
    const summary = simulateHere({ matches: 3, seed: "json-keys", level: "normal", turns: 4 });
    expect(Object.keys(summary).sort()).toEqual(
      ["averageScores", "averageTurns", "botTurnMs", "byLevel", "level", "matches", "mechanics", "objectives", "openWar", "openWarShare", "passive", "refusedCommands", "secrets", "seed", "usage", "winRates", "wins"].sort(),
    );
    expect(summary.matches).toBe(3);
    expect(Object.keys(summary.winRates).sort()).toEqual([...CASPIAN_POWERS].sort());
    expect(Object.keys(summary.mechanics).sort()).toEqual([...MECHANICS].sort());
    const total = CASPIAN_POWERS.reduce((sum, p) => sum + summary.winRates[p]!, 0);
    expect(total + summary.openWarShare).toBeCloseTo(1, 2);
    expect(summary.averageTurns).toBeGreaterThan(0);
    expect(summary.averageTurns).toBeLessThanOrEqual(4);
    expect(summary.refusedCommands).toBe(0);
    for (const p of CASPIAN_POWERS) {
      const w = summary.wins[p];
      expect(w!.n).toBe(3);
      expect(w!.low).toBeLessThanOrEqual(w!.rate);
      expect(w!.high).toBeGreaterThanOrEqual(w!.rate);
      expect(summary.byLevel[p]!.normal?.n).toBe(3);
    }
    expect(summary.passive).toBeNull();
    // Every power's public objectives counted in every match, each secret in the matches that drew it.
    const counted = summary.objectives.reduce((sum, o) => sum + o.met.n, 0);
    expect(counted).toBe(3 * summary.objectives.filter((o) => !o.secret).length + 3 * CASPIAN_POWERS.length);
    expect(summary.secrets.reduce((sum, s) => sum + s.wins.n, 0)).toBe(3 * CASPIAN_POWERS.length);
    expect(Object.keys(summary.usage)).toEqual(expect.arrayContaining(["treaty basing", "support covert", "posture open", "platform mozdok", "nfz patrols flown"]));
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it("plays a passive seat that only says ready, and compares it with the same power active", () => {
    const summary = simulateHere({ matches: 2, seed: "passive", level: "normal", turns: 3, plan: { level: "normal", passive: "rotate" } });
    expect(summary.byLevel.russia!.passive?.n).toBe(1);
    expect(summary.byLevel.usa!.passive?.n).toBe(1);
    expect(summary.passive?.seats).toBe(2);
    expect(summary.wins.russia!.n).toBe(1);
    expect(summary.refusedCommands).toBe(0);
  });

  it("gives each seat its level from a mix, drawn from the match's seed", () => {
    const a = seatLevels({ level: "normal", mix: ["easy", "hard"] }, "mix-1", 0);
    expect(seatLevels({ level: "normal", mix: ["easy", "hard"] }, "mix-1", 0)).toEqual(a);
    const drawn = new Set(Array.from({ length: 20 }, (_, i) => Object.values(seatLevels({ level: "normal", mix: ["easy", "hard"] }, `mix-${i}`, i))).flat());
    expect([...drawn].sort()).toEqual(["easy", "hard"]);
    expect(seatLevels({ level: "normal", seats: { iraq: "hard" }, passive: "syria" }, "x", 0)).toEqual({ russia: "normal", usa: "normal", iran: "normal", iraq: "hard", turkey: "normal", syria: "passive" });
  });

  it("gives Wilson intervals", () => {
    expect(wilson(0, 0)).toEqual({ n: 0, rate: 0, low: 0, high: 1 });
    const w = wilson(150, 1000);
    expect(w.low).toBeCloseTo(0.129, 3);
    expect(w.high).toBeCloseTo(0.173, 3);
  });
});
