/** Chat: who a message reaches, and how fast a client may talk. */
import { isPowerOf, powersOf } from "../../shared/scenario/ids-of";
import type { OfScenario } from "../../shared/scenario/ids-of";
import type { PowerId, Result, Viewer } from "../../shared";
import { fail, ok } from "../../shared";
import type { ChatMessage } from "./types";

/** The powers a private message goes to, the sender's own power included; null for public. */
/** match: what names the match's scenario, whose powers a message may go to (in seat order). */
export function chatRecipients(match: OfScenario, from: Viewer, to: "public" | readonly PowerId[]): Result<PowerId[] | null> {
  if (from === "spectator") return fail("chat/spectator");
  if (to === "public") return ok(null);
  const unknown = to.find((p) => !isPowerOf(match, p));
  if (unknown !== undefined) return fail("seat/unknown_power", { power: unknown, scenario: match.scenarioId });
  const seats = powersOf(match);
  const set = new Set<PowerId>(to);
  if (from !== "facilitator") set.add(from);
  const parties = seats.filter((p) => set.has(p));
  if (parties.length < (from === "facilitator" ? 1 : 2)) return fail("chat/no_recipient");
  return ok(parties);
}

/** Whether a viewer may read a message: public, a party to it, or the facilitator. */
export function canReadChat(message: Pick<ChatMessage, "to">, viewer: Viewer): boolean {
  if (message.to === null || viewer === "facilitator") return true;
  return viewer !== "spectator" && message.to.includes(viewer);
}

/** A token bucket: `burst` messages at once, then one every `intervalMs` (chat, commands, guesses). */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly burst: number,
    private readonly intervalMs: number,
    now: number,
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    if (this.available(now) < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Tokens available now (fractional while refilling). */
  available(now: number): number {
    this.tokens = Math.min(this.burst, this.tokens + Math.max(0, now - this.last) / this.intervalMs);
    this.last = Math.max(this.last, now);
    return this.tokens;
  }
}

/** One token bucket per seat, shared by all its connections (a seat cannot talk faster by opening more). */
export class SeatLimiter {
  private readonly buckets = new Map<Viewer, RateLimiter>();

  constructor(
    private readonly burst: number,
    private readonly intervalMs: number,
  ) {}

  take(viewer: Viewer, now: number): boolean {
    let bucket = this.buckets.get(viewer);
    if (!bucket) this.buckets.set(viewer, (bucket = new RateLimiter(this.burst, this.intervalMs, now)));
    return bucket.take(now);
  }
}
