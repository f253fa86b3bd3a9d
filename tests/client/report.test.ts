/** The turn report and the playback of flights, from a turn the rules really resolved. */
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import { project } from "../../client/src/map/projection";
import { Playback } from "../../client/src/model/playback";
import { buildReport, lastResolvedTurn, resolutionEvents } from "../../client/src/model/report";
import { afterStrike } from "./fixtures";

const scenario = getScenario("caspian-salvo");

describe("turn report", () => {
  it("groups what each seat saw, in words, claims against effects", () => {
    const { russia, iran } = afterStrike();
    expect(lastResolvedTurn(russia.log)).toBe(1);
    const report = buildReport(russia.log, 1, scenario);
    expect(report.flights).toBe(1);
    const strikes = report.sections.find((s) => s.section === "strikes")!.lines.map((l) => l.text).join("\n");
    expect(strikes).toMatch(/Russia flew 26 missiles from Caspian Flotilla/);
    expect(strikes).toMatch(/claimed Islamic State, hit/);
    const impact = report.sections.flatMap((s) => s.lines).find((l) => l.kind === "impact" && l.text.startsWith("Russia's"))!;
    expect(impact.text).toMatch(/26 landed|of 26 landed/);
    // Iran, the grantor, saw the flight over its airspace but not what it hit in Syria.
    const iranReport = buildReport(iran.log, 1, scenario);
    expect(iranReport.flights).toBe(1);
    expect(iranReport.sections.flatMap((s) => s.lines).some((l) => l.kind === "impact" && l.text.startsWith("Russia's"))).toBe(false);
    expect(buildReport(russia.log, 5, scenario).sections).toEqual([]);
  });
});

describe("playback", () => {
  it("flies each seen strike from its platform to its target, with markers on the way", () => {
    const { russia } = afterStrike();
    const playback = new Playback(resolutionEvents(russia.log, 1), scenario);
    expect(playback.flights).toHaveLength(1);
    expect(playback.durationMs).toBeGreaterThan(1000);
    const start = playback.frame(0);
    const [ox, oy] = project(scenario.assets.find((a) => a.id === "caspian-flotilla")!.lonLat);
    expect(start.flights[0]!.xy[0]).toBeCloseTo(ox, 3);
    expect(start.flights[0]!.xy[1]).toBeCloseTo(oy, 3);
    expect(start.flights[0]!.state).toBe("flying");
    const mid = playback.frame(playback.durationMs / 3);
    expect(mid.flights[0]!.trail.length).toBeGreaterThan(2);
    expect(mid.flights[0]!.flown.length).toBeGreaterThanOrEqual(mid.flights[0]!.trail.length);
    const end = playback.frame(playback.durationMs);
    expect(end.done).toBe(true);
    expect(end.flights[0]!.state).toBe("arrived");
    const [tx, ty] = project(scenario.zones.find((z) => z.id === "raqqa")!.lonLat);
    expect(end.flights[0]!.xy[0]).toBeCloseTo(tx, 3);
    expect(end.flights[0]!.xy[1]).toBeCloseTo(ty, 3);
    const impact = end.markers.find((m) => m.kind === "impact")!;
    expect(impact.label).toMatch(/^\d+\/26 landed$/);
    // Markers appear in time order, never before their moment.
    for (const m of playback.frame(playback.durationMs / 2).markers) expect(m.age).toBeGreaterThanOrEqual(0);
    expect(new Playback([], scenario).durationMs).toBe(0);
  });
});
