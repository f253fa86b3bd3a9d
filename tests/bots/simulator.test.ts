/** The balance simulator's JSON has the documented keys, and adds up. */
import { describe, expect, it } from "vitest";
import { POWERS } from "../../shared";
import { MECHANICS, simulateHere } from "../../scripts/simulate-core";

describe("simulator", () => {
  it("reports win rates per power, average turns, open war share and per-mechanic counts", () => {
    const summary = simulateHere({ matches: 3, seed: "json-keys", level: "normal", turns: 4 });
    expect(Object.keys(summary).sort()).toEqual(
      ["averageScores", "averageTurns", "botTurnMs", "level", "matches", "mechanics", "openWarShare", "refusedCommands", "seed", "winRates"].sort(),
    );
    expect(summary.matches).toBe(3);
    expect(Object.keys(summary.winRates).sort()).toEqual([...POWERS].sort());
    expect(Object.keys(summary.mechanics).sort()).toEqual([...MECHANICS].sort());
    const total = POWERS.reduce((sum, p) => sum + summary.winRates[p], 0);
    expect(total + summary.openWarShare).toBeCloseTo(1, 2);
    expect(summary.averageTurns).toBeGreaterThan(0);
    expect(summary.averageTurns).toBeLessThanOrEqual(4);
    expect(summary.refusedCommands).toBe(0);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});
