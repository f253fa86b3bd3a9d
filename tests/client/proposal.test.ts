/** Proposal building: default terms the rules accept, the parties they need, terms in words. */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { getScenario, termSchema } from "../../shared";
import { checkTerms } from "../../shared/rules/diplomacy";
import { errorText } from "../../client/src/model/format";
import { defaultTerm, describeTerm, partiesFor, proposalProblem, proposalStance, TERM_KINDS, turnsLeft } from "../../client/src/model/proposal";
import { advanceTo, newMatch } from "../support/play";

const scenario = getScenario("caspian-salvo");

describe("proposals", () => {
  it("default terms of every kind pass the schema and the rules' checks", () => {
    const state = advanceTo(newMatch("proposals"), "diplomacy");
    for (const { kind } of TERM_KINDS) {
      const term = defaultTerm(kind, scenario, "turkey", ["usa"]);
      expect(termSchema.safeParse(term).success, kind).toBe(true);
      const parties = partiesFor(CASPIAN_POWERS, "turkey", ["usa"], [term]);
      expect(proposalProblem(scenario, "turkey", parties, [term]), kind).toBeNull();
      expect(checkTerms(state, parties, [term]).ok, kind).toBe(true);
      expect(describeTerm(term, scenario).length).toBeGreaterThan(10);
    }
  });

  it("adds every power a term binds to the parties, in seat order", () => {
    const term = defaultTerm("intel", scenario, "russia", ["iraq"]);
    expect(partiesFor(CASPIAN_POWERS, "russia", [], [{ ...term, members: ["russia", "iran", "iraq", "syria"] } as typeof term])).toEqual(["russia", "iran", "iraq", "syria"]);
    expect(partiesFor(CASPIAN_POWERS, "iraq", ["usa"], [])).toEqual(["usa", "iraq"]);
  });

  it("says what is wrong before sending", () => {
    expect(proposalProblem(scenario, "russia", ["russia"], [])).toMatch(/at least one term/);
    const self = { kind: "overflight" as const, grantor: "iran" as const, grantee: "iran" as const, scope: "both" as const, turns: 2 };
    expect(proposalProblem(scenario, "russia", ["russia", "iran"], [self])).toMatch(/itself/);
    const nfz = { kind: "nfz" as const, zones: ["aleppo"], pledges: { iraq: 3 }, exempt: [], turns: 2 };
    expect(proposalProblem(scenario, "iraq", ["iraq", "usa"], [nfz])).toMatch(/at most 0 patrol/);
  });

  it("refuses what the rules refuse, in the rules' words (a grant of airspace the grantor lacks, a term twice)", () => {
    const noAirspace = { kind: "overflight" as const, grantor: "usa" as const, grantee: "russia" as const, scope: "both" as const, turns: 2 };
    const basing = { kind: "basing" as const, host: "iran" as const, guest: "russia" as const, turns: 2 };
    const cases = [
      { me: "russia" as const, parties: partiesFor(CASPIAN_POWERS, "russia", ["usa"], [noAirspace]), terms: [noAirspace] },
      { me: "russia" as const, parties: partiesFor(CASPIAN_POWERS, "russia", ["iran"], [basing, basing]), terms: [basing, { ...basing, turns: 3 }] },
    ];
    for (const c of cases) {
      const ruled = checkTerms({ scenarioId: scenario.id }, c.parties, c.terms);
      expect(ruled.ok).toBe(false);
      if (!ruled.ok) expect(proposalProblem(scenario, c.me, c.parties, c.terms)).toBe(errorText(ruled.error, scenario));
    }
  });

  it("describes terms and counts the turns a treaty has left", () => {
    const t = { kind: "overflight" as const, grantor: "iran" as const, grantee: "russia" as const, scope: "missiles" as const, turns: 3 };
    expect(describeTerm(t, scenario)).toBe("Iran lets Russia fly missiles through its airspace for 3 turns.");
    const treaty = { id: "t9", proposalId: null, parties: ["iran", "russia"] as ("iran" | "russia")[], term: t, status: "active" as const, agreedTurn: 1, untilTurn: 3, endedTurn: null, endedBy: null };
    expect(turnsLeft(treaty, 1)).toBe(3);
    expect(turnsLeft(treaty, 3)).toBe(1);
    expect(turnsLeft({ ...treaty, status: "revoked" }, 2)).toBe(0);
    const p = { id: "p1", from: "russia" as const, parties: ["russia", "iran"] as ("russia" | "iran")[], terms: [t], note: "", accepted: ["russia"] as ("russia" | "iran")[], status: "open" as const, turn: 1, counterOf: null };
    expect(proposalStance(p, "russia")).toBe("mine");
    expect(proposalStance(p, "iran")).toBe("awaiting-me");
    expect(proposalStance({ ...p, status: "accepted" }, "iran")).toBe("closed");
  });
});
