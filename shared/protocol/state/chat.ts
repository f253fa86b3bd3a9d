/** A chat message the viewer may read, numbered in the viewer's own count. */
import "./exact-numbers";
import { schema, t } from "@colyseus/schema";

export const ChatEntry = schema({
  seq: t.number(),
  at: t.number(),
  from: t.string(),
  name: t.string(),
  /** The powers it is addressed to; absent for a public message. */
  to: t.array("string").optional(),
  text: t.string(),
  turn: t.number(),
  phase: t.string(),
  /** Written during a lesson's practice turn; not given otherwise. */
  practice: t.boolean(),
}, "Chat");
