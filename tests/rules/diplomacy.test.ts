import { describe, expect, it } from "vitest";
import { getScenario, viewForSeat } from "../../shared";
import { describeEvent } from "../../shared/catalog";
import { advance, advanceTo, must, newMatch, refused } from "../support/play";

const overflight = { kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 3 };

function atDiplomacy() {
  return advance(newMatch());
}

describe("proposals", () => {
  it("binds when every party accepts, as treaties agreed now and in force from resolution", () => {
    let state = atDiplomacy();
    state = must(state, "russia", { type: "propose", parties: ["russia", "iran"], terms: [overflight], note: "corridor" }).state;
    const id = state.proposals[0]!.id;
    expect(state.proposals[0]!.status).toBe("open");
    state = must(state, "iran", { type: "accept", proposal: id }).state;
    expect(state.proposals[0]!.status).toBe("accepted");
    const treaty = state.treaties.find((t) => t.proposalId === id)!;
    expect(treaty.status).toBe("agreed");
    expect(treaty.untilTurn).toBe(3);
    state = advanceTo(state, "report");
    expect(state.treaties.find((t) => t.id === treaty.id)!.status).toBe("active");
  });

  it("needs all parties of a three-power bundle", () => {
    let state = atDiplomacy();
    const terms = [overflight, { kind: "overflight", grantor: "iraq", grantee: "russia", scope: "missiles", turns: 2 }];
    state = must(state, "russia", { type: "propose", parties: ["iran", "iraq"], terms, note: "" }).state;
    const id = state.proposals[0]!.id;
    expect(state.proposals[0]!.parties).toEqual(["russia", "iran", "iraq"]);
    state = must(state, "iran", { type: "accept", proposal: id }).state;
    expect(state.proposals[0]!.status).toBe("open");
    expect(refused(state, "iran", { type: "accept", proposal: id }).code).toBe("proposal/already_accepted");
    state = must(state, "iraq", { type: "accept", proposal: id }).state;
    expect(state.treaties.filter((t) => t.proposalId === id)).toHaveLength(2);
  });

  it("can be rejected, withdrawn or countered, and then no longer accepted", () => {
    let state = atDiplomacy();
    state = must(state, "russia", { type: "propose", parties: ["iran"], terms: [overflight], note: "" }).state;
    const first = state.proposals[0]!.id;
    expect(refused(state, "turkey", { type: "accept", proposal: first }).code).toBe("proposal/not_found");
    expect(refused(state, "iran", { type: "withdraw", proposal: first }).code).toBe("proposal/not_yours");
    state = must(state, "iran", { type: "counter", proposal: first, parties: ["russia"], terms: [{ ...overflight, turns: 1 }], note: "one turn only" }).state;
    expect(state.proposals[0]!.status).toBe("countered");
    const second = state.proposals[1]!;
    expect(second.counterOf).toBe(first);
    expect(refused(state, "iran", { type: "accept", proposal: first }).code).toBe("proposal/closed");
    state = must(state, "russia", { type: "reject", proposal: second.id }).state;
    expect(state.proposals[1]!.status).toBe("rejected");
    state = must(state, "russia", { type: "propose", parties: ["iran"], terms: [overflight], note: "" }).state;
    const third = state.proposals[2]!.id;
    state = must(state, "russia", { type: "withdraw", proposal: third }).state;
    expect(state.proposals[2]!.status).toBe("withdrawn");
  });

  it("a rejection may say why: the note reaches the proposer on the rejected event, in the report's words", () => {
    let state = atDiplomacy();
    state = must(state, "russia", { type: "propose", parties: ["iran"], terms: [overflight], note: "" }).state;
    const id = state.proposals[0]!.id;
    expect(refused(state, "iran", { type: "reject", proposal: id, note: "x".repeat(501) }).code).toBe("command/malformed");
    state = must(state, "iran", { type: "reject", proposal: id, note: "  Tehran will not open its skies to Russia.  " }).state;
    const rejected = state.log.find((e) => e.kind === "proposal" && e.action === "rejected");
    expect(rejected).toMatchObject({ proposalId: id, by: "iran", from: "russia", note: "Tehran will not open its skies to Russia.", visibleTo: ["russia", "iran"] });
    expect(describeEvent(rejected!, getScenario("caspian-salvo"))).toBe(`Iran rejected proposal ${id}: “Tehran will not open its skies to Russia.”`);
    const seen = viewForSeat(state, "russia").log.find((e) => e.kind === "proposal" && e.action === "rejected");
    expect(seen).toMatchObject({ note: "Tehran will not open its skies to Russia." });
    expect(viewForSeat(state, "turkey").log.some((e) => e.kind === "proposal" && e.action === "rejected")).toBe(false);
  });

  it("a rejection without a reason, or a blank one, carries no note", () => {
    let state = atDiplomacy();
    state = must(state, "russia", { type: "propose", parties: ["iran"], terms: [overflight], note: "" }).state;
    state = must(state, "russia", { type: "propose", parties: ["iran"], terms: [{ ...overflight, turns: 1 }], note: "" }).state;
    state = must(state, "iran", { type: "reject", proposal: state.proposals[0]!.id }).state;
    state = must(state, "iran", { type: "reject", proposal: state.proposals[1]!.id, note: "   " }).state;
    const rejections = state.log.filter((e) => e.kind === "proposal" && e.action === "rejected");
    expect(rejections).toHaveLength(2);
    for (const e of rejections) expect("note" in e).toBe(false);
    expect(describeEvent(rejections[0]!, getScenario("caspian-salvo"))).toBe(`Iran rejected proposal ${state.proposals[0]!.id}.`);
  });

  it("refuses terms that make no sense", () => {
    const state = atDiplomacy();
    expect(refused(state, "russia", { type: "propose", parties: ["iran"], terms: [{ ...overflight, grantor: "turkey" }], note: "" }).code).toBe("term/not_a_party");
    expect(refused(state, "russia", { type: "propose", parties: ["usa"], terms: [{ kind: "overflight", grantor: "usa", grantee: "russia", scope: "both", turns: 2 }], note: "" }).code).toBe("term/no_airspace");
    expect(refused(state, "russia", { type: "propose", parties: ["iran"], terms: [{ ...overflight, grantor: "russia" }], note: "" }).code).toBe("term/self");
    expect(refused(state, "turkey", { type: "propose", parties: ["usa"], terms: [{ kind: "nfz", zones: ["atlantis"], pledges: { turkey: 2 }, exempt: [], turns: 3 }], note: "" }).code).toBe("term/unknown_zone");
    expect(refused(state, "turkey", { type: "propose", parties: ["usa"], terms: [{ kind: "nfz", zones: ["aleppo"], pledges: { turkey: 99 }, exempt: [], turns: 3 }], note: "" }).code).toBe("term/pledge_too_large");
  });

  it("lets open proposals lapse at the end of the turn", () => {
    let state = atDiplomacy();
    state = must(state, "russia", { type: "propose", parties: ["iran"], terms: [overflight], note: "" }).state;
    state = advanceTo(state, "briefing");
    expect(state.turn).toBe(2);
    expect(state.proposals[0]!.status).toBe("expired");
  });
});
