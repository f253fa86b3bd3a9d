/**
 * Which process runs which match. Each process hosts its matches under a lease in the store
 * and renews it every third of its length. A pass claims the running matches nobody hosts, its
 * own, and those whose host's lease ran out (a crashed process), and restores each from its
 * command log under the same room id; a match it runs but no longer hosts (it was too slow to
 * renew and another process took it) is closed here. With one process, the first pass at
 * startup restores every unfinished match.
 *
 * A match without a facilitator that nobody has joined for `abandonMs` is closed for good
 * (abandoned): it is neither kept in memory nor restored. A lesson waits for its facilitator.
 *
 * A match that cannot be restored (its rows cannot be read, its log no longer replays) is
 * reported in StoreHealth, with why, and the others go on; a store that cannot be read at all
 * turns the health to failing until a pass reads it again.
 */
import { containedCallback } from "../contain";
import type { StoreHealth } from "../store/health";
import { MatchSession } from "./session";
import type { MatchRegistry } from "./registry";
import type { SessionDeps } from "./session-types";
import type { MatchStore } from "../store/store";

export interface HostingDeps {
  store: MatchStore;
  registry: MatchRegistry;
  owner: string;
  leaseMs: number;
  abandonMs: number;
  sessionDeps: SessionDeps;
  health: StoreHealth;
  /** Creates the room of a restored, parked session on this process. */
  openRoom(matchId: string): Promise<void>;
  warn?(message: string): void;
}

export class Hosting {
  private timer: ReturnType<typeof setInterval> | undefined;
  private passing: Promise<void> | null = null;
  private stopped = false;
  /** Matches whose log no longer replays: reported once, not retried every pass. */
  private readonly broken = new Set<string>();
  /**
   * Restores run one after another, apart from the passes: taking over a crashed process's
   * hundreds of matches can outlast a lease, and the passes must go on renewing meanwhile.
   */
  private restores: Promise<void> = Promise.resolve();
  private readonly restoring = new Set<string>();

  constructor(private readonly deps: HostingDeps) {}

  /** The first pass, then one every third of a lease; resolves once the first pass's matches are restored. */
  async start(): Promise<void> {
    await this.pass();
    this.timer = setInterval(containedCallback("the hosting pass", () => void this.pass()), Math.max(200, Math.floor(this.deps.leaseMs / 3)));
    this.timer.unref();
    await this.restores;
  }

  /** Stops renewing; `release` then lets another process take these matches at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.passing;
    await this.restores;
  }

  async release(matchIds: string[]): Promise<void> {
    await this.deps.store.release(this.deps.owner, matchIds);
  }

  pass(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.passing ??= this.claimAndRestore()
      .catch((error: unknown) => this.deps.warn?.(`hosting: ${String(error)}`))
      .finally(() => (this.passing = null));
    return this.passing;
  }

  private async claimAndRestore(): Promise<void> {
    const { store, registry, owner, leaseMs } = this.deps;
    // Matches created after this point may be missing from the claim's answer: they are not judged.
    const before = registry.all().filter((s) => s.state.status === "running");
    const now = Date.now();
    let claimed: string[];
    try {
      claimed = await store.claim(owner, now, now + leaseMs);
      this.deps.health.read();
    } catch (error) {
      this.deps.health.read(error);
      throw error;
    }
    const hosted = new Set(claimed);
    if (this.stopped) return;
    for (const session of before) {
      if (!hosted.has(session.id)) session.lose(new Error("another process hosts it now"));
      else if (!session.settings.facilitator && session.idleFor(now) >= this.deps.abandonMs) await this.abandon(session, now);
    }
    for (const id of hosted) {
      if (registry.has(id) || this.broken.has(id) || this.restoring.has(id)) continue;
      this.restoring.add(id);
      this.restores = this.restores
        .then(() => (this.stopped ? undefined : this.restore(id)))
        .catch((error: unknown) => this.deps.warn?.(`could not restore match ${id}: ${String(error)}`))
        .finally(() => this.restoring.delete(id));
    }
  }

  private async abandon(session: MatchSession, now: number): Promise<void> {
    await this.deps.store.abandon(session.id, now);
    session.lose(new Error(`nobody has joined it for ${Math.round(session.idleFor(now) / 60_000)} minutes: closed for good`));
  }

  private async restore(id: string): Promise<void> {
    const { store, registry, health } = this.deps;
    const damaged = (code: string, error: unknown) => {
      this.broken.add(id);
      health.markDamaged(id, code, error);
      this.deps.warn?.(`could not restore match ${id}: ${String(error)}`);
    };
    let stored: Awaited<ReturnType<MatchStore["get"]>>;
    try {
      stored = await store.get(id);
    } catch (error) {
      return damaged("store/unreadable", error);
    }
    if (!stored || stored.status !== "running" || registry.has(id)) return;
    let session: MatchSession;
    try {
      session = MatchSession.restore(stored, this.deps.sessionDeps);
    } catch (error) {
      return damaged("replay/failed", error);
    }
    registry.park(session);
    try {
      await this.deps.openRoom(id);
      health.clearDamaged(id);
    } catch (error) {
      // Tried again at the next pass.
      registry.unpark(id)?.dispose();
      health.markDamaged(id, "room/failed", error);
      this.deps.warn?.(`could not open the room of match ${id}: ${String(error)}`);
    }
  }
}
