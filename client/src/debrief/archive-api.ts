/**
 * The archive of a finished match and its exports, from the server's HTTP API. With the match's
 * facilitator key (kept in this browser) the archive includes private chat.
 */
import { ApiError } from "../net/api";
import type { DebriefArchive } from "../model/debrief-model";

export interface ArchivedMatch {
  id: string;
  name: string;
  createdAt: number;
  finishedAt: number | null;
  /** "damaged": the server could not restore it (see `reason`). */
  status: "running" | "ended" | "damaged";
  turns: number;
  turn: number | null;
  phase: string | null;
  code: string | null;
  scores: Record<string, number> | null;
  /** Why a damaged match could not be restored. */
  reason?: string | null;
}

function url(base: string, path: string, params: Record<string, string | null | undefined> = {}): string {
  const u = new URL(base.replace(/\/$/, "") + path);
  for (const [k, v] of Object.entries(params)) if (v) u.searchParams.set(k, v);
  return u.toString();
}

async function getJson<T>(href: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(href);
  } catch {
    throw new ApiError("net/unreachable", "The server cannot be reached. Check your connection and try again.");
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(body?.error?.code ?? `http/${res.status}`, body?.error?.message ?? `The server answered ${res.status}.`);
  return body as T;
}

export function fetchArchive(base: string, matchId: string, key: string | null): Promise<DebriefArchive> {
  return getJson(url(base, `/api/matches/${encodeURIComponent(matchId)}/archive`, { key }));
}

/** Waits for the archive of a match that has just ended (it is written as the match ends). */
export async function fetchArchiveWhenReady(base: string, matchId: string, key: string | null, attempts = 10): Promise<DebriefArchive> {
  for (let i = 0; ; i++) {
    try {
      return await fetchArchive(base, matchId, key);
    } catch (e) {
      if (i >= attempts || (e as ApiError).code !== "match/not_finished") throw e;
      await new Promise((r) => setTimeout(r, 400));
    }
  }
}

export async function fetchMyMatches(base: string, keys: readonly string[]): Promise<ArchivedMatch[]> {
  if (keys.length === 0) return [];
  return (await getJson<{ matches: ArchivedMatch[] }>(url(base, "/api/archive", { facilitatorKey: keys.join(",") }))).matches;
}

export interface ExportLinks {
  csv: string;
  tracksCsv: string;
  json: string;
}

export function exportLinks(base: string, matchId: string, key: string | null): ExportLinks {
  const path = `/api/matches/${encodeURIComponent(matchId)}`;
  return {
    csv: url(base, `${path}/export.csv`, { key }),
    tracksCsv: url(base, `${path}/export.csv`, { table: "tracks", key }),
    json: url(base, `${path}/export.json`, { key }),
  };
}
