/**
 * Server test harness: a real server on a free port of 127.0.0.1 (one per test file: the
 * Colyseus matchmaker is one per process), real @colyseus/sdk clients over WebSocket, and
 * helpers to read a client's view back from the state it received.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { matchMaker } from "@colyseus/core";
import { Client } from "@colyseus/sdk";
import type { Room } from "@colyseus/sdk";
import type { MatchView } from "../../shared";
import type { TeamView } from "../../shared/team-draft";
import { SlotReader } from "../../client/src/net/slot";
import type { RootLike, SlotLike, SlotUpdate } from "../../client/src/net/slot";
import { listOf, readChat, readTeam } from "../../client/src/net/entities";
import { MESSAGES, SERVER_MESSAGES } from "../../shared/protocol";
import type { ErrorMessage, JoinOptions, SeatMessage } from "../../shared/protocol";
import { createRoom, joinRoom } from "../../client/src/net/open-room";
import { createApp } from "../../server/app";
import type { App, TestHooks } from "../../server/app";
import type { ServerConfig } from "../../server/config";
import type { ChatMessage } from "../../server/match/types";

export interface TestServer {
  app: App;
  url: string;
  port: number;
  dataDir: string;
  client(): Client;
  http<T = unknown>(path: string, init?: RequestInit): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export async function startServer(overrides: Partial<ServerConfig> & TestHooks = {}): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? mkdtempSync(joinPath(tmpdir(), "overflight-test-"));
  const app = await createApp({ port: 0, host: "127.0.0.1", distDir: joinPath(dataDir, "no-dist"), verbose: false, ...overrides, dataDir });
  const { port, url } = await app.listen();
  return {
    app,
    url,
    port,
    dataDir,
    client: () => new Client(`http://127.0.0.1:${port}`),
    http: (path, init) => httpJson(port, path, init),
    async close() {
      await app.close();
      if (!overrides.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function httpJson<T = unknown>(port: number, path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: body as T };
}

/** Everything a client received: messages by type, and the raw bytes of every frame. */
export interface Received {
  messages: { type: string; payload: unknown }[];
  errors: ErrorMessage[];
  seat: SeatMessage | null;
  frames: string[];
  bytes: number;
}

/** Listens to everything a room receives; call right after joining. */
export function record(room: Room): Received {
  const received: Received = { messages: [], errors: [], seat: null, frames: [], bytes: 0 };
  room.onMessage("*", (type, payload) => {
    received.messages.push({ type: String(type), payload });
    if (type === SERVER_MESSAGES.error) received.errors.push(payload as Received["errors"][number]);
    if (type === SERVER_MESSAGES.seat) received.seat = payload as Received["seat"];
  });
  tapFrames(room, received);
  return received;
}

function tapFrames(room: Room, received: Received): void {
  const ws = (room.connection.transport as unknown as { ws?: { addEventListener(t: string, f: (e: { data: unknown }) => void): void } }).ws;
  ws?.addEventListener("message", (event) => {
    const data = event.data as ArrayBuffer | Buffer | string;
    const bytes = typeof data === "string" ? Buffer.from(data) : Buffer.from(data as ArrayBuffer);
    received.bytes += bytes.length;
    received.frames.push(bytes.toString("latin1"));
  });
}

/**
 * Joins as the game's client does (client/src/net/open-room.ts: with its own copy of the state's
 * types, no handshake) and records from the first frame on: messages sent in onJoin arrive after
 * the join resolves. tests/server/protocol-state.test.ts joins as a plain SDK client.
 */
export async function join(client: Client, matchId: string, options: Record<string, unknown>): Promise<{ room: Room; got: Received }> {
  const room = await joinRoom(client, matchId, options as JoinOptions);
  const got = record(room);
  await waitFor(() => (got.seat ? true : undefined), 3000, "seat message");
  return { room, got };
}

export async function create(client: Client, options: Record<string, unknown>): Promise<{ room: Room; got: Received }> {
  const room = await createRoom(client, options as JoinOptions);
  const got = record(room);
  await waitFor(() => (got.seat ? true : undefined), 3000, "seat message");
  return { room, got };
}

/** A network drop: the server's end of this client's socket is cut without a close handshake. */
export function dropConnection(room: Room): void {
  const served = matchMaker.getLocalRoomById(room.roomId);
  const client = served?.clients.find((c) => c.sessionId === room.sessionId);
  if (!client) throw new Error(`no connection ${room.sessionId} in room ${room.roomId} on this process`);
  (client.ref as unknown as { terminate(): void }).terminate();
}

/** Polls until fn returns something other than undefined/false. */
export async function waitFor<T>(fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 5000, what = "condition"): Promise<T> {
  const start = Date.now();
  for (;;) {
    let value: T | undefined | false;
    try {
      value = await fn();
    } catch {
      value = undefined;
    }
    if (value !== undefined && value !== false) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The slots this client received (it should be exactly one: its own). */
export function slotsOf(room: Room): SlotLike[] {
  const slots: SlotLike[] = [];
  (room.state as { slots: { forEach(cb: (s: SlotLike) => void): void } }).slots.forEach((s) => slots.push(s));
  return slots;
}

/** What the client reads of its one slot, as the browser client reads it (client/src/net/slot.ts). */
export function readOf(room: Room): SlotUpdate {
  const slots = slotsOf(room);
  if (slots.length !== 1) throw new Error(`expected one slot, got ${slots.length}`);
  const update = new SlotReader().read(slots[0]!, room.state as RootLike);
  if (!update) throw new Error("the slot holds no complete view yet");
  return update;
}

/** The client's MatchView, rebuilt from its slot and the public root. */
export function viewOf(room: Room): MatchView {
  return readOf(room).view;
}

export function chatOf(room: Room): ChatMessage[] {
  return slotsOf(room).flatMap((s) => listOf(s.chat, readChat));
}

/** The teams the client sees (its own team; every team for the facilitator). */
export function teamsOf(room: Room): TeamView[] {
  return slotsOf(room).flatMap((s) => listOf(s.teams, readTeam));
}

export function publicState(room: Room): Record<string, unknown> {
  return room.state as Record<string, unknown>;
}

/** Sends a rules command stamped with the turn and phase the client sees, and waits for the answer. */
export async function command(room: Room, body: Record<string, unknown>): Promise<{ ok: boolean; code?: string; message?: string }> {
  const s = room.state as { turn: number; phase: string };
  return room.request(MESSAGES.command, { turn: s.turn, phase: s.phase, ...body });
}

export async function waitPhase(room: Room, phase: string, turn?: number, timeoutMs = 5000): Promise<void> {
  await waitFor(() => {
    const s = room.state as { phase: string; turn: number };
    return s.phase === phase && (turn === undefined || s.turn === turn);
  }, timeoutMs, `phase ${phase}${turn ? ` of turn ${turn}` : ""}`);
}
