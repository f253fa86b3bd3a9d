/** The facilitator's roster as data: who is on which team, and where the next student should go. */
import { powerIds } from "../../../shared/scenario/ids-of";
import type { PowerId } from "../../../shared/ids";

export type { Roster, RosterEntry } from "../../../shared/roster";
import type { Roster } from "../../../shared/roster";

/** The seat with the fewest students among those a student may take (not kept for a bot). */
/** seats: the match's powers in seat order (ties go to the first). */
export function leastFilled(seats: readonly PowerId[], roster: Pick<Roster, "players">, reserved: ReadonlySet<PowerId>): PowerId | null {
  let best: PowerId | null = null;
  let fewest = Infinity;
  for (const p of seats) {
    if (reserved.has(p)) continue;
    const n = roster.players.filter((x) => x.power === p).length;
    if (n < fewest) {
      fewest = n;
      best = p;
    }
  }
  return best;
}

/** Spreads waiting students over the seats, fewest students first, one after the other. */
export function planAssignments(seats: readonly PowerId[], roster: Roster, reserved: ReadonlySet<PowerId>): { id: string; power: PowerId }[] {
  const players = [...roster.players];
  const plan: { id: string; power: PowerId }[] = [];
  for (const w of roster.waiting) {
    const power = leastFilled(seats, { players }, reserved);
    if (!power) break;
    plan.push({ id: w.id, power });
    players.push({ ...w, power });
  }
  return plan;
}
