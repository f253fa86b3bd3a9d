/**
 * A bot is one mind: over many bot matches at every level mix, no bot revokes a treaty it proposed
 * or accepted in the same turn, offers a power rights in the turn it revokes them, or protests a
 * flight it had granted. The checker is tested on a hand-made contradiction first, so that it can
 * fail.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apply, createMatch } from "../../shared";
import type { MatchState, PowerId } from "../../shared";
import { BOT_LEVELS, playBotMatch } from "../../shared/bots";
import type { BotLevel } from "../../shared/bots";
import { contradictions } from "./contradictions";

const MATCHES = 60;

function send(state: MatchState, actor: PowerId | "system", command: Record<string, unknown>): MatchState {
  const result = apply(state, actor, { ...command, turn: state.turn, phase: state.phase });
  if (!result.ok) throw new Error(`${actor} ${String(command.type)}: ${result.error.code}`);
  return result.value.state;
}

describe("a bot is one mind", () => {
  it("the checker finds a grant revoked in the turn it was agreed", () => {
    let state = createMatch({ scenarioId: "caspian-salvo", seed: "checker" });
    while (state.phase !== "diplomacy") state = send(state, "system", { type: "advance" });
    state = send(state, "russia", { type: "propose", parties: ["iraq"], terms: [{ kind: "overflight", grantor: "iraq", grantee: "russia", scope: "missiles", turns: 3 }], note: "" });
    state = send(state, "iraq", { type: "accept", proposal: state.proposals.at(-1)!.id });
    state = send(state, "system", { type: "advance" });
    const treaty = state.treaties.find((t) => t.proposalId !== null)!;
    state = send(state, "iraq", { type: "orders", orders: { strikes: [], support: [], posture: "watch", patrols: [], revoke: [treaty.id] } });
    state = send(state, "system", { type: "advance" });
    expect(contradictions(state).map((c) => c.kind)).toContain("revokedSameTurn");
  });

  it(`holds over ${MATCHES} bot matches at mixed levels`, () => {
    const level = fc.constantFrom(...BOT_LEVELS);
    const levels = fc.record(Object.fromEntries(CASPIAN_POWERS.map((p) => [p, level])) as Record<PowerId, fc.Arbitrary<BotLevel>>);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), levels, (seed, lv) => {
        const { state } = playBotMatch({ seed, levels: lv });
        const found = contradictions(state);
        expect(found, JSON.stringify(found.slice(0, 3))).toEqual([]);
      }),
      { numRuns: MATCHES, seed: 15 },
    );
  }, 180_000);
});
