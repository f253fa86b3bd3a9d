/**
 * A third-party client: a plain @colyseus/sdk client reads its seat's state by the names and
 * shapes docs/protocol.md ("Synchronised state") gives, and nothing else (no code of the
 * browser client), and finds what the server's viewForSeat says. Fails if the documented
 * names or shapes drift.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { viewForSeat } from "../../shared";
import { passiveBot } from "../../server/match/bots";
import { ROOM_NAME } from "../../shared/protocol";
import { command, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot });
});
afterAll(async () => {
  await server.close();
});

/** The decoded state, typed only as far as docs/protocol.md says. */
interface Documented {
  phase: string;
  turn: number;
  escalation: number;
  seats: { get(power: string): { ready: boolean; ordersIn: boolean } | undefined };
  slots: { forEach(cb: (slot: DocumentedSlot, viewer: string) => void): void };
}
interface Each<V> {
  forEach(cb: (value: V, key: string) => void): void;
}
interface DocumentedSlot {
  viewer: string;
  zones: Each<{ civilians: number; strength: Each<number>; control?: string }>;
  powers: Each<{ tracks: { prestige: number; legitimacy: number; cost: number; credibility: number }; influence: Each<number>; posture: string; secretObjective?: string }>;
  assets: Each<{ stock?: number }>;
  proposals: Each<{ id: string; parties: { toArray(): string[] }; note: string; terms: Each<{ kind: string; grantor?: string; grantee?: string }> }>;
  log: { length: number; at(i: number): { kind: string; turn?: number; phase?: string; seenBy?: string } | undefined };
}

const record = <V, T>(each: Each<V>, read: (v: V) => T): Record<string, T> => {
  const out: Record<string, T> = {};
  each.forEach((v, k) => (out[k] = read(v)));
  return out;
};

describe("the documented synchronised state", () => {
  it("gives a plain SDK client its zones, its powers' tracks, its proposals and its log", async () => {
    // A plain SDK client: the server's handshake describes the types, nothing of ours is given.
    const room = await server.client().create(ROOM_NAME, { power: "russia", name: "Third party", match: { visibility: "private", bots: { usa: "normal", iran: "normal", iraq: "normal", turkey: "normal", syria: "normal" } } });
    const state = () => room.state as unknown as Documented;
    await waitFor(() => state().phase === "briefing" || state().phase === "diplomacy", 5000, "the match");
    expect((await command(room, { type: "ready", ready: true })).ok).toBe(true);
    await waitFor(() => state().phase === "diplomacy", 5000, "diplomacy");
    const note = "documented corridor";
    expect((await command(room, { type: "propose", parties: ["iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 2 }], note })).ok).toBe(true);

    const slots: DocumentedSlot[] = [];
    await waitFor(() => {
      slots.length = 0;
      state().slots.forEach((s) => slots.push(s));
      let seen = false;
      slots[0]?.proposals.forEach((p) => (seen ||= p.note === note));
      return seen;
    }, 5000, "the proposal in the slot");
    expect(slots.map((s) => s.viewer)).toEqual(["russia"]);
    const slot = slots[0]!;
    const session = server.app.services.registry.get(room.roomId)!;
    // The bots do nothing: once the slot holds every event, it holds the state the rules have.
    await waitFor(() => slot.log.length === viewForSeat(session.state, "russia").log.length, 3000, "every event");
    const truth = viewForSeat(session.state, "russia");

    expect(state().turn).toBe(truth.turn);
    expect(state().escalation).toBe(truth.escalation);
    expect(record(slot.zones, (z) => ({ civilians: z.civilians, strength: record(z.strength, (n) => n), control: z.control ?? null }))).toEqual(truth.zones);
    expect(
      record(slot.powers, (p) => ({ tracks: { prestige: p.tracks.prestige, legitimacy: p.tracks.legitimacy, cost: p.tracks.cost, credibility: p.tracks.credibility }, influence: record(p.influence, (n) => n), posture: p.posture, secretObjective: p.secretObjective ?? null })),
    ).toEqual(Object.fromEntries(Object.entries(truth.powers).map(([k, p]) => [k, { tracks: p.tracks, influence: p.influence, posture: p.posture, secretObjective: p.secretObjective }])));
    expect(record(slot.assets, (a) => ({ stock: a.stock ?? null }))).toEqual(truth.assets);
    expect(state().seats.get("russia")!.ready).toBe(truth.powers.russia!.ready);

    const proposal = truth.proposals.find((p) => p.note === note)!;
    const mine = record(slot.proposals, (p) => ({ parties: p.parties.toArray(), terms: record(p.terms, (t) => ({ kind: t.kind, grantor: t.grantor, grantee: t.grantee })) }));
    expect(mine[proposal.id]).toEqual({ parties: proposal.parties, terms: { 0: { kind: "overflight", grantor: "iran", grantee: "russia" } } });

    expect(slot.log.length).toBe(truth.log.length);
    // As documented: an entry without a turn and phase has those of the last phase event before it.
    let now = { turn: 0, phase: "" };
    for (let i = 0; i < slot.log.length; i++) {
      const entry = slot.log.at(i)!;
      const event = truth.log[i]!;
      if (entry.kind === "phase") now = { turn: entry.turn!, phase: entry.phase! };
      expect({ seq: i + 1, kind: entry.kind, turn: entry.turn ?? now.turn, phase: entry.phase ?? now.phase, visibleTo: entry.seenBy === undefined ? "all" : entry.seenBy.split(" ").filter((p) => p !== "") }).toEqual({ seq: event.seq, kind: event.kind, turn: event.turn, phase: event.phase, visibleTo: event.visibleTo });
    }
    await room.leave();
  });
});
