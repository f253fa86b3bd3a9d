/** The server's HTTP API: the public match list, join codes, quick play. */
import type { PowerId } from "../../../shared/ids";
import type { Params } from "../../../shared/result";
import { errorText } from "../model/format";

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

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class Api {
  constructor(private readonly base: string) {}

  private async call<T>(path: string, init?: RequestInit): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.base.replace(/\/$/, "") + path, init);
    } catch {
      throw new ApiError("net/unreachable", "The server cannot be reached. Check your connection and try again.");
    }
    const body = (await res.json().catch(() => null)) as { error?: { code: string; params?: Params; message: string } } | null;
    if (!res.ok) throw new ApiError(body?.error?.code ?? `http/${res.status}`, body?.error ? errorText(body.error) : `The server answered ${res.status}.`);
    return body as T;
  }

  async listMatches(): Promise<ListedMatch[]> {
    return (await this.call<{ matches: ListedMatch[] }>("/api/matches")).matches;
  }

  async lookupCode(code: string): Promise<{ matchId: string; name: string }> {
    return this.call(`/api/code/${encodeURIComponent(code.trim().toUpperCase())}`);
  }

  /** `power`: an open match where that seat is free (or a new one). */
  async quickPlay(power?: PowerId): Promise<{ matchId: string; created: boolean }> {
    return this.call("/api/quickplay", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(power ? { power } : {}) });
  }
}
