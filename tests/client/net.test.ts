/** The networking module's pure parts: the slot reader, seat storage, the public header, formatting. */
import { CASPIAN_POWERS } from "../support/caspian";
import { describe, expect, it } from "vitest";
import { Encoder, Reflection, StateView } from "@colyseus/schema";
import { viewForSeat } from "../../shared";
import type { MatchState, Viewer } from "../../shared";
import { SlotReader } from "../../client/src/net/slot";
import type { RootLike, SlotLike } from "../../client/src/net/slot";
import { MatchRoomState, SeatState, ViewerSlot } from "../../shared/protocol/state/room-state";
import { collecting } from "../../server/rooms/sync-entity";
import { writeRules, writeView } from "../../server/rooms/write-view";
import { advanceTo, must } from "../support/play";
import { SeatStore } from "../../client/src/net/seat-store";
import type { KeyValueStore } from "../../client/src/net/seat-store";
import { readPublicState, timeLeft } from "../../client/src/net/public-state";
import { chooseServer } from "../../client/src/net/origin";
import { errorText, formatClock, formatKm } from "../../client/src/model/format";
import { afterStrike } from "./fixtures";

/**
 * A viewer's slot and the public root as the server writes them (server/rooms/write-view.ts),
 * sent through a real schema Encoder with the viewer's StateView and decoded by a decoder built
 * from the server's reflection, as the SDK does.
 */
function wire(state: MatchState, viewer: Viewer) {
  const root = new MatchRoomState();
  for (const power of CASPIAN_POWERS) {
    const seat = new SeatState();
    seat.power = power;
    root.seats.set(power, seat);
  }
  const slot = new ViewerSlot();
  root.slots.set(viewer, slot);
  const stateView = new StateView();
  const write = (next: MatchState) => {
    writeRules(root, next);
    for (const made of collecting(() => writeView(slot, viewForSeat(next, viewer, slot.log.length)))) stateView.add(made);
  };
  write(state);
  const encoder = new Encoder(root);
  stateView.add(slot);
  const decoder = Reflection.decode(Reflection.encode(encoder));
  const send = (full: boolean) => {
    const it = { offset: 0 };
    if (full) encoder.encodeAll(it);
    else encoder.encode(it);
    const shared = it.offset;
    const bytes = full ? encoder.encodeAllView(stateView, shared, it) : encoder.encodeView(stateView, shared, it);
    encoder.discardChanges();
    decoder.decode(bytes);
    return bytes.length;
  };
  send(true);
  const decoded = decoder.state as unknown as RootLike & { slots: { get(v: string): SlotLike; size: number } };
  return { write, send, decoder, root: decoded, slot: () => decoded.slots.get(viewer) };
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("SlotReader", () => {
  it("rebuilds each viewer's view exactly from the decoded entities", () => {
    const { state } = afterStrike();
    for (const viewer of [...CASPIAN_POWERS, "spectator", "facilitator"] as Viewer[]) {
      const w = wire(state, viewer);
      expect(w.root.slots.size).toBe(1);
      const update = new SlotReader().read(w.slot(), w.root)!;
      expect(plain(update.view)).toEqual(plain(viewForSeat(state, viewer)));
      expect(update.events).toHaveLength(viewForSeat(state, viewer).log.length);
    }
  });

  it("following the decoder, reads again only the fields whose entities changed", () => {
    const { state } = afterStrike();
    const w = wire(state, "russia");
    const reader = new SlotReader();
    reader.follow(w.decoder as unknown as Parameters<SlotReader["follow"]>[0]);
    w.send(false);
    const first = reader.read(w.slot(), w.root)!;
    expect(first.view.viewer).toBe("russia");
    const held = first.view.log.length;
    expect(reader.read(w.slot(), w.root)!.changed).toEqual([]);
    // Russia is ready: only its public seat changes, which the view reads as powers.russia.ready.
    const ready = must(state, "russia", { type: "ready", ready: true }).state;
    w.write(ready);
    expect(w.send(false)).toBeLessThan(40);
    const next = reader.read(w.slot(), w.root)!;
    expect(next.changed.sort()).toEqual(["ordersIn", "powers"]);
    expect(next.view.powers.russia!.ready).toBe(true);
    expect(plain(next.view)).toEqual(plain(viewForSeat(ready, "russia")));
    // The next turn: new events are appended, the view is again exactly the server's.
    const later = advanceTo(ready, "diplomacy");
    w.write(later);
    w.send(false);
    const after = reader.read(w.slot(), w.root)!;
    expect(after.events.length).toBeGreaterThan(0);
    expect(after.events[0]!.seq).toBe(held + 1);
    expect(after.changed).toContain("phase");
    expect(plain(after.view)).toEqual(plain(viewForSeat(later, "russia")));
  });

  it("waits for a complete view", () => {
    const w = wire(afterStrike().state, "russia");
    expect(new SlotReader().read(w.slot(), { ...w.root, phase: "", turn: 0 } as unknown as RootLike)).toBeNull();
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
    const pub = readPublicState({ matchId: "m", scenarioId: "caspian-salvo", phase: "orders", turn: 2, turns: 10, deadline: 5000, paused: false, seats });
    expect(pub.seats.russia!.players).toEqual([{ name: "Ann", connected: true }]);
    expect(pub.seats.iran!.players).toEqual([]);
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
