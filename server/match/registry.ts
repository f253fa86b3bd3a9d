/** The matches this process runs, by id, and those restored from the store waiting for their room. */
import type { MatchSession } from "./session";

export class MatchRegistry {
  private readonly sessions = new Map<string, MatchSession>();
  private readonly waiting = new Map<string, MatchSession>();

  add(session: MatchSession): void {
    this.sessions.set(session.id, session);
  }

  remove(id: string): void {
    this.sessions.delete(id);
  }

  get(id: string): MatchSession | undefined {
    return this.sessions.get(id);
  }

  /** Running here, or restored and about to get its room. */
  has(id: string): boolean {
    return this.sessions.has(id) || this.waiting.has(id);
  }

  all(): MatchSession[] {
    return [...this.sessions.values()];
  }

  park(session: MatchSession): void {
    this.waiting.set(session.id, session);
  }

  unpark(id: string): MatchSession | undefined {
    const session = this.waiting.get(id);
    this.waiting.delete(id);
    return session;
  }
}
