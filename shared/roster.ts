/** The facilitator's roster as the server sends it: who holds which seat, who waits to be assigned. */
import type { PowerId } from "./ids";

export interface RosterEntry {
  /** "m_…" for a seat holder, "c_…" for a connected student waiting to be assigned. */
  id: string;
  name: string;
  power: PowerId | null;
  connected: boolean;
}

export interface Roster {
  /** Seat holders, in the order they joined. */
  players: RosterEntry[];
  /** Connected students who asked to be assigned a power. */
  waiting: RosterEntry[];
  /** Other spectators (projectors, observers). */
  spectators: number;
  /** No new students may join. */
  locked?: boolean;
  /** Only the facilitator gives out powers. */
  assignOnly?: boolean;
  /** Students removed and kept out (their browsers). */
  removed?: number;
  /** How a team is ready ("any", "majority", "captain"), and each team's captain (member id). */
  readyRule?: "any" | "majority" | "captain";
  captains?: Partial<Record<PowerId, string>>;
}
