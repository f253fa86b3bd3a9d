/**
 * What Ready does now, in one line: the phase ends early once every human seat is ready (bots
 * always are), a team's seat by its team's rule; and who is still reading.
 */
import { POWERS } from "../../../shared/ids";
import type { PowerId } from "../../../shared/ids";
import { list } from "./format";

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
  const humans = POWERS.filter((p) => !seats[p].bot && seats[p].connected > 0);
  const others = humans.filter((p) => p !== me);
  const waiting = others.filter((p) => !ready[p]).map((p) => names[p]);
  const teammates = Math.max(0, seats[me].connected - 1);
  if (ready[me]) return waiting.length > 0 ? `You are ready. The ${phase} ends when ${list(waiting)} ${waiting.length === 1 ? "is" : "are"} ready too, or when the timer runs out.` : "You are ready: moving on.";
  if (others.length === 0 && teammates === 0) return `You are the only player here (bots play the other seats): press Ready to end the ${phase} now, or wait for the timer.`;
  if (others.length === 0) return `Press Ready when you are done: the ${phase} ends when your team is ready (by your teacher's rule), or when the timer runs out.`;
  const already = humans.length - waiting.length - 1;
  return `Press Ready when you are done: the ${phase} ends when all ${humans.length} powers played by people are ready (${already} already ${already === 1 ? "is" : "are"}), or when the timer runs out.`;
}
