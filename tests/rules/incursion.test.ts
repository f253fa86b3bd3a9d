/** A violation needs a real incursion: at least minIncursionKm inside, seen more surely the deeper it goes. */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import type { RoutePlan } from "../../shared";
import { seedRng } from "../../shared/rng";
import { Observers } from "../../shared/rules/observers";
import { crossAirspaces } from "../../shared/rules/strike-passage";
import { newMatch } from "../support/play";

const { airDefence } = getScenario("caspian-salvo");

/** A route from international airspace through Turkey (792) for `km`, and out again. */
function through(km: number, passages = 1): RoutePlan {
  const inside = Array.from({ length: passages }, (_, i) => [
    { country: null, km: 10, entryKm: i * 20, exitKm: i * 20 + 10, rights: "international" as const },
    { country: "792", km: km / passages, entryKm: i * 20 + 10, exitKm: i * 20 + 10 + km / passages, rights: "none" as const },
  ]).flat();
  return { points: [], legsKm: [], lengthKm: 100, rangeKm: 1000, inRange: true, airspaces: inside, violations: ["792"] };
}

function detectionRate(km: number, passages = 1): number {
  const state = newMatch("incursion"); // Turkey watches: detection 0.85 × defence 0.8 for aircraft
  let detected = 0;
  const tries = 2000;
  for (let i = 0; i < tries; i++) {
    const { passages: seen } = crossAirspaces(state, { power: "russia", strikeId: "s", weapon: "aircraft" }, through(km, passages), 1, new Observers(CASPIAN_POWERS, "russia"), seedRng(`incursion-${i}`));
    if (seen[0]?.detected) detected++;
  }
  return detected / tries;
}

describe("an incursion", () => {
  it("shorter than the minimum is no violation at all", () => {
    const state = newMatch("incursion");
    const { passages } = crossAirspaces(state, { power: "russia", strikeId: "s", weapon: "aircraft" }, through(airDefence.minIncursionKm - 0.1), 1, new Observers(CASPIAN_POWERS, "russia"), seedRng("x"));
    expect(passages).toEqual([]);
  });

  it("adds up the km of all its passages through one country", () => {
    const state = newMatch("incursion");
    const { passages } = crossAirspaces(state, { power: "russia", strikeId: "s", weapon: "aircraft" }, through(8, 2), 1, new Observers(CASPIAN_POWERS, "russia"), seedRng("x"));
    expect(passages).toHaveLength(1);
    expect(passages[0]!.km).toBeCloseTo(8, 6);
  });

  it("is detected more surely the deeper it goes, in full from fullDetectionKm", () => {
    const full = 0.85 * 0.8;
    expect(detectionRate(airDefence.fullDetectionKm)).toBeCloseTo(full, 1);
    expect(detectionRate(airDefence.fullDetectionKm * 3)).toBeCloseTo(full, 1);
    expect(detectionRate(airDefence.fullDetectionKm / 3)).toBeCloseTo(full / 3, 1);
    expect(detectionRate(airDefence.fullDetectionKm / 3)).toBeLessThan(detectionRate(airDefence.fullDetectionKm) - 0.3);
  });
});
