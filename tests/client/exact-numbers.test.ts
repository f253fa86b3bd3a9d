/**
 * Every number of the synchronised state arrives exactly as the server wrote it
 * (shared/protocol/state/exact-numbers.ts): fractions that a float32 would round, integers in a
 * byte or a few, in fields and in maps, to a client decoding through the handshake and to one
 * with its own copy of the types.
 */
import fc from "fast-check";
import { Decoder, Encoder, Reflection } from "@colyseus/schema";
import { describe, expect, it } from "vitest";
import { ZoneEntry } from "../../shared/protocol/state/world";
import { MatchRoomState } from "../../shared/protocol/state/room-state";

/** A value written as the root's escalation, read back through the handshake and through the client's own types. */
function roundTrip(value: number): { plain: number; own: number } {
  const state = new MatchRoomState();
  state.escalation = value;
  const encoder = new Encoder(state);
  const full = encoder.encodeAll();
  const reflected = Reflection.decode(Reflection.encode(encoder));
  reflected.decode(full);
  const own = new MatchRoomState();
  new Decoder(own).decode(full);
  return { plain: (reflected.state as unknown as { escalation: number }).escalation, own: own.escalation };
}

describe("exact numbers on the wire", () => {
  it("arrive exactly, whatever their value", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.1, 12.3, -0.5, 1e-7, 2 ** 31, 1796361078773.5)), (value) => {
        if (Object.is(value, -0)) return;
        const { plain, own } = roundTrip(value);
        expect(plain).toBe(value);
        expect(own).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it("in a map of numbers too, and an integer takes a byte where a float64 took nine", () => {
    const state = new ZoneEntry();
    const values = { a: 0.1, b: 20, c: 12.34, d: -3, e: 1e-9 };
    for (const [k, v] of Object.entries(values)) state.strength.set(k, v);
    state.civilians = 0.7;
    const encoder = new Encoder(state);
    const full = encoder.encodeAll();
    const reflected = Reflection.decode(Reflection.encode(encoder));
    reflected.decode(full);
    expect((reflected.state as unknown as { toJSON(): unknown }).toJSON()).toEqual({ civilians: 0.7, strength: values });
    const own = new ZoneEntry();
    new Decoder(own).decode(full);
    expect(own.toJSON()).toEqual({ civilians: 0.7, strength: values });

    const small = new ZoneEntry();
    small.civilians = 20;
    const big = new ZoneEntry();
    big.civilians = 20.5;
    expect(new Encoder(big).encodeAll().length - new Encoder(small).encodeAll().length).toBe(8);
  });
});
