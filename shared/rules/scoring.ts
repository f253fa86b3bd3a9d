import { POWERS } from "../ids";
import type { PowerId } from "../ids";
import type { MatchState } from "../state";

// TODO(issue 3): not yet written.
export function scoreMatch(_state: MatchState): { totals: Record<PowerId, number> } {
  return { totals: Object.fromEntries(POWERS.map((p) => [p, 0])) as Record<PowerId, number> };
}
