/**
 * Short-lived export tokens, so that a download link never carries the facilitator key: the
 * facilitator's browser asks for one with its key in a header, and the link carries the token.
 * A token names its match and when it expires, signed with the match's facilitator key hash
 * (which only the store and this server know), so any server process can check it.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** How long an export link works. */
export const EXPORT_TOKEN_MS = 30 * 60 * 1000;

function signature(matchId: string, expires: number, keyHash: string): string {
  return createHmac("sha256", keyHash).update(`export:${matchId}:${expires}`).digest("base64url");
}

export function exportToken(matchId: string, keyHash: string, now: number): { token: string; expiresAt: number } {
  const expiresAt = now + EXPORT_TOKEN_MS;
  return { token: `${expiresAt.toString(36)}.${signature(matchId, expiresAt, keyHash)}`, expiresAt };
}

export function validExportToken(token: string, matchId: string, keyHash: string | null, now: number): boolean {
  if (!keyHash || token.length > 100) return false;
  const [time, given] = token.split(".");
  const expires = parseInt(time ?? "", 36);
  if (!given || !Number.isFinite(expires) || expires < now) return false;
  const expected = Buffer.from(signature(matchId, expires, keyHash));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
