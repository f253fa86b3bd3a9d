/**
 * The HTTP side of the one guard (server/contain.ts): whatever a route throws or rejects with is
 * logged with the route and the match it concerns, and answered with a generic coded error, never
 * its text, stack or file paths (Express's own error page prints them). Requests Express refuses
 * itself (a malformed JSON body, one too large) get their coded answer too.
 */
import type { Application, NextFunction, Request, Response } from "express";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ErrorCode, Params } from "../../shared";
import { reportFault } from "../contain";
import { error as answerError, errorBody } from "./reply";

/** The answer to an unexpected exception: the same for every route, with nothing from the exception. */
export const INTERNAL_ERROR = errorBody("server/internal");

/** The match a request concerns, from its path (/api/matches/:id/…), for the log. */
export function matchOfPath(url: string | undefined): string | null {
  return /^\/api\/matches\/([A-Za-z0-9_-]{1,40})(?:[/?]|$)/.exec(url ?? "")?.[1] ?? null;
}

/** Where a request's fault happened, for the log: "GET /api/matches/:id/archive (match k3v…)". */
export function whereOf(req: Pick<IncomingMessage, "method" | "url">): string {
  const path = (req.url ?? "/").split("?")[0]!;
  const match = matchOfPath(path);
  const shape = match ? path.replace(match, ":id") : path.slice(0, 80);
  return `${req.method ?? "?"} ${shape}${match ? ` (match ${match})` : ""}`;
}

/** Logs a request's unexpected exception and answers 500 `server/internal`, or ends the answer if it was already begun. */
export function answerFault(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  reportFault(whereOf(req), error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(INTERNAL_ERROR);
  res.writeHead(500, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** What Express's body parsers throw for a request they refuse (they set `status` and `type`). */
interface ParserError {
  status?: number;
  type?: string;
}

const REFUSED: Record<string, { status: number; code: ErrorCode; params?: Params }> = {
  "entity.parse.failed": { status: 400, code: "http/malformed_body" },
  "entity.too.large": { status: 413, code: "http/too_large" },
  "encoding.unsupported": { status: 415, code: "http/bad_encoding", params: { what: "encoding" } },
  "charset.unsupported": { status: 415, code: "http/bad_encoding", params: { what: "charset" } },
};

/**
 * The last handlers: a JSON 404 for unknown API paths, and the error handler every route's
 * exception reaches (Express 5 forwards rejected promises of async handlers here too).
 */
export function mountFaultHandlers(app: Application): void {
  app.use("/api", (_req: Request, res: Response) => {
    answerError(res, 404, "http/not_found");
  });
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const refused = REFUSED[(error as ParserError | null)?.type ?? ""];
    if (refused && !res.headersSent) return answerError(res, refused.status, refused.code, refused.params);
    const status = (error as ParserError | null)?.status;
    if (typeof status === "number" && status >= 400 && status < 500 && !res.headersSent) {
      // Refused by Express itself (a path it cannot decode, a bad range): said plainly, with no detail.
      return answerError(res, status, "http/refused", { status });
    }
    answerFault(req, res, error);
  });
}

/**
 * A raw request listener (under Express: the matchmaking guard) inside the guard: what it throws
 * is answered as above instead of escaping into Node's event loop.
 */
export function guardedListener(listener: (req: IncomingMessage, res: ServerResponse) => void): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    try {
      listener(req, res);
    } catch (error) {
      answerFault(req, res, error);
    }
  };
}
