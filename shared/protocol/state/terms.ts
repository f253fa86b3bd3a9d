/**
 * Proposals and treaties, and the terms they carry. A term is one of five kinds, each its own
 * type extending Term (the wire names the subtype of each instance).
 */
import "./exact-numbers";
import { schema, t } from "@colyseus/schema";
import type { SchemaType } from "@colyseus/schema";
import { variants } from "./variants";

export const TermEntry = schema({
  kind: t.string(),
  turns: t.number(),
}, "Term");
export type TermEntry = SchemaType<typeof TermEntry>;

export const OverflightTerm = TermEntry.extend({ grantor: t.string(), grantee: t.string(), scope: t.string() }, "OverflightTerm");
export const NfzTerm = TermEntry.extend({ zones: t.array("string"), pledges: t.map("number"), exempt: t.array("string") }, "NfzTerm");
export const SupportTerm = TermEntry.extend({ pledger: t.string(), faction: t.string(), zones: t.array("string"), stance: t.string() }, "SupportTerm");
export const BasingTerm = TermEntry.extend({ host: t.string(), guest: t.string() }, "BasingTerm");
export const IntelTerm = TermEntry.extend({ members: t.array("string") }, "IntelTerm");
variants(TermEntry, { overflight: OverflightTerm, nfz: NfzTerm, support: SupportTerm, basing: BasingTerm, intel: IntelTerm });

export const ProposalEntry = schema({
  id: t.string(),
  from: t.string(),
  parties: t.array("string"),
  terms: t.array(TermEntry),
  note: t.string(),
  accepted: t.array("string"),
  status: t.string(),
  turn: t.number(),
  /** Absent when it counters nothing. */
  counterOf: t.string(),
}, "Proposal");
export type ProposalEntry = SchemaType<typeof ProposalEntry>;

export const TreatyEntry = schema({
  id: t.string(),
  /** Absent for a treaty that came from no proposal. */
  proposalId: t.string(),
  parties: t.array("string"),
  term: t.ref(TermEntry).optional(),
  status: t.string(),
  agreedTurn: t.number(),
  untilTurn: t.number(),
  /** Absent while in force. */
  endedTurn: t.number(),
  endedBy: t.string(),
}, "Treaty");
export type TreatyEntry = SchemaType<typeof TreatyEntry>;
