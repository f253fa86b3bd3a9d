/**
 * Reads a viewer's slot of the room state back into a MatchView. The slot holds each top-level
 * field of the view as JSON (only changed fields are re-sent), the event log as an array of
 * event JSON strings (append-only) and the chat as an array of message JSON strings (the last
 * few hundred). Parsing is incremental: a field is re-parsed only when its text changed.
 */
import type { GameEvent } from "../../../shared/events";
import type { MatchView } from "../../../shared/view";
import type { ChatMessage } from "../model/chat";
import type { TeamView } from "../../../shared/team-draft";

/** What the Colyseus decoder gives for a slot (MapSchema / ArraySchema), or plain test data. */
export interface SlotLike {
  viewer: string;
  view: { forEach(cb: (value: string, key: string) => void): void };
  log: ArrayLikeStrings;
  chat: ArrayLikeStrings;
  /** JSON of the viewer's TeamView[] (shared/team-draft.ts), "" or absent when it has none. */
  team?: string;
}

export interface ArrayLikeStrings {
  readonly length: number;
  at(index: number): string | undefined;
}

export interface SlotUpdate {
  view: MatchView;
  /** Events appended since the last read. */
  events: GameEvent[];
  /** Chat messages not seen before. */
  chat: ChatMessage[];
  /** Fields of the view that changed (log excluded). */
  changed: string[];
  /** The teams the viewer sees, when they changed since the last read. */
  team: TeamView[] | null;
  /** The match started over (a lesson's practice turn ended): the log was read again from its start. */
  restarted: boolean;
}

export class SlotReader {
  private readonly texts = new Map<string, string>();
  private readonly fields: Record<string, unknown> = {};
  private readonly log: GameEvent[] = [];
  private lastChatSeq = 0;
  private viewer: string | null = null;
  private teamText = "";

  /** Reads the slot; null if it does not hold a complete view yet. */
  read(slot: SlotLike): SlotUpdate | null {
    if (this.viewer !== null && slot.viewer !== this.viewer) this.reset();
    this.viewer = slot.viewer;
    const changed: string[] = [];
    const practising = this.fields.practice === true;
    const present = new Set<string>();
    slot.view.forEach((text, key) => {
      present.add(key);
      if (this.texts.get(key) === text) return;
      this.texts.set(key, text);
      this.fields[key] = JSON.parse(text) as unknown;
      changed.push(key);
    });
    // A field the server's view no longer has (the practice flag) goes here too.
    for (const key of [...this.texts.keys()]) {
      if (present.has(key)) continue;
      this.texts.delete(key);
      delete this.fields[key];
      changed.push(key);
    }
    // The server rewrites the log when the match starts over after its practice turn.
    const restarted = (practising && this.fields.practice !== true) || slot.log.length < this.log.length;
    if (restarted) this.log.length = 0;
    const events: GameEvent[] = [];
    for (let i = this.log.length; i < slot.log.length; i++) {
      const text = slot.log.at(i);
      if (text === undefined) break;
      const event = JSON.parse(text) as GameEvent;
      this.log.push(event);
      events.push(event);
    }
    const chat: ChatMessage[] = [];
    for (let i = slot.chat.length - 1; i >= 0; i--) {
      const text = slot.chat.at(i);
      if (text === undefined) continue;
      const message = JSON.parse(text) as ChatMessage;
      if (message.seq <= this.lastChatSeq) break;
      chat.unshift(message);
    }
    if (chat.length > 0) this.lastChatSeq = chat[chat.length - 1]!.seq;
    let team: TeamView[] | null = null;
    if (slot.team && slot.team !== this.teamText) {
      this.teamText = slot.team;
      team = JSON.parse(slot.team) as TeamView[];
    }
    if (!("turn" in this.fields) || !("phase" in this.fields) || !("powers" in this.fields)) {
      if (team) this.teamText = "";
      return null;
    }
    const view = { ...this.fields, log: this.log } as unknown as MatchView;
    return { view, events, chat, changed, team, restarted };
  }

  private reset(): void {
    this.texts.clear();
    for (const key of Object.keys(this.fields)) delete this.fields[key];
    this.log.length = 0;
    this.lastChatSeq = 0;
    this.teamText = "";
  }
}
