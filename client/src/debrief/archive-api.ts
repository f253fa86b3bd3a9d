/**
 * The archive of a finished match and its exports, from the server's HTTP API. With the match's
 * facilitator key (kept in this browser, sent in a header, never in an address) the archive
 * includes private chat; download links carry a short-lived token instead of the key.
 */
import { fetchJson } from "../net/api";
import type { ApiError } from "../net/api";
import type { DebriefArchive } from "../model/debrief-model";
import { scenarioOfSettings } from "../../../shared/scenario/file";

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
  /** Running its practice turn (the real turn 1 follows). */
  practice?: boolean;
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

/** The facilitator key goes in a header: an address ends up in histories, logs and referrers. */
function keyHeaders(key: string | null): HeadersInit {
  return key ? { "x-facilitator-key": key } : {};
}

/**
 * The archive; with a facilitator key, everything; with a student's seat key, their team's private
 * talks too. Its scenario is known here once it is read (a teacher's file, rebuilt in this browser).
 */
export async function fetchArchive(base: string, matchId: string, key: string | null, seatKey: string | null = null): Promise<DebriefArchive> {
  const archive = await fetchJson<DebriefArchive>(url(base, `/api/matches/${encodeURIComponent(matchId)}/archive`), { headers: { ...keyHeaders(key), ...(seatKey && !key ? { "x-seat-key": seatKey } : {}) } });
  scenarioOfSettings({ scenarioId: archive.setup.scenarioId, scenarioFile: archive.setup.settings.scenarioFile });
  return archive;
}

/** Waits for the archive of a match that has just ended (it is written as the match ends). */
export async function fetchArchiveWhenReady(base: string, matchId: string, key: string | null, attempts = 10, seatKey: string | null = null): Promise<DebriefArchive> {
  for (let i = 0; ; i++) {
    try {
      return await fetchArchive(base, matchId, key, seatKey);
    } catch (e) {
      if (i >= attempts || (e as ApiError).code !== "match/not_finished") throw e;
      await new Promise((r) => setTimeout(r, 400));
    }
  }
}

export async function fetchMyMatches(base: string, keys: readonly string[]): Promise<ArchivedMatch[]> {
  if (keys.length === 0) return [];
  return (await fetchJson<{ matches: ArchivedMatch[] }>(url(base, "/api/archive"), { headers: keyHeaders(keys.join(",")) })).matches;
}

export interface ExportLinks {
  csv: string;
  tracksCsv: string;
  scoresCsv: string;
  /** Per student, for the gradebook: the facilitator's only (null without a token). */
  studentsCsv: string | null;
  json: string;
}

/** A download token for the facilitator (null without the key, or if the server refuses). */
export async function exportToken(base: string, matchId: string, key: string | null): Promise<string | null> {
  if (!key) return null;
  try {
    const res = await fetch(url(base, `/api/matches/${encodeURIComponent(matchId)}/export-token`), { method: "POST", headers: keyHeaders(key) });
    return res.ok ? ((await res.json()) as { token: string }).token : null;
  } catch {
    return null;
  }
}

/** The export links; with the facilitator's token (exportToken) they include private chat, and the per-student table. */
export function exportLinks(base: string, matchId: string, token: string | null): ExportLinks {
  const path = `/api/matches/${encodeURIComponent(matchId)}`;
  return {
    csv: url(base, `${path}/export.csv`, { token }),
    tracksCsv: url(base, `${path}/export.csv`, { table: "tracks" }),
    scoresCsv: url(base, `${path}/export.csv`, { table: "scores" }),
    studentsCsv: token ? url(base, `${path}/export.csv`, { table: "students", token }) : null,
    json: url(base, `${path}/export.json`, { token }),
  };
}
