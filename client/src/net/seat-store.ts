/**
 * Seat keys kept in the browser (localStorage): a refresh, or coming back later, rejoins the
 * same seat. One entry per match; the key is the only credential, so it never leaves storage
 * except to join its own match.
 */
import type { Viewer } from "../../../shared/ids";

export interface StoredSeat {
  matchId: string;
  viewer: Viewer;
  name: string;
  code: string;
  seatKey?: string;
  facilitatorKey?: string;
  savedAt: number;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Enumeration (localStorage has it): lets the lobby list the seats kept here. */
  readonly length?: number;
  key?(index: number): string | null;
}

const PREFIX = "overflight.seat.";
const NAME_KEY = "overflight.name";
const DEVICE_KEY = "overflight.device";
/** Seats older than this are forgotten. */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

export class SeatStore {
  constructor(private readonly store: KeyValueStore | null) {}

  get(matchId: string, now = Date.now()): StoredSeat | null {
    const text = this.safe(() => this.store?.getItem(PREFIX + matchId) ?? null);
    if (!text) return null;
    try {
      const seat = JSON.parse(text) as StoredSeat;
      if (seat.matchId !== matchId || now - seat.savedAt > MAX_AGE_MS) return null;
      return seat;
    } catch {
      return null;
    }
  }

  save(seat: Omit<StoredSeat, "savedAt">, now = Date.now()): void {
    const previous = this.get(seat.matchId, now);
    // A spectator join never overwrites a seat key held for the same match.
    if (previous && (previous.seatKey || previous.facilitatorKey) && !seat.seatKey && !seat.facilitatorKey) return;
    this.safe(() => this.store?.setItem(PREFIX + seat.matchId, JSON.stringify({ ...seat, savedAt: now })));
  }

  /** Every seat kept in this browser, newest first. */
  list(now = Date.now()): StoredSeat[] {
    const store = this.store;
    if (!store?.key || store.length === undefined) return [];
    const ids: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = this.safe(() => store.key!(i));
      if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length));
    }
    return ids
      .map((id) => this.get(id, now))
      .filter((s): s is StoredSeat => s !== null)
      .sort((a, b) => b.savedAt - a.savedAt);
  }

  forget(matchId: string): void {
    this.safe(() => this.store?.removeItem(PREFIX + matchId));
  }

  /** This browser's device id (random, made once): a student the facilitator removed is kept out by it. */
  get device(): string {
    let id = this.safe(() => this.store?.getItem(DEVICE_KEY) ?? null) ?? null;
    if (!id) {
      id = `d_${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("")}`;
      this.safe(() => this.store?.setItem(DEVICE_KEY, id!));
    }
    return id;
  }

  get playerName(): string {
    return this.safe(() => this.store?.getItem(NAME_KEY) ?? "") ?? "";
  }

  set playerName(name: string) {
    this.safe(() => this.store?.setItem(NAME_KEY, name));
  }

  private safe<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch {
      return undefined;
    }
  }
}
