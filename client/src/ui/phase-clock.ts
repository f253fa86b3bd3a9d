/** The phase clock shown in every top bar: time left, urgent under 30 s, paused, mirrored for tests. */
import { formatClock } from "../model/format";
import type { PublicState } from "../net/public-state";
import { timeLeft } from "../net/public-state";
import { mirror } from "../observe";

export interface ClockWords {
  ended: string;
  /** What to show when paused with no time counted (defaults to a dash). */
  paused?: string;
}

export function showPhaseClock(timer: HTMLElement, pub: PublicState, serverOffsetMs: number, words: ClockWords): void {
  const left = timeLeft(pub, Date.now(), serverOffsetMs);
  const idle = pub.paused && words.paused ? words.paused : "–:––";
  const text = pub.status === "ended" ? words.ended : left === null ? idle : formatClock(left);
  if (timer.textContent !== text) timer.textContent = text;
  timer.classList.toggle("urgent", left !== null && left < 30_000 && !pub.paused);
  timer.classList.toggle("paused", pub.paused);
  mirror("time-left", left === null ? null : Math.round(left / 1000));
}
