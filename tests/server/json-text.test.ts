/** The mirror's memoised JSON writer gives exactly JSON.stringify's text, shared objects included. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonText } from "../../server/rooms/json-text";
import type { JsonMemo } from "../../server/rooms/json-text";
import { createMatch, POWERS, viewForSeat } from "../../shared";

describe("jsonText", () => {
  it("writes what JSON.stringify writes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const memo: JsonMemo = new Map();
        // The same objects written twice through one memo, and inside a new container.
        const shared = { a, b, list: [a, b, undefined, { x: undefined, y: a }] };
        expect(jsonText(shared, memo)).toBe(JSON.stringify(shared));
        expect(jsonText({ again: shared, a }, memo)).toBe(JSON.stringify({ again: shared, a }));
        expect(jsonText([b, shared], memo, 0)).toBe(JSON.stringify([b, shared]));
      }),
    );
  });

  it("writes every viewer's view of a match as JSON.stringify does", () => {
    const state = createMatch({ scenarioId: "caspian-salvo", seed: "json-text" });
    const memo: JsonMemo = new Map();
    for (const viewer of [...POWERS, "spectator", "facilitator"] as const) {
      const view = viewForSeat(state, viewer);
      for (const [key, value] of Object.entries(view)) expect(jsonText(value, memo), `${viewer}.${key}`).toBe(JSON.stringify(value) ?? "null");
    }
  });
});
