/** The server's HTTP API: the public match list, join codes, quick play, the shipped scenarios. */
import type { PowerId } from "../../../shared/ids";
import type { ErrorCode, Params } from "../../../shared/result";
import { errorText } from "../model/format";
import { readScenarioList } from "../model/scenario-choice";
import type { ScenarioSummary } from "../model/scenario-choice";

export interface ListedMatch {
  id: string;
  name: string;
  scenario: { id: string; name: string };
  seatsFree: string[];
  players: number;
  phase: string;
  turn: number;
  turns: number;
}

/** A refused or failed API call: the server's code and parameters (or the client's own), worded by the catalog. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly params: Params = {},
    /** The server's words, kept for a code this client's catalog does not know. */
    message?: string,
  ) {
    super(errorText({ code, params, ...(message ? { message } : {}) }));
  }

  static own(code: ErrorCode, params: Params = {}): ApiError {
    return new ApiError(code, params);
  }
}

/** GETs or POSTs an API path: its JSON body, or an ApiError with the server's code (`http/refused` if it gave none). */
export async function fetchJson<T>(href: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(href, init);
  } catch {
    throw ApiError.own("net/unreachable");
  }
  const body = (await res.json().catch(() => null)) as { error?: { code: string; params?: Params; message: string } } | null;
  if (!res.ok) throw body?.error ? new ApiError(body.error.code, body.error.params ?? {}, body.error.message) : ApiError.own("http/refused", { status: res.status });
  return body as T;
}

export class Api {
  constructor(private readonly base: string) {}

  private call<T>(path: string, init?: RequestInit): Promise<T> {
    return fetchJson(this.base.replace(/\/$/, "") + path, init);
  }

  async listMatches(): Promise<ListedMatch[]> {
    return (await this.call<{ matches: ListedMatch[] }>("/api/matches")).matches;
  }

  async lookupCode(code: string): Promise<{ matchId: string; name: string }> {
    return this.call(`/api/code/${encodeURIComponent(code.trim().toUpperCase())}`);
  }

  /** `power`: an open match where that seat is free (or a new one); `scenario`: of that scenario (the server's default without). */
  async quickPlay(power?: PowerId, scenario?: string): Promise<{ matchId: string; created: boolean }> {
    return this.call("/api/quickplay", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...(scenario ? { scenario } : {}), ...(power ? { power } : {}) }) });
  }

  /** The shipped scenarios a match can be created from, in the server's order (malformed entries left out). */
  async listScenarios(): Promise<ScenarioSummary[]> {
    return readScenarioList(await this.call<unknown>("/api/scenarios"));
  }
}
