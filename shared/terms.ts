/** The terms a proposal bundles, and the treaties they become once every party accepts. */
import type { FactionId, PowerId, ZoneId } from "./ids";

export const OVERFLIGHT_SCOPES = ["missiles", "aircraft", "both"] as const;
export type OverflightScope = (typeof OVERFLIGHT_SCOPES)[number];

export type Term =
  /** Grantor lets grantee fly through its airspace. */
  | { kind: "overflight"; grantor: PowerId; grantee: PowerId; scope: OverflightScope; turns: number }
  /** A no-fly zone over zones; sponsors pledge patrol units; exempt powers may fly in it. */
  | { kind: "nfz"; zones: ZoneId[]; pledges: Partial<Record<PowerId, number>>; exempt: PowerId[]; turns: number }
  /** A pledge to support, or to stop supporting, a faction in zones. */
  | { kind: "support"; pledger: PowerId; faction: FactionId; zones: ZoneId[]; stance: "support" | "stop"; turns: number }
  /** Host lets guest fly from bases on its soil. */
  | { kind: "basing"; host: PowerId; guest: PowerId; turns: number }
  /** An intelligence cell: members share targeting intelligence. */
  | { kind: "intel"; members: PowerId[]; turns: number };

export type TermKind = Term["kind"];

/** expired: still open when its turn ended. */
export type ProposalStatus = "open" | "accepted" | "rejected" | "withdrawn" | "countered" | "expired";

export interface Proposal {
  id: string;
  from: PowerId;
  /** Every power that must accept, the proposer included. */
  parties: PowerId[];
  terms: Term[];
  note: string;
  accepted: PowerId[];
  status: ProposalStatus;
  turn: number;
  /** The proposal this one counters, if any. */
  counterOf: string | null;
}

/** agreed: accepted this turn, in force from this turn's resolution. */
export type TreatyStatus = "agreed" | "active" | "expired" | "revoked" | "broken";

export interface Treaty {
  id: string;
  proposalId: string | null;
  parties: PowerId[];
  term: Term;
  status: TreatyStatus;
  /** Turn it was agreed. */
  agreedTurn: number;
  /** Last turn it is in force (inclusive). */
  untilTurn: number;
  endedTurn: number | null;
  endedBy: PowerId | null;
}

/** The powers a term binds, each of whom must be a party to the proposal. */
export function termParties(term: Term): PowerId[] {
  switch (term.kind) {
    case "overflight":
      return [term.grantor, term.grantee];
    case "nfz":
      // A sponsor pledges at least one patrol unit: a zero pledge binds nobody.
      return (Object.keys(term.pledges) as PowerId[]).filter((p) => (term.pledges[p] ?? 0) > 0);
    case "support":
      return [term.pledger];
    case "basing":
      return [term.host, term.guest];
    case "intel":
      return [...term.members];
  }
}
