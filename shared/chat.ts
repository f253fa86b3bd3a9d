/** A chat message as the server stores and sends it (chat is plain text, never markup). */
import type { Phase, PowerId, Viewer } from "./ids";

export interface ChatMessage {
  seq: number;
  at: number;
  from: Viewer;
  name: string;
  /** null: public; otherwise the powers it is addressed to (the sender's power included). */
  to: PowerId[] | null;
  text: string;
  turn: number;
  phase: Phase;
  /** The student who wrote it (member id), kept by the server for the records; never sent to players. */
  by?: string | null;
  /** Written during a lesson's practice turn: kept on the screens, left out of the match's record. */
  practice?: true;
}
