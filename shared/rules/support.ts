import type { MatchState } from "../state";

// TODO(issue 3): not yet written.
export function landSupport(_state: MatchState): void {}
