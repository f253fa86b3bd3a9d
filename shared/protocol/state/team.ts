/** A team's shared orders draft and readiness (shared/team-draft.ts TeamView). */
import "./exact-numbers";
import { schema, t } from "@colyseus/schema";
import { OrdersEntry } from "./orders";

export const DraftChangeEntry = schema({ by: t.string(), at: t.number(), what: t.string() }, "DraftChange");
export const DraftPartEntry = schema({ name: t.string(), edits: t.number() }, "DraftPart");
export const DraftSentEntry = schema({ version: t.number(), by: t.string(), at: t.number() }, "DraftSent");

export const DraftEntry = schema({
  turn: t.number(),
  version: t.number(),
  orders: t.ref(OrdersEntry).optional(),
  /** Strike id → who added or last changed it. */
  strikeBy: t.map("string"),
  changes: t.array(DraftChangeEntry),
  /** Member id → their part. */
  parts: t.map(DraftPartEntry),
  /** Absent until the team's orders are sent this turn. */
  sent: t.ref(DraftSentEntry).optional(),
}, "Draft");

export const TeamEntry = schema({
  power: t.string(),
  draft: t.ref(DraftEntry).optional(),
  rule: t.string(),
  /** Absent unless the rule is "captain" and one is named. */
  captain: t.string(),
  ready: t.array("string"),
  connected: t.number(),
}, "Team");
