/**
 * Hostile messages for the fuzz test, each made bad by construction (so that it must be refused
 * whatever phase the match is in) with the error codes it may get. Deterministic from a seed.
 */
import { CASPIAN_POWERS } from "../support/caspian";
import { MESSAGES } from "../../shared/protocol";
import type { RngState } from "../../shared/rng";
import { nextFloat, nextInt, pick, seedRng } from "../../shared/rng";

export interface Hostile {
  /** Message type (a string, or a number as the SDK allows). */
  type: string | number;
  payload: unknown;
  /** The error codes it may be refused with. */
  expect: RegExp;
  what: string;
}

export interface Context {
  /** The attacker's seat ("spectator" for a spectator's connection). */
  seat: string;
  turn: number;
  phase: string;
  /** Ids of proposals and treaties the attacker is not a party to (read from the server). */
  othersProposals: string[];
  othersTreaties: string[];
}

const ANY_RULE_REFUSAL = /^(command\/stale|phase\/not_now|order\/[a-z_]+|term\/[a-z_]+|proposal\/[a-z_]+)$/;
/**
 * Unknown message types. ASCII only: a type name that is not plain ASCII may be misread by the
 * server's frame decoder (Colyseus), which then closes the connection (see the raw-frame part of
 * the test and docs/protocol.md).
 */
const WEIRD_TYPES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "", " ", "Command", "COMMAND", "command ", "_", "*", "seat", "error", "claim2", "time2", "\u0001"];

export function fuzzer(seed: string) {
  const rng: RngState = seedRng(seed);
  const int = (n: number) => nextInt(rng, n);
  const chance = (p: number) => nextFloat(rng) < p;

  function junkString(max = 80): string {
    const alphabets = ["abc", "<script>alert(1)</script>", "\u0000\u0001\u001f", "é漢字🚀\u200b\u202e", '"\\\'`${}', " \t\n"];
    let s = "";
    const n = int(max);
    for (let i = 0; i < n; i++) {
      const a = pick(rng, alphabets);
      s += a[int(a.length)] ?? "";
    }
    return s;
  }

  function asciiString(max: number): string {
    let s = "";
    for (let n = int(max); n > 0; n--) s += String.fromCharCode(32 + int(95));
    return s;
  }

  function junk(depth = 0): unknown {
    switch (int(depth > 2 ? 6 : 9)) {
      case 0:
        return null;
      case 1:
        return pick(rng, [0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.5, NaN, Infinity]);
      case 2:
        return chance(0.5);
      case 3:
        return junkString();
      case 4:
        return undefined;
      case 5:
        return pick(rng, ["ready", "orders", "propose", "command", "russia", "p1", "t1"]);
      case 6:
        return Array.from({ length: int(5) }, () => junk(depth + 1));
      default: {
        const o: Record<string, unknown> = {};
        const keys = ["type", "turn", "phase", "ready", "orders", "actor", "power", "proposal", "text", "to", "__proto__", "constructor", junkString(12)];
        for (let i = int(6); i > 0; i--) o[pick(rng, keys)] = junk(depth + 1);
        return o;
      }
    }
  }

  /** A command that no phase accepts from this seat. */
  function badCommand(ctx: Context): Hostile {
    const stamp = { turn: ctx.turn, phase: ctx.phase };
    const other = pick(rng, CASPIAN_POWERS.filter((p) => p !== ctx.seat));
    const another = pick(rng, CASPIAN_POWERS.filter((p) => p !== ctx.seat && p !== other));
    const make = (what: string, payload: unknown, expect: RegExp): Hostile => ({ type: MESSAGES.command, payload, expect, what });
    const spectator = ctx.seat === "spectator";
    const rules = (what: string, payload: unknown) => make(what, payload, spectator ? /^seat\/spectator$/ : ANY_RULE_REFUSAL);
    switch (int(13)) {
      case 0:
        return make("junk", junk(), spectator ? /^seat\/spectator$/ : /^command\/malformed$/);
      case 1:
        return make("unknown command", { type: pick(rng, ["launch", "win", "Orders", "ready "]), ...stamp }, spectator ? /^seat\/spectator$/ : /^command\/malformed$/);
      case 2:
        return make("as another power", { type: "ready", ...stamp, ready: true, actor: other }, spectator ? /^seat\/spectator$/ : /^command\/malformed$/);
      case 3:
        return make("huge note", { type: "propose", ...stamp, parties: [other], terms: [{ kind: "basing", host: other, guest: ctx.seat, turns: 1 }], note: "x".repeat(600 + int(40_000)) }, spectator ? /^seat\/spectator$/ : /^command\/malformed$/);
      case 4:
        return make("control command", { type: pick(rng, ["advance", "end"]), ...stamp }, spectator ? /^seat\/spectator$/ : /^seat\/not_facilitator$/);
      case 5:
        return make("inject", { type: "inject", ...stamp, card: { headline: "Fake news", text: junkString(), effects: [{ kind: "escalation", delta: 10 }] }, to: null }, spectator ? /^seat\/spectator$/ : /^seat\/not_facilitator$/);
      case 6:
        return rules("terms between others", { type: "propose", ...stamp, parties: [other], terms: [{ kind: "overflight", grantor: other, grantee: another, scope: "both", turns: 3 }], note: junkString(40) });
      case 7:
        return rules("another power's asset", { type: "orders", ...stamp, orders: { strikes: [{ id: "stolen", asset: "caspian-flotilla", zone: "raqqa", faction: "isis", units: 1, waypoints: [], claim: "isis" }], support: [], posture: "open", patrols: [], revoke: [] } });
      case 8:
        return rules("others' treaties", { type: "orders", ...stamp, orders: { strikes: [], support: [], posture: "watch", patrols: [{ treaty: pick(rng, ctx.othersTreaties.length ? ctx.othersTreaties : ["t1"]), units: 1 }], revoke: [pick(rng, ctx.othersTreaties.length ? ctx.othersTreaties : ["t2"])] } });
      case 9: {
        // Never "not a party": a proposal one is not party to does not exist for one.
        const id = ctx.othersProposals.length > 0 ? pick(rng, ctx.othersProposals) : `p${9000 + int(999)}`;
        return make("others' proposal", { type: pick(rng, ["accept", "reject", "withdraw"]), ...stamp, proposal: id }, spectator ? /^seat\/spectator$/ : /^(proposal\/not_found|command\/stale|phase\/not_now)$/);
      }
      case 10:
        return make("stale stamp", { type: "ready", turn: ctx.turn + 1 + int(50), phase: pick(rng, ["briefing", "orders"]), ready: true }, spectator ? /^seat\/spectator$/ : /^command\/stale$/);
      case 11:
        return make("too many strikes", { type: "orders", ...stamp, orders: { strikes: Array.from({ length: 41 }, (_, i) => ({ id: `s${i}`, asset: "a", zone: "z", faction: "isis", units: 1, waypoints: [], claim: "isis" })), support: [], posture: "open", patrols: [], revoke: [] } }, spectator ? /^seat\/spectator$/ : /^command\/malformed$/);
      default:
        return make("wrong field types", { type: "orders", turn: "1", phase: 7, orders: junk() }, spectator ? /^seat\/spectator$/ : /^command\/malformed$/);
    }
  }

  function badChat(ctx: Context): Hostile {
    const make = (what: string, payload: unknown, expect: RegExp): Hostile => ({ type: MESSAGES.chat, payload, expect, what });
    if (ctx.seat === "spectator") return make("spectator chat", { to: "public", text: "hello" }, /^chat\/(spectator|malformed)$/);
    switch (int(6)) {
      case 0:
        return make("junk chat", junk(), /^chat\/malformed$/);
      case 1:
        return make("long chat", { to: "public", text: "y".repeat(501 + int(50_000)) }, /^chat\/malformed$/);
      case 2:
        return make("blank chat", { to: "public", text: pick(rng, ["", "   ", "\n\t"]) }, /^chat\/malformed$/);
      case 3:
        return make("chat to nobody", { to: pick(rng, [[], [ctx.seat], "everyone", ["mars"]]), text: "hi" }, /^(chat\/(malformed|no_recipient|rate_limited)|seat\/unknown_power)$/);
      case 4:
        return make("chat with extra fields", { to: "public", text: "hi", from: "russia" }, /^chat\/malformed$/);
      default:
        return make("chat as another", { to: "public", text: "hi", name: "Russia" }, /^chat\/malformed$/);
    }
  }

  function badOther(ctx: Context): Hostile {
    switch (int(6)) {
      case 0:
        return { type: pick(rng, WEIRD_TYPES), payload: junk(), expect: /^message\/unknown_type$/, what: "weird type" };
      case 1:
        return { type: int(100_000), payload: junk(), expect: /^message\/unknown_type$/, what: "numeric type" };
      case 2:
        return { type: `${asciiString(200)}x`, payload: junk(), expect: /^message\/unknown_type$/, what: "random type" };
      case 3:
        return { type: pick(rng, [MESSAGES.pause, MESSAGES.extend]), payload: junk(), expect: /^(seat\/not_facilitator|pause\/malformed|extend\/malformed)$/, what: "facilitator control" };
      case 4:
        return ctx.seat === "spectator"
          ? { type: MESSAGES.claim, payload: { power: pick(rng, CASPIAN_POWERS), name: "x".repeat(41 + int(100)) }, expect: /^claim\/malformed$/, what: "claim with a long name" }
          : { type: MESSAGES.claim, payload: { power: pick(rng, CASPIAN_POWERS) }, expect: /^seat\/already_seated$/, what: "claim while seated" };
      default:
        return { type: MESSAGES.claim, payload: junk(), expect: /^(claim\/malformed|seat\/already_seated|seat\/[a-z_]+)$/, what: "junk claim" };
    }
  }

  return {
    next(ctx: Context): Hostile {
      const r = nextFloat(rng);
      if (r < 0.5) return badCommand(ctx);
      if (r < 0.7) return badChat(ctx);
      return badOther(ctx);
    },
    junkString,
    chance,
  };
}
