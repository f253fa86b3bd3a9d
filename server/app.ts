/**
 * The whole server from a configuration: one HTTP port serving the client, the HTTP API and
 * the Colyseus WebSocket endpoint. Used by server/main.ts and by the tests. With REDIS_URL,
 * several such processes share Colyseus's presence and room listing (Redis) and their matches
 * (PostgreSQL): a client matchmakes through any of them and is sent to the process that hosts
 * its match (PUBLIC_ADDRESS).
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { matchMaker, Server } from "@colyseus/core";
import type { ServerOptions } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { Encoder } from "@colyseus/schema";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { checkConfig, DEFAULT_CONFIG } from "./config";
import type { ServerConfig } from "./config";
import { AttemptLimiter, guardMatchmaking, rememberForwardedAddresses } from "./http/guard";
import { limitConnections } from "./http/connections";
import { mountFaultHandlers } from "./http/fault";
import { mountSecurityHeaders } from "./http/headers";
import { mountCors, mountOriginList, restrictMatchmakingCors } from "./http/origins";
import { mountClient } from "./http/static";
import { mountRoutes } from "./http/routes";
import { defaultBots } from "./match/bots";
import type { BotFn } from "./match/bots";
import { Hosting } from "./match/hosting";
import { MatchRegistry } from "./match/registry";
import { ROOM_NAME } from "../shared/protocol";
import { defineMatchRoom, isInternalCreate } from "./rooms/match-room";
import type { InternalCreate } from "./rooms/match-room";
import { sessionDepsFor } from "./services";
import type { Services } from "./services";
import { StoreHealth } from "./store/health";
import { openStore } from "./store/open-store";
import type { MatchStore } from "./store/store";
import { watchWrites } from "./store/watched-store";
import { loadScenarios } from "../shared/scenario/load";

export interface App {
  readonly config: ServerConfig;
  readonly services: Services;
  /** Where matches are kept (a folder, or PostgreSQL's host and database). */
  readonly storedIn: string;
  /** Listens, then restores the matches this process should run; resolves with the address. */
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

/** What a test may change beyond the settings: the bots, and the store as the server sees it (to make its writes fail). */
export interface TestHooks {
  bots?: BotFn;
  wrapStore?: (store: MatchStore) => MatchStore;
}

export async function createApp(overrides: Partial<ServerConfig> & TestHooks = {}): Promise<App> {
  const { bots: botOverride, wrapStore, ...rest } = overrides;
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...rest };
  checkConfig(config);
  // The rules look airspace up in the scenario maps: every shipped one is loaded before a match starts.
  await loadScenarios();
  const opened = await openStore(config);
  const health = new StoreHealth();
  const store = watchWrites(wrapStore ? wrapStore(opened.store) : opened.store, health);
  const registry = new MatchRegistry();
  const bots = botOverride ?? defaultBots;
  const owner = config.publicAddress ?? "local";
  const services: Services = {
    config,
    store,
    registry,
    bots,
    owner,
    internalToken: randomBytes(16).toString("hex"),
    guesses: new AttemptLimiter(config.guessBurst, config.guessIntervalMs),
    creations: config.createBurst > 0 ? new AttemptLimiter(config.createBurst, config.createIntervalMs) : null,
    sessionDeps: sessionDepsFor(config, store, bots, owner),
    health,
  };
  const hosting = new Hosting({
    store,
    registry,
    owner,
    leaseMs: config.leaseSeconds * 1000,
    abandonMs: config.abandonSeconds * 1000,
    sessionDeps: services.sessionDeps,
    health,
    async openRoom(matchId) {
      const options: InternalCreate = { internal: { token: services.internalToken, restore: matchId } };
      await matchMaker.createRoom(ROOM_NAME, options);
    },
    warn: config.verbose ? (m) => console.warn(`[overflight] ${m}`) : undefined,
  });
  const status = { ready: false, startedAt: Date.now() };

  const transport = new WebSocketTransport({ maxPayload: MAX_PAYLOAD });
  const shared: Partial<ServerOptions> = config.redisUrl
    ? { presence: new RedisPresence(config.redisUrl), driver: new RedisDriver(config.redisUrl), publicAddress: config.publicAddress ?? undefined }
    : {};
  const server = new Server({
    ...shared,
    transport,
    greet: false,
    gracefullyShutdown: false,
    // Rooms the server makes itself (restores, quick play) stay here: their options carry this
    // process's own token. Others go to the process with the fewest rooms, as Colyseus does.
    selectProcessIdToCreateRoom: async (_name, options) => {
      if (isInternalCreate(options)) return matchMaker.processId;
      const all = await matchMaker.stats.fetchAll();
      return all.sort((a, b) => a.roomCount - b.roomCount)[0]?.processId ?? matchMaker.processId;
    },
    express: (app) => {
      app.disable("x-powered-by");
      mountSecurityHeaders(app, config.allowedOrigins);
      mountCors(app, config.allowedOrigins);
      mountOriginList(app, config.allowedOrigins);
      mountRoutes(app, services, status);
      mountClient(app, config.distDir);
      mountFaultHandlers(app);
    },
  });
  restrictMatchmakingCors(config.allowedOrigins);
  server.define(ROOM_NAME, defineMatchRoom(services));

  let closed = false;

  return {
    config,
    services,
    storedIn: opened.where,
    async listen() {
      await server.listen(config.port, config.host);
      if (transport.server) guardMatchmaking(transport.server, { maxBodyBytes: config.maxJoinBodyBytes, creations: services.creations, guesses: services.guesses, trustProxy: config.trustProxy });
      if (transport.server && config.trustProxy) rememberForwardedAddresses(transport.server);
      if (transport.server) {
        limitConnections(transport.server, {
          maxPerAddress: config.maxConnectionsPerAddress,
          headersTimeoutMs: config.headersTimeoutMs,
          idleTimeoutMs: config.idleTimeoutMs,
          trustProxy: config.trustProxy,
        });
      }
      const address = transport.server?.address() as AddressInfo | null;
      const port = address?.port ?? config.port;
      await hosting.start();
      status.ready = true;
      return { host: config.host, port, url: `http://${config.host}:${port}/` };
    },
    async close() {
      if (closed) return;
      closed = true;
      status.ready = false;
      await hosting.stop();
      const running = registry.all().filter((s) => s.state.status === "running");
      await Promise.allSettled(running.map((s) => s.committed()));
      await server.gracefullyShutdown(false);
      for (const session of registry.all()) session.dispose();
      // Another process may take these matches at once instead of waiting for the lease.
      await hosting.release(running.map((s) => s.id)).catch(() => undefined);
      await opened.close();
    },
  };
}
