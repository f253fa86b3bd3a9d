/**
 * The facilitator keys this browser holds, one per match it created as facilitator, kept without
 * expiry in localStorage: they bring the teacher back into a running lesson after a refresh, and
 * list the teacher's past lessons (GET /api/archive). A key is the only credential; it is sent
 * only to this server.
 */
import type { KeyValueStore } from "../net/seat-store";

export interface FacilitatorEntry {
  matchId: string;
  key: string;
  name: string;
  createdAt: number;
}

const KEY = "overflight.facilitator.keys";
/** Oldest entries are dropped beyond this many. */
const MAX_ENTRIES = 100;

export class FacilitatorKeys {
  constructor(private readonly store: KeyValueStore | null) {}

  list(): FacilitatorEntry[] {
    try {
      const text = this.store?.getItem(KEY);
      const parsed = text ? (JSON.parse(text) as unknown) : [];
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (e): e is FacilitatorEntry => typeof e === "object" && e !== null && typeof e.matchId === "string" && typeof e.key === "string" && typeof e.createdAt === "number",
      );
    } catch {
      return [];
    }
  }

  keyFor(matchId: string): string | null {
    return this.list().find((e) => e.matchId === matchId)?.key ?? null;
  }

  add(entry: FacilitatorEntry): void {
    const entries = [entry, ...this.list().filter((e) => e.matchId !== entry.matchId)].slice(0, MAX_ENTRIES);
    try {
      this.store?.setItem(KEY, JSON.stringify(entries));
    } catch {
      // Storage full or disabled: the key still works for this session.
    }
  }

  keys(): string[] {
    return this.list().map((e) => e.key);
  }
}
