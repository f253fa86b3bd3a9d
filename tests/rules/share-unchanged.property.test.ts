/**
 * shareUnchanged keeps the earlier version's objects wherever nothing changed, and changes
 * nothing else: the result is the new version, byte for byte as JSON, and the earlier version is
 * untouched. apply() gives states that share what a command left alone.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clone } from "../../shared/clone";
import { shareUnchanged } from "../../shared/share-unchanged";
import { CASPIAN_POWERS } from "../support/caspian";
import { advanceTo, must, newMatch, stamp } from "../support/play";

const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** A copy of `value` with the value at one random place replaced. */
function changedAt(value: unknown, path: number[], replacement: unknown): unknown {
  const copy = clone(value);
  if (typeof copy !== "object" || copy === null || path.length === 0) return replacement;
  let parent = copy as Record<string, unknown>;
  for (let depth = 0; ; depth++) {
    const keys = Object.keys(parent);
    if (keys.length === 0) return copy;
    const key = keys[path[depth]! % keys.length]!;
    const child = parent[key];
    if (depth === path.length - 1 || typeof child !== "object" || child === null) {
      parent[key] = replacement;
      return copy;
    }
    parent = child as Record<string, unknown>;
  }
}

/** Wherever `shared` equals `prev` (as JSON, keys in order), it is `prev`'s object; elsewhere the same holds one level down. */
function expectSharedWherever(shared: unknown, prev: unknown, at = "value"): void {
  if (typeof shared !== "object" || shared === null || typeof prev !== "object" || prev === null) return;
  if (JSON.stringify(shared) === JSON.stringify(prev)) {
    expect(shared, at).toBe(prev);
    return;
  }
  if (Array.isArray(shared) !== Array.isArray(prev)) return;
  for (const [key, child] of Object.entries(shared)) {
    if (Object.hasOwn(prev, key)) expectSharedWherever(child, (prev as Record<string, unknown>)[key], `${at}.${key}`);
  }
}

describe("shareUnchanged", () => {
  it("gives the new version exactly, and leaves the earlier one as it was", () => {
    fc.assert(
      fc.property(json, json, (next, prev) => {
        const expected = JSON.stringify(next);
        const before = JSON.stringify(prev);
        const shared = shareUnchanged(next, prev);
        expect(JSON.stringify(shared)).toBe(expected);
        expect(JSON.stringify(prev)).toBe(before);
      }),
      { numRuns: 400 },
    );
  });

  it("returns the earlier version itself when the two are equal, keys in the same order", () => {
    fc.assert(
      fc.property(json, (prev) => {
        expect(shareUnchanged(clone(prev), prev)).toBe(prev);
      }),
      { numRuns: 300 },
    );
  });

  it("after a change at one place, shares every object the change did not reach", () => {
    fc.assert(
      fc.property(json, fc.array(fc.nat(20), { minLength: 1, maxLength: 6 }), json, (prev, path, replacement) => {
        const next = changedAt(prev, path, replacement);
        const expected = JSON.stringify(next);
        const shared = shareUnchanged(next, prev);
        expect(JSON.stringify(shared)).toBe(expected);
        expectSharedWherever(shared, prev);
      }),
      { numRuns: 400 },
    );
  });

  it("does not take keys in another order for the same object", () => {
    const prev = { a: 1, b: 2 };
    const next = { b: 2, a: 1 };
    expect(shareUnchanged(next, prev)).toBe(next);
    expect(Object.keys(shareUnchanged({ x: next }, { x: prev }).x)).toEqual(["b", "a"]);
  });

  it("keeps an own \"__proto__\" key as data", () => {
    const prev = JSON.parse('{"__proto__": {"civilians": 1}, "a": [1]}') as Record<string, unknown>;
    const next = JSON.parse('{"__proto__": {"civilians": 2}, "a": [1]}') as Record<string, unknown>;
    const shared = shareUnchanged(next, prev);
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
    expect(JSON.stringify(shared)).toBe('{"__proto__":{"civilians":2},"a":[1]}');
    expect(shared.a).toBe(prev.a);
  });
});

describe("apply shares what a command left unchanged", () => {
  it("a seat's ready changes that power alone", () => {
    const state = advanceTo(newMatch("share-seed"), "diplomacy");
    const [first, second] = CASPIAN_POWERS;
    const next = must(state, first!, { type: "ready", ready: true, ...stamp(state) }).state;
    expect(next.zones).toBe(state.zones);
    expect(next.treaties).toBe(state.treaties);
    expect(next.assets).toBe(state.assets);
    expect(next.powers[second!]).toBe(state.powers[second!]);
    expect(next.powers[first!]).not.toBe(state.powers[first!]);
    expect(next.powers[first!]!.tracks).toBe(state.powers[first!]!.tracks);
    expect(next.powers[first!]!.ready).toBe(true);
    expect(state.powers[first!]!.ready).toBe(false);
  });
});
