/**
 * Ids are data, never property names: names every object has ("__proto__", "constructor"…) fed
 * into every id field of every command, term and inject effect, from every actor that may send
 * it, are refused with a code, change nothing, and never reach Object.prototype.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { apply, getScenario, hashOf } from "../../shared";
import type { Actor, MatchState, PowerId } from "../../shared";
import { advance, must, newMatch, stamp } from "../support/play";

const BAD = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"] as const;
const scenario = getScenario("caspian-salvo");
const CONTROL: Actor[] = ["facilitator", "system"];

/** Diplomacy of turn 1: a no-fly zone agreed by Turkey and the US, and an open proposal from Russia to every power. */
function diplomacy(): { state: MatchState; proposal: string } {
  let state = advance(newMatch("prototype-safety"));
  state = must(state, "turkey", { type: "propose", parties: ["usa"], terms: [{ kind: "nfz", zones: ["idlib"], pledges: { turkey: 1 }, exempt: [], turns: 2 }], note: "" }).state;
  state = must(state, "usa", { type: "accept", proposal: state.proposals.at(-1)!.id }).state;
  state = must(state, "russia", { type: "propose", parties: [...CASPIAN_POWERS], terms: [{ kind: "intel", members: ["russia", "iran"], turns: 2 }], note: "" }).state;
  return { state, proposal: state.proposals.at(-1)!.id };
}

const atDiplomacy = diplomacy();
const atOrders = advance(atDiplomacy.state);

/** The other power a term of `actor`'s names. */
function partnerOf(actor: PowerId): PowerId {
  return actor === "iran" ? "iraq" : "iran";
}

function ownAsset(power: PowerId): string {
  return scenario.assets.find((a) => a.owner === power)!.id;
}

/** JSON text parsed, so that a key "__proto__" is an own key as it arrives off the wire. */
function wire(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

function keyed(key: string, value: unknown): Record<string, unknown> {
  return JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) as Record<string, unknown>;
}

interface Field {
  name: string;
  state: MatchState;
  actors: readonly Actor[];
  /** The command with `v` in the field (without its stamp). */
  build: (v: string, actor: Actor) => Record<string, unknown>;
  /** A value that makes the command acceptable for at least one of the actors. */
  good: (actor: Actor) => string;
}

function termFields(): Field[] {
  const { state, proposal } = atDiplomacy;
  const terms = (actor: Actor): Record<string, (v: string) => unknown> => {
    const me = actor as PowerId;
    const other = partnerOf(me);
    return {
      "overflight.grantor": (x) => ({ kind: "overflight", grantor: x, grantee: other, scope: "both", turns: 2 }),
      "overflight.grantee": (x) => ({ kind: "overflight", grantor: me, grantee: x, scope: "both", turns: 2 }),
      "nfz.zones": (x) => ({ kind: "nfz", zones: [x], pledges: { [me]: 1 }, exempt: [], turns: 2 }),
      "nfz.pledges": (x) => ({ kind: "nfz", zones: ["idlib"], pledges: keyed(x, 1), exempt: [], turns: 2 }),
      "nfz.exempt": (x) => ({ kind: "nfz", zones: ["idlib"], pledges: { [me]: 1 }, exempt: [x], turns: 2 }),
      "support.pledger": (x) => ({ kind: "support", pledger: x, faction: "regime", zones: ["damascus"], stance: "support", turns: 2 }),
      "support.faction": (x) => ({ kind: "support", pledger: me, faction: x, zones: ["damascus"], stance: "support", turns: 2 }),
      "support.zones": (x) => ({ kind: "support", pledger: me, faction: "regime", zones: [x], stance: "support", turns: 2 }),
      "basing.host": (x) => ({ kind: "basing", host: x, guest: me, turns: 2 }),
      "basing.guest": (x) => ({ kind: "basing", host: me, guest: x, turns: 2 }),
      "intel.members": (x) => ({ kind: "intel", members: [me, x], turns: 2 }),
    };
  };
  const goods: Record<string, (actor: Actor) => string> = {
    "overflight.grantor": (a) => a as string,
    "overflight.grantee": (a) => partnerOf(a as PowerId),
    "nfz.zones": () => "idlib",
    "nfz.pledges": (a) => a as string,
    "nfz.exempt": (a) => partnerOf(a as PowerId),
    "support.pledger": (a) => a as string,
    "support.faction": () => "regime",
    "support.zones": () => "damascus",
    "basing.host": (a) => partnerOf(a as PowerId),
    "basing.guest": (a) => partnerOf(a as PowerId),
    "intel.members": (a) => partnerOf(a as PowerId),
  };
  const fields: Field[] = [];
  for (const path of Object.keys(goods)) {
    for (const type of ["propose", "counter"] as const) {
      fields.push({
        name: `${type} ${path}`,
        state,
        actors: CASPIAN_POWERS,
        build: (v, actor) => ({
          type,
          ...(type === "counter" ? { proposal } : {}),
          parties: [partnerOf(actor as PowerId)],
          terms: [terms(actor)[path]!(v)],
          note: "",
        }),
        good: goods[path]!,
      });
    }
  }
  fields.push({ name: "propose parties", state, actors: CASPIAN_POWERS, build: (v) => ({ type: "propose", parties: [v], terms: [{ kind: "intel", members: ["russia", "iran"], turns: 1 }], note: "" }), good: (a) => (a === "russia" ? "iran" : "russia") });
  for (const type of ["accept", "reject", "withdraw", "counter"] as const) {
    fields.push({
      name: `${type} proposal`,
      state,
      actors: CASPIAN_POWERS,
      build: (v) => ({ type, proposal: v, ...(type === "counter" ? { parties: ["iran"], terms: [{ kind: "intel", members: ["russia", "iran"], turns: 1 }], note: "" } : {}) }),
      good: () => proposal,
    });
  }
  return fields;
}

function orderFields(): Field[] {
  const base = (_actor: Actor) => ({ strikes: [] as unknown[], support: [] as unknown[], posture: "watch", patrols: [] as unknown[], revoke: [] as unknown[] });
  const strike = (actor: Actor, patch: Record<string, string>) => ({ id: "s1", asset: ownAsset(actor as PowerId), zone: "raqqa", faction: "isis", units: 1, waypoints: [], claim: "isis", ...patch });
  const fields: [string, (v: string, a: Actor) => Record<string, unknown>, (a: Actor) => string][] = [
    ["strike id", (v, a) => ({ ...base(a), strikes: [strike(a, { id: v })] }), () => "s1"],
    ["strike asset", (v, a) => ({ ...base(a), strikes: [strike(a, { asset: v })] }), (a) => ownAsset(a as PowerId)],
    ["strike zone", (v, a) => ({ ...base(a), strikes: [strike(a, { zone: v })] }), () => "raqqa"],
    ["strike faction", (v, a) => ({ ...base(a), strikes: [strike(a, { faction: v })] }), () => "isis"],
    ["strike claim", (v, a) => ({ ...base(a), strikes: [strike(a, { claim: v })] }), () => "isis"],
    ["support zone", (v, a) => ({ ...base(a), support: [{ faction: "regime", zone: v, points: 1, covert: false }] }), () => "damascus"],
    ["support faction", (v, a) => ({ ...base(a), support: [{ faction: v, zone: "damascus", points: 1, covert: false }] }), () => "regime"],
    ["patrol treaty", (v, a) => ({ ...base(a), patrols: [{ treaty: v, units: 1 }] }), () => atOrders.treaties.find((t) => t.term.kind === "nfz")!.id],
    ["revoke", (v, a) => ({ ...base(a), revoke: [v] }), () => atOrders.treaties.find((t) => t.term.kind === "basing" && t.parties.includes("syria"))!.id],
  ];
  return fields.map(([name, orders, good]) => ({ name: `orders ${name}`, state: atOrders, actors: CASPIAN_POWERS, build: (v, a) => ({ type: "orders", orders: orders(v, a) }), good }));
}

function injectFields(): Field[] {
  const { state } = atDiplomacy;
  const card = (effect: unknown) => ({ type: "inject", card: { headline: "Inject", text: "", effects: [effect] }, to: null });
  const fields: [string, (v: string) => Record<string, unknown>, string][] = [
    ["cardId", (v) => ({ type: "inject", card: { cardId: v }, to: null }), scenario.events[0]!.id],
    ["to", (v) => ({ type: "inject", card: { headline: "Inject", text: "", effects: [] }, to: v }), "iran"],
    ["track.power", (v) => card({ kind: "track", power: v, track: "prestige", delta: 1 }), "iran"],
    ["track.track", (v) => card({ kind: "track", power: "iran", track: v, delta: 1 }), "prestige"],
    ["influence.power", (v) => card({ kind: "influence", power: v, country: "368", delta: 1 }), "iran"],
    ["influence.country", (v) => card({ kind: "influence", power: "iran", country: v, delta: 1 }), "368"],
    ["strength.zone", (v) => card({ kind: "strength", zone: v, faction: "isis", delta: 1 }), "raqqa"],
    ["strength.faction", (v) => card({ kind: "strength", zone: "raqqa", faction: v, delta: 1 }), "isis"],
    ["civilians.zone", (v) => card({ kind: "civilians", zone: v, delta: 1 }), "raqqa"],
    ["stock.asset", (v) => card({ kind: "stock", asset: v, delta: 1 }), "hmeimim"],
  ];
  return fields.map(([name, build, good]) => ({ name: `inject ${name}`, state, actors: CONTROL, build: (v) => build(v), good: () => good }));
}

const FIELDS = [...termFields(), ...orderFields(), ...injectFields()];
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

function send(state: MatchState, actor: Actor, body: Record<string, unknown>) {
  return apply(state, actor, wire({ ...body, ...stamp(state) }));
}

function expectUnpolluted(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  const probe = {} as Record<string, unknown>;
  for (const key of ["civilians", "strength", "stock", "control", "influence", "tracks"]) expect(probe[key], key).toBeUndefined();
  const inherited: string[] = [];
  for (const key in probe) inherited.push(key);
  expect(inherited).toEqual([]);
}

function expectRefused(field: Field, actor: Actor, value: string): void {
  const before = hashOf(field.state);
  let result: ReturnType<typeof apply> | undefined;
  expect(() => (result = send(field.state, actor, field.build(value, actor))), `${field.name} = ${value} from ${actor}`).not.toThrow();
  expect(result!.ok, `${field.name} = ${JSON.stringify(value)} from ${actor} must be refused`).toBe(false);
  if (!result!.ok) expect(result!.error.code).toMatch(/^[a-z]+\/[a-z_]+$/);
  expect(hashOf(field.state)).toBe(before);
  expectUnpolluted();
}

afterEach(() => {
  // Should a test ever pollute the prototype, clean it so that the other test files are not poisoned too.
  for (const key of Object.getOwnPropertyNames(Object.prototype)) if (!prototypeKeys.includes(key)) delete (Object.prototype as Record<string, unknown>)[key];
});

describe("ids that name an object's own machinery", () => {
  it("each field's good value is accepted from some actor (so a refusal means the id)", () => {
    for (const field of FIELDS) {
      const accepted = field.actors.some((actor) => send(field.state, actor, field.build(field.good(actor), actor)).ok);
      expect(accepted, field.name).toBe(true);
    }
  });

  it("are refused with a code in every field, from every actor, changing nothing", () => {
    for (const field of FIELDS) for (const actor of field.actors) for (const value of BAD) expectRefused(field, actor, value);
  });

  it("are refused whatever else the command says (fast-check)", () => {
    const name = fc.oneof(fc.constantFrom(...BAD), fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)));
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.nat(), name, (field, pick, value) => {
        expectRefused(field, field.actors[pick % field.actors.length]!, value);
      }),
      { numRuns: 400 },
    );
  });

  it("an actor that is not a seat, the facilitator or the clock is refused", () => {
    const { state } = atDiplomacy;
    for (const actor of BAD) {
      const result = apply(state, actor as Actor, { type: "inject", card: { headline: "x", text: "", effects: [{ kind: "escalation", delta: 9 }] }, to: null, ...stamp(state) });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("seat/unknown_actor");
    }
  });
});
