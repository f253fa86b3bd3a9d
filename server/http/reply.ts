/** Error answers of the HTTP API: `{ error: { code, message } }` with a status. */
import type { Response } from "express";
import type { MatchStatus } from "../store/store";

export function error(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** Why a match has no archive (yet, or ever). */
export function noArchive(res: Response, status: MatchStatus | null): void {
  if (status === "abandoned") return error(res, 410, "match/abandoned", "Nobody played this match for a long time: it was closed without an archive.");
  if (status) return error(res, 409, "match/not_finished", "The archive opens when the match is over.");
  error(res, 404, "match/not_found", "There is no such match.");
}
