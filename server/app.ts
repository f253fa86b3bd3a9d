/**
 * The whole server from a configuration: one HTTP port serving the client, the HTTP API and
 * the Colyseus WebSocket endpoint. Used by server/main.ts and by the tests.
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { matchMaker, Server } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { DEFAULT_CONFIG } from "./config";
import type { ServerConfig } from "./config";
import { AttemptLimiter, limitMatchmakingBodies } from "./http/guard";
import { mountClient } from "./http/static";
import { mountRoutes } from "./http/routes";
import { loadBots } from "./match/bots";
import type { BotFn } from "./match/bots";
import { MatchRegistry } from "./match/registry";
import { MatchSession } from "./match/session";
import { defineMatchRoom, ROOM_NAME } from "./rooms/match-room";
import type { InternalCreate } from "./rooms/match-room";
import { sessionDepsFor } from "./services";
import type { Services } from "./services";
import { startCheckpointer } from "./store/checkpointer";
import { openDb } from "./store/db";
import { MatchStore } from "./store/match-store";

export interface App {
  readonly config: ServerConfig;
  readonly services: Services;
  /** Listens, then restores every unfinished match; resolves with the address. */
  listen(): Promise<{ host: string; port: number; url: string }>;
  close(): Promise<void>;
}

/** Largest message a client may send (a full set of orders fits comfortably). */
const MAX_PAYLOAD = 64 * 1024;

/**
 * A seat's full state at the end of a 10-turn match is about 250 KB (mostly its event log);
 * the encoder's buffers start this large so a late join does not have to grow them.
 */
Encoder.BUFFER_SIZE = 512 * 1024;

export async function createApp(overrides: Partial<ServerConfig> & { bots?: BotFn } = {}): Promise<App> {
  const { bots: botOverride, ...rest } = overrides;
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...rest };
  const db = openDb(config.dataDir, config.dbSync);
  const checkpointer = startCheckpointer(db, 2000, config.verbose ? (m) => console.warn(`[overflight] ${m}`) : undefined);
  const store = new MatchStore(db);
  const registry = new MatchRegistry();
  const bots = botOverride ?? (await loadBots());
  const services: Services = {
    config,
    store,
    registry,
    bots,
    internalToken: randomBytes(16).toString("hex"),
    guesses: new AttemptLimiter(config.guessBurst, config.guessIntervalMs),
    sessionDeps: (r) => sessionDepsFor(config, store, bots, r),
  };
  const status = { ready: false, startedAt: Date.now() };

  const transport = new WebSocketTransport({ maxPayload: MAX_PAYLOAD });
  const server = new Server({
    transport,
    greet: false,
    gracefullyShutdown: false,
    express: (app) => {
      app.disable("x-powered-by");
      mountRoutes(app, services, status);
      mountClient(app, config.distDir);
    },
  });
  server.define(ROOM_NAME, defineMatchRoom(services));

  let closed = false;

  return {
    config,
    services,
    async listen() {
      await server.listen(config.port, config.host);
      if (transport.server) limitMatchmakingBodies(transport.server, config.maxJoinBodyBytes);
      const address = transport.server?.address() as AddressInfo | null;
      const port = address?.port ?? config.port;
      await restoreMatches(services);
      status.ready = true;
      return { host: config.host, port, url: `http://${config.host}:${port}/` };
    },
    async close() {
      if (closed) return;
      closed = true;
      status.ready = false;
      await server.gracefullyShutdown(false);
      for (const session of registry.all()) session.dispose();
      await checkpointer.stop();
      db.close();
    },
  };
}

/** Every unfinished match is replayed from its log and given its room back, under the same id. */
async function restoreMatches(services: Services): Promise<void> {
  const { store, registry } = services;
  for (const stored of store.unfinished()) {
    let session: MatchSession;
    try {
      session = MatchSession.restore(stored, services.sessionDeps(registry));
    } catch (error) {
      console.error(`[overflight] could not restore match ${stored.record.id}:`, error);
      continue;
    }
    registry.park(session);
    const options: InternalCreate = { internal: { token: services.internalToken, restore: session.id } };
    await matchMaker.createRoom(ROOM_NAME, options);
  }
}
