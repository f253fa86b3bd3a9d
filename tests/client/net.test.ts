/** The networking module's pure parts: the slot reader, seat storage, the public header, formatting. */
import { describe, expect, it } from "vitest";
import { createMatch, viewForSeat } from "../../shared";
import type { MatchView } from "../../shared";
import { SlotReader } from "../../client/src/net/slot";
import type { SlotLike } from "../../client/src/net/slot";
import { SeatStore } from "../../client/src/net/seat-store";
import type { KeyValueStore } from "../../client/src/net/seat-store";
import { readPublicState, timeLeft } from "../../client/src/net/public-state";
import { chooseServer } from "../../client/src/net/origin";
import { errorText, formatClock, formatKm } from "../../client/src/model/format";
import { afterStrike } from "./fixtures";

/** A slot as the server's mirror fills it (server/rooms/mirror.ts), with Colyseus-like collections. */
function slotOf(view: MatchView, viewer = String(view.viewer)): SlotLike & { texts: Map<string, string>; logs: string[]; chats: string[] } {
  const { log, ...rest } = view;
  const texts = new Map(Object.entries(rest).map(([k, v]) => [k, JSON.stringify(v)]));
  const logs = log.map((e) => JSON.stringify(e));
  const chats: string[] = [];
  return {
    viewer,
    texts,
    logs,
    chats,
    view: { forEach: (cb) => texts.forEach((v, k) => cb(v, k)) },
    log: { get length() { return logs.length; }, at: (i) => logs[i] },
    chat: { get length() { return chats.length; }, at: (i) => chats[i] },
  };
}

describe("SlotReader", () => {
  it("rebuilds the view exactly, then reads only what changed", () => {
    const { state, russia } = afterStrike();
    const slot = slotOf(russia);
    const reader = new SlotReader();
    const first = reader.read(slot)!;
    expect(first.view).toEqual(russia);
    expect(first.events).toHaveLength(russia.log.length);
    expect(reader.read(slot)!.changed).toEqual([]);
    // One field changes, one event is appended, one chat line arrives.
    slot.texts.set("escalation", "7");
    slot.logs.push(JSON.stringify({ ...russia.log[0], seq: 99999 }));
    slot.chats.push(JSON.stringify({ seq: 1, at: 1, from: "iran", name: "Bea", to: null, text: "hi", turn: 1, phase: "report" }));
    const next = reader.read(slot)!;
    expect(next.changed).toEqual(["escalation"]);
    expect(next.view.escalation).toBe(7);
    expect(next.events.map((e) => e.seq)).toEqual([99999]);
    expect(next.chat.map((m) => m.text)).toEqual(["hi"]);
    expect(reader.read(slot)!.chat).toEqual([]);
    // Another viewer's slot (a spectator claiming a seat) starts over.
    const iranSlot = slotOf(viewForSeat(state, "iran"));
    expect(reader.read(iranSlot)!.view.viewer).toBe("iran");
  });

  it("starts the log over when the practice turn ends, and drops the fields the server's view no longer has", () => {
    const { state, russia } = afterStrike();
    const practice = { ...state, practice: true as const };
    const slot = slotOf(viewForSeat(practice, "russia"));
    const reader = new SlotReader();
    const during = reader.read(slot)!;
    expect(during.view.practice).toBe(true);
    expect(during.restarted).toBe(false);
    // The server's mirror rewrites the slot with the real match's start (fewer events, no practice field).
    const fresh = slotOf(viewForSeat(createMatch({ scenarioId: state.scenarioId, seed: state.seed, turns: state.turns }), "russia"));
    slot.texts.clear();
    fresh.texts.forEach((v, k) => slot.texts.set(k, v));
    slot.logs.splice(0, slot.logs.length, ...fresh.logs);
    const after = reader.read(slot)!;
    expect(after.restarted).toBe(true);
    expect(after.changed).toContain("practice");
    expect("practice" in after.view).toBe(false);
    expect(after.view.log.map((e) => e.seq)).toEqual(fresh.logs.map((t) => (JSON.parse(t) as { seq: number }).seq));
    expect(after.events).toHaveLength(fresh.logs.length);
    expect(reader.read(slot)!.restarted).toBe(false);
    expect(russia.practice).toBeUndefined();
  });

  it("waits for a complete view", () => {
    const slot = slotOf(afterStrike().russia);
    slot.texts.delete("powers");
    expect(new SlotReader().read(slot)).toBeNull();
  });
});

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe("SeatStore", () => {
  it("keeps one seat per match; a spectator join never overwrites a seat key", () => {
    const store = new SeatStore(new MemoryStore());
    store.save({ matchId: "m1", viewer: "iran", name: "Bea", code: "ABC234", seatKey: "s_x" }, 1000);
    expect(store.get("m1", 2000)?.seatKey).toBe("s_x");
    store.save({ matchId: "m1", viewer: "spectator", name: "Bea", code: "ABC234" }, 3000);
    expect(store.get("m1", 4000)?.viewer).toBe("iran");
    expect(store.get("m2")).toBeNull();
    expect(store.get("m1", 1000 + 31 * 24 * 3600 * 1000)).toBeNull();
    store.forget("m1");
    expect(store.get("m1")).toBeNull();
    store.playerName = "Bea";
    expect(store.playerName).toBe("Bea");
  });

  it("survives a storage that throws or holds garbage", () => {
    const broken: KeyValueStore = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); }, removeItem: () => undefined };
    const store = new SeatStore(broken);
    store.save({ matchId: "m", viewer: "iran", name: "x", code: "c", seatKey: "k" });
    expect(store.get("m")).toBeNull();
    const mem = new MemoryStore();
    mem.setItem("overflight.seat.m", "{not json");
    expect(new SeatStore(mem).get("m")).toBeNull();
    expect(new SeatStore(null).playerName).toBe("");
  });
});

describe("public state and clock", () => {
  it("copies the header and seats out of the schema", () => {
    const seats = new Map([["russia", { bot: false, botReason: "", claimable: false, connected: true, ready: true, players: [{ name: "Ann", connected: true }] }]]);
    const pub = readPublicState({ matchId: "m", phase: "orders", turn: 2, turns: 10, deadline: 5000, paused: false, seats });
    expect(pub.seats.russia.players).toEqual([{ name: "Ann", connected: true }]);
    expect(pub.seats.iran.players).toEqual([]);
    expect(pub.turn).toBe(2);
    expect(timeLeft(pub, 1000, 500)).toBe(3500);
    expect(timeLeft({ ...pub, deadline: 0 }, 1000, 0)).toBeNull();
    expect(timeLeft({ ...pub, paused: true, remaining: 42_000 }, 1000, 0)).toBe(42_000);
    expect(timeLeft(pub, 9000, 0)).toBe(0);
  });

  it("formats times, distances and server errors for players", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(61_001)).toBe("1:02");
    expect(formatClock(3_725_000)).toBe("1:02:05");
    expect(formatKm(1565.4)).toBe("1,565 km");
    expect(errorText("seat/taken: The russia seat is already held.")).toBe("The russia seat is already held.");
    expect(errorText({ code: "chat/rate_limited", message: "You are sending messages too fast; wait a moment." })).toMatch(/^You are sending/);
    expect(errorText({ code: "x/y" })).toBe("x/y");
    expect(errorText({ code: "seat/taken", params: { power: "russia" }, message: "seat/taken: (the server's words)" })).toBe("Russia's seat is already held.");
  });

  it("talks to the page's own origin; follows ?server= only to an origin that origin allows", async () => {
    const loc = (href: string) => {
      const u = new URL(href);
      return { protocol: u.protocol, hostname: u.hostname, port: u.port, origin: u.origin, search: u.search };
    };
    const asked: string[] = [];
    const allowing = (origins: string[]) =>
      (async (input: RequestInfo | URL) => {
        asked.push(String(input));
        return new Response(JSON.stringify({ origins }), { status: 200, headers: { "content-type": "application/json" } });
      }) as typeof fetch;
    const none = allowing([]);
    expect(await chooseServer(loc("http://game.example:8080/?renderer=canvas"), none)).toBe("http://game.example:8080");
    expect(asked).toEqual([]);
    expect(await chooseServer(loc("http://localhost:5173/"), none)).toBe("http://localhost:2567");
    // Another host: asked of the page's own server, which does not list it.
    expect(await chooseServer(loc("http://game.example/?teach&server=http://evil.example:2567"), none)).toBe("http://game.example");
    expect(asked).toEqual(["http://game.example/api/origins"]);
    expect(await chooseServer(loc("http://game.example/?server=http://api.example/path"), allowing(["http://api.example"]))).toBe("http://api.example");
    expect(await chooseServer(loc("http://game.example/?server=javascript:alert(1)"), allowing(["javascript:alert(1)"]))).toBe("http://game.example");
    const failing = (async () => {
      throw new TypeError("unreachable");
    }) as typeof fetch;
    expect(await chooseServer(loc("http://game.example/?server=http://api.example"), failing)).toBe("http://game.example");
  });
});
