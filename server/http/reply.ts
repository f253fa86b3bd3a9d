/** Error answers of the HTTP API: `{ error: { code, params, message } }` with a status, worded by the catalog. */
import type { Response } from "express";
import type { ErrorCode, Params } from "../../shared";
import { errorText } from "../../shared/catalog";
import type { MatchStatus } from "../store/store";

/** The body of every error answer, routes' and the server's own alike. */
export function errorBody(code: ErrorCode, params: Params = {}): { error: { code: ErrorCode; params: Params; message: string } } {
  return { error: { code, params, message: errorText({ code, params }) } };
}

export function error(res: Response, status: number, code: ErrorCode, params: Params = {}): void {
  res.status(status).json(errorBody(code, params));
}

/** Why a match has no archive (yet, or ever). */
export function noArchive(res: Response, status: MatchStatus | null): void {
  if (status === "abandoned") return error(res, 410, "match/abandoned");
  if (status) return error(res, 409, "match/not_finished");
  error(res, 404, "match/not_found");
}
