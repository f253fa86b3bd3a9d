/** What the bots do, per power, through the same commands a human sends. */
import { at } from "../../shared/at";
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { apply, createMatch, getScenario, scoreMatch, viewForSeat } from "../../shared";
import type { MatchState, PowerId, Term } from "../../shared";
import { botCommands, playBotMatch } from "../../shared/bots";
import { conditionsIn, denyTag } from "../../shared/bots/conditions";
import { clearLeader, publicScores } from "../../shared/bots/standings";
import { uniformLevels } from "../../scripts/simulate-core";

function step(state: MatchState, actor: PowerId | "system", command: Record<string, unknown>): MatchState {
  const result = apply(state, actor, command);
  if (!result.ok) throw new Error(`${JSON.stringify(result.error)}`);
  return result.value.state;
}

/** Turn 1 after one round of bot diplomacy (every bot acts once, in seat order). */
function afterDiplomacyRound(seed = "behaviour"): MatchState {
  let state = createMatch({ scenarioId: "caspian-salvo", seed });
  state = step(state, "system", { type: "advance", turn: 1, phase: "briefing" });
  for (const power of CASPIAN_POWERS) for (const command of botCommands(viewForSeat(state, power), power, "normal")) state = step(state, power, command);
  return state;
}

const proposedBy = (state: MatchState, power: PowerId): Term[][] => state.proposals.filter((p) => p.from === power).map((p) => p.terms);

describe("bot diplomacy", () => {
  it("puts each power's deals on the table on the first turn", () => {
    const state = afterDiplomacyRound();
    const russia = proposedBy(state, "russia").flat();
    expect(russia.some((t) => t.kind === "overflight" && t.grantee === "russia" && (t.grantor === "iran" || t.grantor === "iraq"))).toBe(true);
    // Turkey proposes the no-fly zone over northern Syria to the US (unless the US, wanting one, did first).
    const nfz = state.proposals.find((p) => p.terms.some((t) => t.kind === "nfz"));
    expect(nfz?.parties.sort()).toEqual(["turkey", "usa"]);
    expect(nfz?.terms).toContainEqual(expect.objectContaining({ kind: "nfz", zones: ["aleppo", "idlib", "raqqa", "hasakah"] }));
    expect(proposedBy(state, "syria").flat()).toContainEqual(expect.objectContaining({ kind: "support", pledger: "russia", faction: "regime", stance: "support" }));
    const usToIraq = state.proposals.filter((p) => p.from === "usa" && p.parties.includes("iraq"));
    expect(usToIraq.some((p) => conditionsIn(p.note, state).some((c) => c.grantor === "iraq" && c.denied === "russia"))).toBe(true);
  });

  it("answers every proposal addressed to it and says it is ready", () => {
    const state = afterDiplomacyRound();
    for (const power of CASPIAN_POWERS) expect(at(state.powers, power).ready).toBe(true);
    // After a second round nothing made in the first is left unanswered.
    const before = new Set(state.proposals.map((p) => p.id));
    let next = state;
    for (const power of CASPIAN_POWERS) for (const command of botCommands(viewForSeat(next, power), power, "normal")) next = step(next, power, command);
    for (const p of next.proposals.filter((x) => x.status === "open" && before.has(x.id))) {
      for (const party of p.parties) expect(p.accepted.includes(party), `${p.id} unanswered by ${party}`).toBe(true);
    }
  });

  it("reads and writes deny conditions in a note", () => {
    expect(conditionsIn(`Deny them ${denyTag({ grantor: "iraq", denied: "russia" })}.`, { scenarioId: "caspian-salvo" })).toEqual([{ grantor: "iraq", denied: "russia" }]);
    expect(conditionsIn("[deny:iraq>nobody] [deny:mars>russia]", { scenarioId: "caspian-salvo" })).toEqual([]);
  });
});

describe("bot orders", () => {
  it("fly the Kalibr salvo over Iran and Iraq with their consent once granted, and Iran never violates", () => {
    const { state } = playBotMatch({ seed: "crescent", levels: uniformLevels("normal"), turns: 3 });
    const kalibr = state.log.filter((e) => e.kind === "strikeFlown" && e.asset === "caspian-flotilla");
    expect(kalibr.length).toBeGreaterThan(0);
    for (const e of kalibr) if (e.kind === "strikeFlown") expect(e.violated).toEqual([]);
    expect(state.log.some((e) => e.kind === "violation" && e.power === "iran")).toBe(false);
  });

  it("fly the no-fly-zone patrols they pledged", () => {
    for (const seed of ["nfz-1", "nfz-2", "nfz-3", "nfz-4"]) {
      const { state } = playBotMatch({ seed, levels: uniformLevels("normal"), turns: 4 });
      const nfz = state.treaties.find((t) => t.term.kind === "nfz" && t.proposalId !== null);
      if (!nfz) continue;
      const status = state.log.filter((e) => e.kind === "nfzStatus" && e.treatyId === nfz.id);
      expect(status.length).toBeGreaterThan(0);
      expect(status.some((e) => e.kind === "nfzStatus" && e.flown > 0)).toBe(true);
      return;
    }
    throw new Error("no no-fly zone agreed in any seed");
  });
});

describe("bot judgement", () => {
  it("normal and hard bots claim what they expect to hit (a false claim is seen and costs legitimacy); easy ones tell their persona's cover story", () => {
    const { state } = playBotMatch({ seed: "claims", levels: { ...uniformLevels("normal"), russia: "easy", turkey: "hard" }, turns: 3 });
    const claims = (power: PowerId) => state.log.filter((e) => e.kind === "strikeFlown" && e.power === power).map((e) => (e.kind === "strikeFlown" ? e.claim : null));
    // Easy Russia says "the Islamic State" whatever it aims at; normal Syria and hard Turkey name other targets too.
    expect(claims("russia").length).toBeGreaterThan(0);
    expect(new Set(claims("russia"))).toEqual(new Set(["isis"]));
    expect(claims("syria")).toContain("rebels");
    expect(claims("turkey")).toContain("kurds");
    const exposed = (power: PowerId) => state.log.filter((e) => e.kind === "impact" && e.power === power && e.falseClaim).length;
    expect(exposed("syria") + exposed("turkey")).toBeLessThan(exposed("russia"));
  });

  it("read every power's public objectives on their own view, as scoring would on the state", () => {
    const { state } = playBotMatch({ seed: "standings", levels: uniformLevels("normal"), turns: 4 });
    const scenario = getScenario(state.scenarioId);
    const scores = publicScores(viewForSeat(state, "facilitator"), scenario);
    for (const power of CASPIAN_POWERS) {
      const publicPoints = scoreMatch(state).details[power]!.filter((d) => !d.secret && d.met).reduce((sum, d) => sum + d.points, 0);
      expect(scores[power], power).toBe(publicPoints);
    }
    // The clear leader is a rival ahead of every other power by the margin, never the seat itself.
    const top = [...CASPIAN_POWERS].sort((a, b) => scores[b]! - scores[a]!);
    const gap = scores[top[0]!]! - scores[top[1]!]!;
    const other = CASPIAN_POWERS.find((p) => p !== top[0])!;
    expect(clearLeader(viewForSeat(state, "facilitator"), scenario, other, gap)).toBe(gap > 0 ? top[0] : null);
    expect(clearLeader(viewForSeat(state, "facilitator"), scenario, top[0]!, 0)).toBe(null);
    expect(clearLeader(viewForSeat(state, "facilitator"), scenario, other, gap + 1)).toBe(null);
  });
});
