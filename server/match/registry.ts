/** The matches this process is running, by id and by join code. */
import type { MatchSession, MatchSummary } from "./session";
import { normaliseCode } from "./secrets";

export class MatchRegistry {
  private readonly sessions = new Map<string, MatchSession>();
  /** Sessions restored from the store, waiting for their room to be created. */
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

  /** An open match by its join code (case and dashes ignored). */
  byCode(code: string): MatchSession | undefined {
    const wanted = normaliseCode(code);
    for (const session of this.sessions.values()) {
      if (session.record.code === wanted && session.state.status === "running") return session;
    }
    return undefined;
  }

  codeTaken(code: string): boolean {
    return this.byCode(code) !== undefined;
  }

  all(): MatchSession[] {
    return [...this.sessions.values()];
  }

  /** Public matches still running with a seat a human can take. */
  openPublic(): MatchSummary[] {
    return this.all()
      .filter((s) => s.settings.visibility === "public" && s.state.status === "running" && s.seats.free().length > 0)
      .map((s) => s.summary())
      .sort((a, b) => b.createdAt - a.createdAt);
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
