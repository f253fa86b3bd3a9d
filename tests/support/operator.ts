/**
 * The operator's view of a match in tests: servers are started with OPERATOR_TOKEN, and a
 * summary asked with it carries the live hash, which changes with every command (the public
 * hash changes only when a phase ends).
 */
import { httpJson } from "../server/harness";

export const OPERATOR_TOKEN = "operator-token-of-the-tests";
/** Environment of a server process the tests read live hashes from. */
export const OPERATOR_ENV = { OPERATOR_TOKEN } as const;
export const OPERATOR_HEADERS = { authorization: `Bearer ${OPERATOR_TOKEN}` } as const;

/** /api/matches/:id as the operator reads it, with `hash` the live hash (the final one once archived). */
export async function operatorSummary<T extends { hash: string | null }>(port: number, matchId: string): Promise<T> {
  const { body } = await httpJson<T & { liveHash?: string }>(port, `/api/matches/${matchId}`, { headers: OPERATOR_HEADERS });
  const { liveHash, ...rest } = body;
  return { ...rest, hash: liveHash ?? body.hash } as unknown as T;
}
