/**
 * Sockets cost the server whether or not they ever say anything: a connection that sends no
 * request within `headersTimeoutMs` is closed, so is an HTTP connection idle for `idleTimeoutMs`
 * (a WebSocket is kept busy by Colyseus's pings and closed by them when its peer stops answering),
 * and each address may hold at most `maxPerAddress` connections at once. Behind a trusted proxy
 * every TCP connection comes from the proxy, so the cap counts WebSocket upgrades and requests
 * in flight per X-Forwarded-For address instead.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { Socket } from "node:net";
import { requestAddress } from "./guard";
import { errorBody } from "./reply";

export interface ConnectionLimits {
  maxPerAddress: number;
  headersTimeoutMs: number;
  idleTimeoutMs: number;
  trustProxy: boolean;
}

const REFUSAL = JSON.stringify(errorBody("http/too_many_connections"));
const REFUSAL_HEAD = `HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(REFUSAL)}\r\nconnection: close\r\n\r\n`;

/** Open connections per address. */
export class ConnectionCounter {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts one more for `address` if it is under the cap (0: no cap); returns whether it was. */
  take(address: string): boolean {
    const n = this.open.get(address) ?? 0;
    if (this.max > 0 && n >= this.max) return false;
    this.open.set(address, n + 1);
    return true;
  }

  give(address: string): void {
    const n = (this.open.get(address) ?? 0) - 1;
    if (n > 0) this.open.set(address, n);
    else this.open.delete(address);
  }

  count(address: string): number {
    return this.open.get(address) ?? 0;
  }
}

/** Counts `address` on `socket` until it closes; false (and the socket refused) if it is over the cap. */
function admit(counter: ConnectionCounter, address: string, socket: Duplex): boolean {
  if (!counter.take(address)) {
    socket.end(REFUSAL_HEAD + REFUSAL, () => socket.destroy());
    return false;
  }
  socket.once("close", () => counter.give(address));
  return true;
}

/** Applies the limits to the HTTP server that carries the API and the WebSocket upgrades. Call once it has all its listeners. */
export function limitConnections(server: Server, limits: ConnectionLimits): ConnectionCounter {
  const counter = new ConnectionCounter(limits.maxPerAddress);
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = Math.max(limits.headersTimeoutMs, 30_000);
  server.timeout = limits.idleTimeoutMs;

  // A connection must begin a request (or an upgrade) within the headers timeout; Node itself
  // checks that only every 30 s.
  const silent = new WeakMap<Socket, ReturnType<typeof setTimeout>>();
  const spoke = (socket: Socket) => {
    clearTimeout(silent.get(socket));
    silent.delete(socket);
  };
  server.prependListener("connection", (socket: Socket) => {
    if (!limits.trustProxy && !admit(counter, socket.remoteAddress ?? "unknown", socket)) return;
    const timer = setTimeout(() => socket.destroy(), limits.headersTimeoutMs);
    timer.unref();
    silent.set(socket, timer);
    socket.once("close", () => spoke(socket));
  });

  const requests = server.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    spoke(req.socket);
    if (limits.trustProxy) {
      const address = requestAddress(req, true);
      if (!counter.take(address)) {
        res.writeHead(429, { "content-type": "application/json", connection: "close" });
        res.end(REFUSAL);
        req.resume();
        return;
      }
      res.once("close", () => counter.give(address));
    }
    for (const listener of requests) listener.call(server, req, res);
  });

  const upgrades = server.listeners("upgrade") as ((req: IncomingMessage, socket: Duplex, head: Buffer) => void)[];
  server.removeAllListeners("upgrade");
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    spoke(req.socket);
    if (limits.trustProxy && !admit(counter, requestAddress(req, true), socket)) return;
    for (const listener of upgrades) listener.call(server, req, socket, head);
  });
  return counter;
}
