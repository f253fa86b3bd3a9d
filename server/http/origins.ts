/**
 * Which origins may talk to this server besides its own (ALLOWED_ORIGINS): the other hosts of
 * the same deployment. A page calls only its own origin unless this list, served from that
 * origin, names another (client/src/net/origin.ts); cross-origin calls (CORS) are answered only
 * for these origins, never by reflecting whatever Origin a request claims.
 */
import type { Application, NextFunction, Request, Response } from "express";
import { matchMaker } from "@colyseus/core";
import { error } from "./reply";

/** Request headers the client sends cross-origin: JSON bodies and the facilitator key. */
const ALLOWED_HEADERS = "content-type, x-facilitator-key, x-seat-key";

/** `allowed` as a test: the exact origin (scheme, host, port) must be listed. */
export function originAllowed(allowed: readonly string[], origin: string | undefined | null): origin is string {
  return typeof origin === "string" && allowed.includes(origin);
}

/** CORS answers for the HTTP API (GET /api/…, POST /api/quickplay), only to listed origins. */
export function mountCors(app: Application, allowed: readonly string[]): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    const origin = req.get("origin");
    res.vary("Origin");
    if (!originAllowed(allowed, origin)) {
      if (req.method === "OPTIONS" && origin) return error(res, 403, "http/origin_not_allowed");
      return next();
    }
    res.set("access-control-allow-origin", origin);
    if (req.method === "OPTIONS") {
      res.set({ "access-control-allow-methods": "GET, POST", "access-control-allow-headers": ALLOWED_HEADERS, "access-control-max-age": "600" });
      return void res.status(204).end();
    }
    next();
  });
}

/** The other origins a page served here may talk to (client/src/net/origin.ts asks for them). */
export function mountOriginList(app: Application, allowed: readonly string[]): void {
  app.get("/api/origins", (_req, res) => {
    res.set("cache-control", "no-store");
    res.json({ origins: allowed });
  });
}

/**
 * Colyseus answers its matchmaking routes (POST /matchmake/…) itself, by default with
 * `Access-Control-Allow-Origin` set to whatever Origin the request claims, with credentials.
 * Its controller is one per process: the last app created sets it (one app per process outside tests).
 */
export function restrictMatchmakingCors(allowed: readonly string[]): void {
  const controller = matchMaker.controller;
  // What every matchmaking answer carries; a listed origin also gets its name and credentials
  // (the SDK's matchmaking requests are sent with credentials).
  const defaults: Record<string, string> = {
    "Access-Control-Allow-Headers": ALLOWED_HEADERS,
    "Access-Control-Allow-Methods": "POST",
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  };
  controller.DEFAULT_CORS_HEADERS = defaults as typeof controller.DEFAULT_CORS_HEADERS;
  controller.getCorsHeaders = (headers: Headers): Record<string, string> => {
    const origin = headers.get("origin");
    return originAllowed(allowed, origin) ? { "Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true" } : {};
  };
}

/** The origins a page may connect to, as Content-Security-Policy sources: each http(s) origin and its ws(s) twin. */
export function connectSources(allowed: readonly string[]): string[] {
  return allowed.flatMap((o) => [o, o.replace(/^http/, "ws")]);
}
