/**
 * How the store stands, for /health and for the routes that describe a match: matches that could
 * not be restored (a damaged page, a row that is not JSON, a log that no longer replays), each
 * with why; and whether writes are failing now (a full disk, a read-only file), in which case the
 * server cannot keep what players do and says so. Nothing is lost silently.
 */
import { StoreFenced } from "./store";

/** Why a match could not be restored, in words a facilitator or operator can act on; never a stack. */
export interface Damage {
  /** `store/unreadable` (its rows cannot be read or parsed), `replay/failed` (its log no longer replays), `room/failed`. */
  code: string;
  reason: string;
  at: number;
}

export interface WriteTrouble {
  since: number;
  /** Writes that failed since the last one that succeeded. */
  failures: number;
  reason: string;
}

/** The first line of an error's message, without file paths, at most 200 characters. */
export function plainReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split("\n")[0] ?? "";
  return line.replace(/(?:[A-Za-z]:)?[\\/][^\s'"]*[\\/][^\s'"]*/g, "…").slice(0, 200);
}

export class StoreHealth {
  private readonly damaged = new Map<string, Damage>();
  private writes: WriteTrouble | null = null;
  private reads: WriteTrouble | null = null;

  markDamaged(matchId: string, code: string, error: unknown, now = Date.now()): Damage {
    const damage = { code, reason: plainReason(error), at: now };
    this.damaged.set(matchId, damage);
    return damage;
  }

  /** The match was restored after all (a later pass, after a repair). */
  clearDamaged(matchId: string): void {
    this.damaged.delete(matchId);
  }

  damageOf(matchId: string): Damage | null {
    return this.damaged.get(matchId) ?? null;
  }

  allDamaged(): { id: string; code: string; reason: string }[] {
    return [...this.damaged].map(([id, d]) => ({ id, code: d.code, reason: d.reason }));
  }

  /** A write's outcome. A fenced write (another process hosts the match now) is no fault of the store. */
  wrote(error?: unknown, now = Date.now()): void {
    if (error === undefined) this.writes = null;
    else if (!(error instanceof StoreFenced)) this.writes = trouble(this.writes, error, now);
  }

  /** The outcome of the hosting pass's read of which matches to run (a store that cannot be read at all). */
  read(error?: unknown, now = Date.now()): void {
    this.reads = error === undefined ? null : trouble(this.reads, error, now);
  }

  get writeTrouble(): WriteTrouble | null {
    return this.writes;
  }

  get readTrouble(): WriteTrouble | null {
    return this.reads;
  }

  /** "failing": the store cannot keep or give what the server needs; "degraded": some matches could not be restored. */
  get status(): "ok" | "degraded" | "failing" {
    if (this.writes || this.reads) return "failing";
    return this.damaged.size > 0 ? "degraded" : "ok";
  }
}

function trouble(previous: WriteTrouble | null, error: unknown, now: number): WriteTrouble {
  return { since: previous?.since ?? now, failures: (previous?.failures ?? 0) + 1, reason: plainReason(error) };
}
