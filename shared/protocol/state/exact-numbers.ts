/**
 * How the synchronised state's numbers are written: an integer in as few bytes as it needs (as
 * @colyseus/schema's "number" does: 1 byte for 0–127), any other number as a float64, exactly.
 * The library's own "number" would write a fraction as a float32 when that is off by under 1e-4,
 * so 0.1 would arrive as 0.10000000149; its "float64" costs 9 bytes even for a 20. Every decoder
 * reads both forms as "number" (they are MessagePack's), so a plain SDK client decoding through
 * the handshake reads the same values. Imported first by every type of the state: the schema
 * takes each field's writer when the field is declared.
 */
import { encode, registerType } from "@colyseus/schema";

type Writer = ((bytes: Uint8Array, value: number, it: { offset: number }) => number) & { exact?: true };

// Once per process: test files that load this module again find it in place.
if (!(encode.number as Writer).exact) {
  const compact = encode.number as Writer;
  const float64 = encode.float64 as unknown as (bytes: Uint8Array, value: number, it: { offset: number }) => void;
  const exact: Writer = (bytes, value, it) => {
    if (Number.isInteger(value) && (value | 0) === value) return compact(bytes, value, it);
    bytes[it.offset++] = 0xcb;
    float64(bytes, value, it);
    return 9;
  };
  exact.exact = true;
  registerType("number", { encode: exact } as never);
}
