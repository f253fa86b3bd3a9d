/**
 * Secrecy under real play. Several matches are played to their end by real SDK clients on every
 * seat (each choosing its moves with the bots, on its own view), with a spectator in each. The
 * players plant marked strings where secrets live: strike ids (and decoy orders they replace,
 * which must never come out), proposal notes, private chat; they give covert support. Every byte
 * each client receives is kept, tagged with the turn and phase it brought, and checked:
 *
 * - a planted string reaches only the clients entitled to it, and never earlier (another power's
 *   strike ids only once the turn has resolved and the claims are public);
 * - other seats' secret objectives and seat keys never arrive (objectives only at the end);
 * - after every patch, each client's decoded state holds its own slot only, and in it no other
 *   power's orders, no proposal it is not party to, no event it may not see, no covert support of
 *   another power, no private chat of others, no other power's stock.
 *
 * Each planted string is also seen by someone entitled to it, so the test cannot pass by planting
 * nothing. SECRECY_MATCHES (3) and SECRECY_TURNS (2) make it longer.
 */
import { at } from "../../shared/at";
import { CASPIAN_POWERS } from "../support/caspian";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Room } from "@colyseus/sdk";
import { canSee, getScenario } from "../../shared";
import type { PowerId, Viewer } from "../../shared";
import { SlotReader } from "../../client/src/net/slot";
import type { RootLike, SlotLike } from "../../client/src/net/slot";
import { passiveBot } from "../../server/match/bots";
import type { Outgoing, Planner } from "../../scripts/loadtest-client";
import { create, join, startServer, waitFor } from "../server/harness";
import type { TestServer } from "../server/harness";
import { seatPlayers } from "./support";

const MATCHES = Number(process.env.SECRECY_MATCHES ?? 3);
const TURNS = Number(process.env.SECRECY_TURNS ?? 2);
const scenario = getScenario("caspian-salvo");
const owner = new Map(scenario.assets.map((a) => [a.id, a.owner]));

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ bots: passiveBot });
});
afterAll(async () => {
  await server?.close();
});

/** Where a planted string may go: these viewers, from this (turn, phase) on (always, if absent). */
interface Canary {
  text: string;
  kind: "strike" | "decoy" | "note" | "chat";
  from: PowerId;
  allowed: Set<Viewer>;
  public?: { turn: number };
}

interface Frame {
  text: string;
  turn: number;
  phase: string;
  ended: boolean;
}

const ORDERED_PHASES = ["briefing", "diplomacy", "orders", "resolution", "report"];
const afterResolution = (frame: Frame, turn: number) => frame.ended || frame.turn > turn || (frame.turn === turn && ORDERED_PHASES.indexOf(frame.phase) >= 3);

/** Plants marked strings into what a player sends. */
function planter(match: number, canaries: Map<string, Canary>): Planner {
  let counter = 0;
  const mark = (kind: Canary["kind"], from: PowerId, turn: number, allowed: Viewer[], extra: Partial<Canary> = {}) => {
    const text = `zq${kind}${match}x${from}x${turn}x${counter++}`;
    canaries.set(text, { text, kind, from, allowed: new Set(allowed), ...extra });
    return text;
  };
  return (commands, { power, view }) => {
    const out: Outgoing[] = [];
    for (const c of commands) {
      if (c.type === "propose" || c.type === "counter") {
        const parties = (c.parties as PowerId[]).includes(power) ? (c.parties as PowerId[]) : [power, ...(c.parties as PowerId[])];
        out.push({ kind: "command", body: { ...c, note: mark("note", power, view.turn, parties) } });
      } else if (c.type === "orders") {
        const orders = c.orders as { strikes: { id: string }[]; support: { points: number; covert: boolean; faction: string; zone: string }[] };
        // Covert support: the bot's own, made covert, or one point of it if the budget allows.
        const support = orders.support.map((s) => ({ ...s, covert: true }));
        const used = support.reduce((n, s) => n + s.points, 0);
        if (support.length === 0 && used < at(scenario.powers, power).supportPoints) support.push({ faction: "rebels", zone: "idlib", points: 1, covert: true });
        // Decoy orders first (replaced at once: their ids must never come out), then the real ones.
        const decoy = orders.strikes.map((s) => ({ ...s, id: mark("decoy", power, view.turn, [power]) }));
        const real = orders.strikes.map((s) => ({ ...s, id: mark("strike", power, view.turn, [power], { public: { turn: view.turn } }) }));
        if (decoy.length > 0) out.push({ kind: "command", body: { ...c, orders: { ...orders, support, strikes: decoy } } });
        out.push({ kind: "command", body: { ...c, orders: { ...orders, support, strikes: real } } });
      } else {
        if (c.type === "ready" && view.phase === "diplomacy") {
          const to = CASPIAN_POWERS.filter((p) => p !== power)[counter % 5]!;
          out.push({ kind: "chat", to: [to], text: `whisper ${mark("chat", power, view.turn, [power, to])}` });
        }
        out.push({ kind: "command", body: c });
      }
    }
    return out;
  };
}

/** Checks one client's decoded state after every patch; keeps every frame it received. */
class Watcher {
  readonly frames: Frame[] = [];
  readonly problems: string[] = [];
  /** Reads the slot as the browser client does. */
  private readonly reader = new SlotReader();

  constructor(
    readonly room: Room,
    readonly viewer: Viewer,
  ) {
    const ws = (room.connection.transport as unknown as { ws: { addEventListener(t: string, f: (e: { data: ArrayBuffer | Buffer }) => void): void } }).ws;
    // Runs after the SDK has decoded the frame: the state read here is the one the frame brought.
    ws.addEventListener("message", (event) => {
      const s = room.state as { turn?: number; phase?: string; status?: string };
      this.frames.push({ text: Buffer.from(event.data as ArrayBuffer).toString("latin1"), turn: s.turn ?? 0, phase: s.phase ?? "", ended: s.status === "ended" });
    });
    room.onStateChange(() => this.check());
  }

  private fail(problem: string): void {
    if (this.problems.length < 20) this.problems.push(`${this.viewer}: ${problem}`);
  }

  private check(): void {
    const slots: SlotLike[] = [];
    (this.room.state as { slots?: { forEach(cb: (s: SlotLike) => void): void } }).slots?.forEach((s) => slots.push(s));
    if (slots.length === 0) return;
    if (slots.length !== 1 || slots[0]!.viewer !== this.viewer) return this.fail(`holds slots ${slots.map((s) => s.viewer)}`);
    const update = this.reader.read(slots[0]!, this.room.state as RootLike);
    if (!update) return;
    const me = this.viewer;
    const view = update.view;
    const ended = view.status === "ended";
    const others = Object.keys(view.orders).filter((p) => p !== me);
    if (others.length > 0) this.fail(`sees the orders of ${others}`);
    for (const p of view.proposals) if (!p.parties.includes(me as PowerId)) this.fail(`sees proposal ${p.id} of ${p.parties}`);
    for (const t of view.treaties) if (t.status === "agreed" && !t.parties.includes(me as PowerId)) this.fail(`sees agreed treaty ${t.id} of ${t.parties}`);
    if (!ended) for (const [p, v] of Object.entries(view.powers)) if (p !== me && v.secretObjective !== null) this.fail(`knows ${p}'s secret objective`);
    for (const [a, v] of Object.entries(view.assets)) if (owner.get(a) !== me && v.stock !== null) this.fail(`knows the stock of ${a}`);
    for (const e of update.events) {
      if (!canSee(e.visibleTo, me)) this.fail(`got event ${e.seq} (${e.kind}) meant for ${JSON.stringify(e.visibleTo)}`);
      if (e.kind === "supportLanded" && e.covert && e.power !== me) this.fail(`saw ${e.power}'s covert support`);
    }
    for (const m of update.chat) if (m.to !== null && !m.to.includes(me as PowerId)) this.fail(`got private chat ${m.seq} between ${m.to}`);
  }
}

describe("secrecy", () => {
  it(`holds across ${MATCHES} matches played by SDK clients on every seat`, async () => {
    const canaries = new Map<string, Canary>();
    const timers = { briefing: 30, diplomacy: 30, orders: 30, report: 30 };
    const matches = await Promise.all(
      Array.from({ length: MATCHES }, async (_, m) => {
        // The match is created by a spectator-to-be, so that every seat is a player's.
        const spectator = await create(server.client(), { match: { visibility: "private", turns: TURNS, timers, name: `Secrecy ${m}` } });
        const id = spectator.room.roomId;
        const watchers = [new Watcher(spectator.room, "spectator")];
        const { players, stats } = await seatPlayers(() => server.client(), id, CASPIAN_POWERS, { plan: planter(m, canaries), autoplay: false, chatChance: 0 });
        for (const p of players) watchers.push(new Watcher(p.room, p.power));
        for (const p of players) p.begin();
        return { id, spectator, players, stats, watchers };
      }),
    );
    // Until every match has ended (or a client has seen what it should not: no need to wait then).
    const early = () => matches.flatMap((m) => m.watchers.flatMap((w) => w.problems));
    for (const match of matches) {
      await waitFor(() => (match.spectator.room.state as { status: string }).status === "ended" || early().length > 0, 30_000 * TURNS, `match ${match.id} ends`);
    }
    expect(early()).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));

    const problems: string[] = [];
    const seenBy = new Map<string, Set<Viewer>>();
    for (const [m, match] of matches.entries()) {
      const session = server.app.services.registry.get(match.id)!;
      const secrets = new Map(CASPIAN_POWERS.map((p) => [p, at(session.state.powers, p).secretObjective]));
      const keys = new Map(match.players.map((p) => [p.power, p.seatKey]));
      for (const w of match.watchers) {
        problems.push(...w.problems);
        for (const frame of w.frames) {
          for (const found of frame.text.match(/zq(strike|decoy|note|chat)\d+x[a-z]+x\d+x\d+/g) ?? []) {
            const canary = canaries.get(found);
            if (!canary) {
              problems.push(`${w.viewer} in match ${m}: unknown marked string ${found}`);
              continue;
            }
            const sender = new Set(seenBy.get(found) ?? []);
            seenBy.set(found, sender.add(w.viewer));
            const entitled = canary.allowed.has(w.viewer) || (canary.public !== undefined && afterResolution(frame, canary.public.turn));
            if (!entitled || !found.startsWith(`zq${canary.kind}${m}x`)) problems.push(`${w.viewer} in match ${m} received ${found} (${canary.kind} of ${canary.from}) at turn ${frame.turn} ${frame.phase}`);
          }
          for (const [power, secret] of secrets) {
            if (power !== w.viewer && !frame.ended && frame.text.includes(secret)) problems.push(`${w.viewer} in match ${m} received ${power}'s secret objective`);
          }
          for (const [power, key] of keys) if (power !== w.viewer && key && frame.text.includes(key)) problems.push(`${w.viewer} in match ${m} received ${power}'s seat key`);
        }
      }
      // Well-behaved clients, and nothing refused but what racing the clock brings.
      expect([...match.stats.failures.keys()]).toEqual([]);
    }
    expect(problems).toEqual([]);

    // Every kind of secret was planted, and each one reached someone entitled to it (not only its sender).
    const byKind = (kind: Canary["kind"]) => [...canaries.values()].filter((c) => c.kind === kind);
    for (const kind of ["strike", "decoy", "note", "chat"] as const) expect(byKind(kind).length, `${kind} strings planted`).toBeGreaterThan(0);
    for (const c of byKind("note").concat(byKind("chat"))) {
      const others = [...(seenBy.get(c.text) ?? [])].filter((v) => v !== c.from);
      expect(others.length, `${c.text} reached one of its other parties`).toBeGreaterThan(0);
    }
    for (const c of byKind("decoy")) expect(seenBy.get(c.text)?.has(c.from), `${c.text} reached its owner`).toBe(true);
    if (process.env.SECRECY_VERBOSE) {
      const frames = matches.flatMap((m) => m.watchers.map((w) => w.frames.length)).reduce((a, b) => a + b, 0);
      console.log(`secrecy: ${frames} frames; planted ${["strike", "decoy", "note", "chat"].map((k) => `${byKind(k as Canary["kind"]).length} ${k}`).join(", ")}`);
    }
    const covert = matches.flatMap((m) => server.app.services.registry.get(m.id)!.state.log.filter((e) => e.kind === "supportLanded" && e.covert));
    expect(covert.length, "covert support landed").toBeGreaterThan(0);

    for (const match of matches) {
      for (const p of match.players) await p.leave();
      await match.spectator.room.leave();
    }
  }, 60_000 + MATCHES * TURNS * 15_000);
});
