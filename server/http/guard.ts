/**
 * Defences of the HTTP side: a per-address budget of failed guesses (join codes, seat and
 * facilitator keys), the address a request or WebSocket comes from, and a size limit on the
 * bodies of the matchmaking requests (create and join options).
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { RateLimiter } from "../match/chat";
import { guardedListener } from "./fault";

/**
 * Failed attempts allowed per address: `burst` at once, then one more every `intervalMs`. Only
 * failures spend the budget, so a class behind one address that types its code right is never
 * slowed down; a guesser is held to a trickle (see penaltyMs).
 */
export class AttemptLimiter {
  private readonly buckets = new Map<string, RateLimiter>();
  private lastSweep = 0;

  constructor(
    private readonly burst: number,
    private readonly intervalMs: number,
  ) {}

  /** Whether this address may try now (it has budget left); does not spend any. */
  allowed(address: string, now: number): boolean {
    return this.bucket(address, now).available(now) >= 1;
  }

  /** Spends one attempt of this address's budget. */
  failed(address: string, now: number): void {
    this.bucket(address, now).take(now);
  }

  /**
   * A wrong guess: spends one attempt and says how long to hold back its answer, 0 while the
   * address has budget left, the refill interval beyond. A right answer is never held back or
   * refused, so a class behind one address gets in even while a guesser shares that address.
   */
  penaltyMs(address: string, now: number): number {
    const within = this.allowed(address, now);
    this.failed(address, now);
    return within ? 0 : this.intervalMs;
  }

  /** Milliseconds until this address may try again (0 if it may now). */
  retryAfterMs(address: string, now: number): number {
    const tokens = this.bucket(address, now).available(now);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * this.intervalMs);
  }

  get size(): number {
    return this.buckets.size;
  }

  private bucket(address: string, now: number): RateLimiter {
    this.sweep(now);
    let bucket = this.buckets.get(address);
    if (!bucket) {
      bucket = new RateLimiter(this.burst, this.intervalMs, now);
      this.buckets.set(address, bucket);
    }
    return bucket;
  }

  /** Forgets addresses whose budget is full again (at most once a minute). */
  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [address, bucket] of this.buckets) if (bucket.available(now) >= this.burst) this.buckets.delete(address);
  }
}

/**
 * Where a request comes from: the socket's address, or with `trustProxy` the first address of
 * X-Forwarded-For (set it only behind a reverse proxy that writes that header: otherwise anyone
 * can claim any address).
 */
export function requestAddress(req: Pick<IncomingMessage, "headers" | "socket">, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket?.remoteAddress ?? "unknown";
}

const FORWARDED = Symbol("overflight.forwardedFor");

/**
 * Behind a reverse proxy every WebSocket comes from the proxy: its upgrade request's
 * X-Forwarded-For is kept on the socket for `socketAddress` (only with `trustProxy`).
 */
export function rememberForwardedAddresses(server: Server): void {
  server.prependListener("upgrade", (req: IncomingMessage) => {
    (req.socket as unknown as Record<symbol, string>)[FORWARDED] = requestAddress(req, true);
  });
}

/** The address of a Colyseus client's WebSocket (the `ws` socket under it, or who the proxy said it was). */
export function socketAddress(ref: unknown): string {
  const socket = (ref as { _socket?: { remoteAddress?: string; [FORWARDED]?: string } } | null)?._socket;
  return socket?.[FORWARDED] ?? socket?.remoteAddress ?? "unknown";
}

/**
 * Spends one of an address's new matches, if it has one left (`creations` null: no limit).
 * Every creation counts, not only failures: a script cannot fill the server with matches.
 */
export function mayCreate(creations: AttemptLimiter | null, address: string, now: number): { ok: true } | { ok: false; retryAfterMs: number } {
  if (!creations) return { ok: true };
  if (!creations.allowed(address, now)) return { ok: false, retryAfterMs: creations.retryAfterMs(address, now) };
  creations.failed(address, now);
  return { ok: true };
}

/**
 * Matchmaking calls that make a new room: `create`, and `joinOrCreate`, which always creates
 * (every match room is private, so there is never one to join by name).
 */
const CREATES_A_MATCH = /^\/matchmake\/(create|joinOrCreate)\//;

export interface MatchmakingLimits {
  /** Largest body of a create or join request. */
  maxBodyBytes: number;
  /** New matches per address (see mayCreate). */
  creations: AttemptLimiter | null;
  /** Wrong guesses per address: a refused reconnection token is one (see holdBackRefusal). */
  guesses: AttemptLimiter;
  trustProxy: boolean;
}

const RECONNECTS = /^\/matchmake\/reconnect\//;

/**
 * A reconnection token is a key too: a refused one spends the address's guesses, and beyond
 * them its answer is held back for the refill interval (a right token is answered at once).
 * Colyseus writes the answer itself, so its writes are held here and replayed after the wait.
 */
function holdBackRefusal(res: ServerResponse, guesses: AttemptLimiter, address: string): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  let held: { method: keyof typeof original; args: unknown[] }[] | null = null;
  let decided = false;
  const hold = (method: keyof typeof original) =>
    function (this: ServerResponse, ...args: unknown[]) {
      const status = method === "writeHead" && typeof args[0] === "number" ? args[0] : res.statusCode;
      if (held === null && !decided && status >= 400) {
        const wait = guesses.penaltyMs(address, Date.now());
        if (wait > 0) {
          held = [];
          setTimeout(() => {
            Object.assign(res, original);
            for (const call of held!) (original[call.method] as (...a: unknown[]) => unknown).apply(res, call.args);
          }, wait).unref();
        }
      }
      decided = true;
      if (held !== null) {
        held.push({ method, args });
        return method === "write" ? true : res;
      }
      return (original[method] as (...a: unknown[]) => unknown).apply(res, args);
    };
  res.writeHead = hold("writeHead") as ServerResponse["writeHead"];
  res.write = hold("write") as ServerResponse["write"];
  res.end = hold("end") as ServerResponse["end"];
}

/**
 * Checks matchmaking requests (POST /matchmake/…: create and join options) before Colyseus reads
 * them: a body larger than the limit or without a declared length is refused (Colyseus reads any
 * size), and so is a creation beyond the address's budget of new matches; refused reconnection
 * tokens count as wrong guesses. Wraps the HTTP
 * server's request listeners; call once, after the server has them all.
 */
export function guardMatchmaking(server: Server, limits: MatchmakingLimits): void {
  const listeners = server.listeners("request") as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners("request");
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, error: string, headers: Record<string, string> = {}) => {
    const body = JSON.stringify({ code: status, error });
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), connection: "close", ...headers });
    res.end(body);
    req.resume();
  };
  server.on(
    "request",
    guardedListener((req: IncomingMessage, res: ServerResponse) => {
      if (req.method === "POST" && req.url?.startsWith("/matchmake/")) {
        const length = Number(req.headers["content-length"]);
        if (!Number.isFinite(length) || length > limits.maxBodyBytes) {
          return refuse(req, res, Number.isFinite(length) ? 413 : 411, `join/too_large: join and create options are limited to ${limits.maxBodyBytes} bytes with a declared length.`);
        }
        if (RECONNECTS.test(req.url)) holdBackRefusal(res, limits.guesses, requestAddress(req, limits.trustProxy));
        if (CREATES_A_MATCH.test(req.url)) {
          const allowed = mayCreate(limits.creations, requestAddress(req, limits.trustProxy), Date.now());
          if (!allowed.ok) {
            const seconds = Math.ceil(allowed.retryAfterMs / 1000);
            return refuse(req, res, 429, `create/rate_limited: too many new matches from your address; try again in ${seconds} s.`, { "retry-after": String(seconds) });
          }
        }
      }
      for (const listener of listeners) listener.call(server, req, res);
    }),
  );
}

/** The request carries the operator's token (Authorization: Bearer …); never true when none is set. */
export function isOperator(req: Pick<IncomingMessage, "headers">, token: string | null): boolean {
  if (!token) return false;
  const given = req.headers.authorization;
  if (typeof given !== "string" || !given.startsWith("Bearer ")) return false;
  const a = Buffer.from(given.slice(7));
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
