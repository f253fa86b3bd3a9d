/**
 * The classroom's client models without a browser: the debrief computed from an archive (charts
 * from the history snapshots, agreements kept, revoked and broken, claims against impacts,
 * timeline, scores), the classroom's addresses, and how waiting students are spread over seats.
 */
import { at } from "../../shared/at";
import { CASPIAN_POWERS, CASPIAN_FACTIONS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { getScenario, scoreMatch, TRACKS, viewForSeat } from "../../shared";
import type { MatchState } from "../../shared";
import { botCommands } from "../../shared/bots";
import { apply } from "../../shared";
import { baseOf, joinLink, parseClassroomRoute, projectorLink, reportLink, spacedCode, teachLink } from "../../client/src/model/classroom-links";
import { leastFilled, planAssignments } from "../../client/src/model/classroom-roster";
import { agreementCounts, agreements, chartSpecs, claimChecks, endingText, resolvedTurns, scoreRows, timeline } from "../../client/src/model/debrief-model";
import type { DebriefArchive } from "../../client/src/model/debrief-model";
import { must, newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");

/** Every seat played by a bot, phase after phase, until the match ends. */
function playOut(state: MatchState): MatchState {
  let s = state;
  while (s.status === "running") {
    for (const power of CASPIAN_POWERS) {
      for (const command of botCommands(viewForSeat(s, power), power, "normal")) {
        const r = apply(s, power, command);
        if (r.ok) s = r.value.state;
      }
    }
    s = must(s, "system", { type: "advance" }).state;
  }
  return s;
}

function archiveOf(state: MatchState): DebriefArchive {
  return {
    id: "m1",
    name: "Test lesson",
    createdAt: 0,
    setup: { scenarioId: state.scenarioId, seed: state.seed, turns: state.turns, settings: {} },
    seats: CASPIAN_POWERS.map((power) => ({ power, players: [], bot: "normal" })),
    commands: [],
    ending: state.ending,
    scoring: scoreMatch(state),
    finalHash: "",
    final: viewForSeat(state, "facilitator"),
    chat: [],
  };
}

describe("the debrief from an archive", () => {
  // Iran grants Russia overflight, then revokes it in the orders of turn 2; bots play the rest.
  let state = newMatch("debrief-model", 3);
  state = must(state, "system", { type: "advance" }).state;
  const proposed = must(state, "russia", { type: "propose", parties: ["russia", "iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 3 }], note: "" });
  state = proposed.state;
  const proposalId = state.proposals.at(-1)!.id;
  state = must(state, "iran", { type: "accept", proposal: proposalId }).state;
  const treatyId = state.treaties.at(-1)!.id;
  state = must(state, "system", { type: "advance" }).state; // orders
  state = must(state, "system", { type: "advance" }).state; // resolution → report
  state = must(state, "system", { type: "advance" }).state; // turn 2 briefing
  state = must(state, "system", { type: "advance" }).state; // diplomacy
  state = must(state, "system", { type: "advance" }).state; // orders
  state = must(state, "iran", { type: "orders", orders: { strikes: [], support: [], posture: "watch", patrols: [], revoke: [treatyId] } }).state;
  const final = playOut(state);
  const archive = archiveOf(final);

  it("charts every track per power per turn, influence per country, escalation and factions", () => {
    const specs = chartSpecs(archive, scenario);
    expect(specs.map((s) => s.id)).toEqual([...TRACKS.map((t) => `track-${t}`), ...scenario.influenceCountries.map((c) => `influence-${c}`), "escalation", "factions"]);
    const history = archive.final.history;
    expect(history.map((h) => h.turn)).toEqual([0, 1, 2, 3]);
    for (const t of TRACKS) {
      const spec = specs.find((s) => s.id === `track-${t}`)!;
      expect(spec.series.map((s) => s.label)).toEqual(CASPIAN_POWERS.map((p) => at(scenario.powers, p).name));
      CASPIAN_POWERS.forEach((p, i) => expect(spec.series[i]!.values).toEqual(history.map((h) => at(h.tracks, p)[t])));
    }
    expect(specs.find((s) => s.id === "factions")!.series).toHaveLength(CASPIAN_FACTIONS.length);
  });

  it("tells what became of each agreement", () => {
    const list = agreements(archive, scenario);
    expect(list).toHaveLength(archive.final.treaties.length);
    const revoked = list.find((a) => a.id === treatyId)!;
    expect(revoked).toMatchObject({ kind: "overflight", outcome: "revoked", by: ["iran"], endedTurn: 2, agreedTurn: 1 });
    expect(revoked.text).toContain("Iran lets Russia fly missiles");
    const counts = agreementCounts(list);
    expect(counts.made).toBe(list.length);
    expect(counts.kept + counts["in force"] + counts.revoked + counts.broken).toBe(list.length);
  });

  it("sets each strike's claim against what it hit", () => {
    const checks = claimChecks(archive);
    const impacts = archive.final.log.filter((e) => e.kind === "impact");
    const flown = archive.final.log.filter((e) => e.kind === "strikeFlown");
    expect(checks).toHaveLength(flown.length);
    expect(checks.filter((c) => c.landed > 0 || c.mostHit !== null).length).toBeLessThanOrEqual(impacts.length);
    for (const c of checks) if (c.falseClaim) expect(c.mostHit).not.toBe(c.claim);
  });

  it("keeps the timeline to what matters, in words, and scores every objective", () => {
    const byTurn = timeline(archive, scenario);
    const entries = [...byTurn.values()].flat();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.text.length > 0)).toBe(true);
    expect(entries.some((e) => e.kind === "treaty" && e.text.includes("revoked"))).toBe(true);
    expect(entries.at(-1)!.kind).toBe("matchEnded");
    expect(entries.some((e) => e.kind === "track" || e.kind === "phase")).toBe(false);
    expect(resolvedTurns(archive)).toEqual([1, 2, 3]);
    const rows = scoreRows(archive, scenario);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.total)).toEqual([...rows.map((r) => r.total)].sort((a, b) => b - a));
    for (const r of rows) {
      expect(r.objectives.length).toBeGreaterThan(0);
      expect(r.total).toBe(r.objectives.reduce((n, o) => n + (o.met ? o.points : 0), 0));
    }
    expect(endingText(archive)).toBe("The last turn (3) is over.");
  });
});

describe("the classroom's addresses", () => {
  const here = "http://10.0.0.5:2567/?teach#match=abc";
  it("builds and reads them", () => {
    expect(baseOf(here)).toBe("http://10.0.0.5:2567/");
    expect(joinLink(here, "Q7MX4P")).toBe("http://10.0.0.5:2567/?join=Q7MX4P");
    expect(projectorLink(here, "abc123")).toBe("http://10.0.0.5:2567/?projector=abc123");
    expect(reportLink(here, "abc123")).toBe("http://10.0.0.5:2567/report.html?match=abc123");
    expect(teachLink("http://h/index.html")).toBe("http://h/?teach");
    expect(joinLink("http://localhost:5173/?server=http://localhost:2567", "ABCDEF")).toBe("http://localhost:5173/?join=ABCDEF&server=http%3A%2F%2Flocalhost%3A2567");
    expect(parseClassroomRoute("?join=q7m-x4p")).toEqual({ kind: "join", code: "Q7MX4P" });
    expect(parseClassroomRoute("?projector=abc123")).toEqual({ kind: "projector", matchId: "abc123" });
    expect(parseClassroomRoute("?debrief=abc123")).toEqual({ kind: "debrief", matchId: "abc123" });
    expect(parseClassroomRoute("?teach")).toEqual({ kind: "teach" });
    expect(parseClassroomRoute("?projector=<script>")).toBeNull();
    expect(parseClassroomRoute("")).toBeNull();
    expect(spacedCode("Q7MX4P")).toBe("Q7M X4P");
  });
});

describe("spreading waiting students over the seats", () => {
  it("fills the emptiest seat first, skipping seats kept for bots", () => {
    const roster = {
      players: [
        { id: "m_1", name: "Ann", power: "russia" as const, connected: true },
        { id: "m_2", name: "Ben", power: "russia" as const, connected: true },
        { id: "m_3", name: "Cem", power: "iran" as const, connected: true },
      ],
      waiting: ["Dan", "Eve", "Fay", "Gus"].map((name, i) => ({ id: `c_${i}`, name, power: null, connected: true })),
      spectators: 1,
    };
    const reserved = new Set(["iraq", "syria"] as const);
    expect(leastFilled(CASPIAN_POWERS, roster, reserved)).toBe("usa");
    expect(planAssignments(CASPIAN_POWERS, roster, reserved).map((a) => a.power)).toEqual(["usa", "turkey", "usa", "iran"]);
    expect(leastFilled(CASPIAN_POWERS, roster, new Set(CASPIAN_POWERS))).toBeNull();
  });
});
