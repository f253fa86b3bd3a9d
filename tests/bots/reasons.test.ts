/**
 * The plan of the turn in diplomacy: a bot that has let Russia through this turn refuses a promise
 * to keep Russia out, and one that has promised to keep Russia out refuses Russia rights; and it
 * can say why, in its government's voice (rejectNote).
 */
import { describe, expect, it } from "vitest";
import { apply, createMatch, viewForSeat } from "../../shared";
import type { MatchState, PowerId } from "../../shared";
import type { Command } from "../../shared/commands";
import { botCommands } from "../../shared/bots";
import { makeContext } from "../../shared/bots/context";
import { conflictWith } from "../../shared/bots/plan";
import { conditionsIn } from "../../shared/bots/conditions";
import { rejectNote } from "../../shared/bots/reasons";

function send(state: MatchState, actor: PowerId | "system", command: Record<string, unknown>): MatchState {
  const result = apply(state, actor, { ...command, turn: state.turn, phase: state.phase });
  if (!result.ok) throw new Error(`${actor} ${String(command.type)}: ${result.error.code}`);
  return result.value.state;
}

/** Finds the bot's rejection of one proposal among its commands. */
const rejecting = (proposal: string) => (c: Command): c is Extract<Command, { type: "reject" }> => c.type === "reject" && c.proposal === proposal;

function atDiplomacy(): MatchState {
  let state = createMatch({ scenarioId: "caspian-salvo", seed: "reasons" });
  while (state.phase !== "diplomacy") state = send(state, "system", { type: "advance" });
  return state;
}

const GRANT_RUSSIA = { type: "propose", parties: ["russia", "iraq"], terms: [{ kind: "overflight", grantor: "iraq", grantee: "russia", scope: "missiles", turns: 3 }], note: "Open your skies to our missiles." };
const DENY_RUSSIA = { type: "propose", parties: ["usa", "iraq"], terms: [{ kind: "intel", members: ["usa", "iraq"], turns: 3 }], note: "Coalition intelligence, if Iraq keeps Russia out [deny:iraq>russia]" };

describe("a bot's reasons", () => {
  it("refuses to keep out a power it let through this turn, and says so", () => {
    let state = atDiplomacy();
    state = send(state, "russia", GRANT_RUSSIA);
    state = send(state, "iraq", { type: "accept", proposal: state.proposals.at(-1)!.id });
    state = send(state, "usa", DENY_RUSSIA);
    const deny = state.proposals.at(-1)!;
    const commands = botCommands(viewForSeat(state, "iraq"), "iraq", "hard");
    expect(commands).toContainEqual(expect.objectContaining({ type: "reject", proposal: deny.id }));
    const ctx = makeContext(viewForSeat(state, "iraq"), "iraq", "hard");
    const conflict = conflictWith(ctx, deny.terms, conditionsIn(deny.note, state));
    expect(conflict).toEqual({ kind: "letsThrough", power: "russia" });
    expect(rejectNote(ctx, deny, conflict)).toBe("Baghdad has just opened its skies to Russia; it will not shut them in the same week.");
  });

  it("sends its reason with the rejection, and the proposer reads it", () => {
    let state = atDiplomacy();
    state = send(state, "russia", GRANT_RUSSIA);
    state = send(state, "iraq", { type: "accept", proposal: state.proposals.at(-1)!.id });
    state = send(state, "usa", DENY_RUSSIA);
    const deny = state.proposals.at(-1)!;
    const reject = botCommands(viewForSeat(state, "iraq"), "iraq", "hard").find(rejecting(deny.id))!;
    const reason = "Baghdad has just opened its skies to Russia; it will not shut them in the same week.";
    expect(reject.note).toBe(reason);
    state = send(state, "iraq", reject);
    const seen = viewForSeat(state, "usa").log.find((e) => e.kind === "proposal" && e.action === "rejected" && e.proposalId === deny.id);
    expect(seen).toMatchObject({ by: "iraq", note: reason });
  });

  it("says why when a deal merely does not pay, too", () => {
    let state = atDiplomacy();
    state = send(state, "turkey", { type: "propose", parties: ["syria"], terms: [{ kind: "nfz", zones: ["aleppo"], pledges: { turkey: 3 }, exempt: [], turns: 3 }], note: "" });
    const nfz = state.proposals.at(-1)!;
    const reject = botCommands(viewForSeat(state, "syria"), "syria", "hard").find(rejecting(nfz.id));
    expect(reject?.note).toBe("Damascus will not accept a no-fly zone over Aleppo.");
  });

  it("refuses rights to a power it promised to keep out, and names whom it promised", () => {
    let state = atDiplomacy();
    state = send(state, "usa", DENY_RUSSIA);
    state = send(state, "iraq", { type: "accept", proposal: state.proposals.at(-1)!.id });
    state = send(state, "russia", GRANT_RUSSIA);
    const grant = state.proposals.at(-1)!;
    const commands = botCommands(viewForSeat(state, "iraq"), "iraq", "normal");
    expect(commands).toContainEqual(expect.objectContaining({ type: "reject", proposal: grant.id }));
    const ctx = makeContext(viewForSeat(state, "iraq"), "iraq", "normal");
    const conflict = conflictWith(ctx, grant.terms, conditionsIn(grant.note, state));
    expect(rejectNote(ctx, grant, conflict)).toBe("Baghdad has promised the United States to keep Russia out of its skies.");
  });

  it("names the term that hurts it most when a deal merely does not pay", () => {
    const state = atDiplomacy();
    const ctx = makeContext(viewForSeat(state, "syria"), "syria", "normal");
    const nfz = { id: "x", from: "turkey" as const, parties: ["turkey", "syria"] as PowerId[], terms: [{ kind: "nfz" as const, zones: ["aleppo"], pledges: { turkey: 3 }, exempt: [], turns: 3 }], note: "", accepted: [], status: "open" as const, turn: 1, counterOf: null };
    expect(rejectNote(ctx, nfz, null)).toBe("Damascus will not accept a no-fly zone over Aleppo.");
  });
});
