/**
 * What Ready does now, in one line: the phase ends early once every human seat is ready (bots
 * always are), a team's seat by its team's rule; and who is still reading.
 */
import { at } from "../../../shared/at";
import { powerIds } from "../../../shared/scenario/ids-of";
import type { PowerId } from "../../../shared/ids";
import { ui } from "../lang/ui";

export interface ReadyLineInput {
  me: PowerId;
  /** The phase's name in lower case ("diplomacy"). */
  phase: string;
  ready: Record<PowerId, boolean>;
  /** Players connected per seat, and whether a bot plays it. */
  seats: Record<PowerId, { bot: boolean; connected: number }>;
  names: Record<PowerId, string>;
}

export function readyLine({ me, phase, ready, seats, names }: ReadyLineInput): string {
  // The seats record is in seat order.
  const humans = Object.keys(seats).filter((p) => !at(seats, p).bot && at(seats, p).connected > 0);
  const others = humans.filter((p) => p !== me);
  const waiting = others.filter((p) => !ready[p]).map((p) => names[p] ?? p);
  const teammates = Math.max(0, at(seats, me).connected - 1);
  const w = ui().ready;
  if (ready[me] === true) return waiting.length > 0 ? w.waitingFor(phase, waiting) : w.movingOn;
  if (others.length === 0 && teammates === 0) return w.alone(phase);
  if (others.length === 0) return w.team(phase);
  return w.all(phase, humans.length, humans.length - waiting.length - 1);
}
