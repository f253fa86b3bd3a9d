/**
 * Keeps the seat's orders draft and its team's on the server together: the changes made here
 * go to the server (a few at a time, shortly after they are made), the team's draft coming back
 * rebuilds the one here (../model/match-store.ts setTeam), and sending is the team's draft sent
 * as its orders.
 */
import type { MatchStore } from "../model/match-store";
import type { Connection } from "./connection";

/** Changes made within this long of each other go in one message (the server limits a seat's messages). */
const GATHER_MS = 120;

export class DraftSync {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly store: MatchStore,
    private readonly conn: Connection,
  ) {
    this.unsubscribe.push(
      conn.on("team", (teams) => store.setTeam(teams)),
      store.on("draft", () => this.soon()),
    );
    store.sendOrders = () => this.flush(true).then((r) => r.ok);
    if (conn.teams.length > 0) store.setTeam(conn.teams);
  }

  private soon(): void {
    if (this.timer || (this.store.draft?.pending.length ?? 0) === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush(false);
    }, GATHER_MS);
  }

  /** Sends the changes not sent yet (and, with `send`, the draft as the team's orders). */
  async flush(send: boolean): Promise<{ ok: boolean }> {
    const { store, conn } = this;
    const edits = store.draft?.takePending() ?? [];
    if (edits.length === 0 && !send) return { ok: true };
    const entry: { edits: typeof edits; version: number | null } = { edits, version: null };
    store.inFlight.push(entry);
    const result = await conn.draft(edits, send);
    if (result.ok) entry.version = result.version;
    else store.inFlight = store.inFlight.filter((f) => f !== entry);
    store.setTeam(conn.teams);
    return result;
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const off of this.unsubscribe) off();
  }
}
