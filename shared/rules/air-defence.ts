import type { MatchState } from "../state";

// TODO(issue 3): not yet written.
export function applyPostures(_state: MatchState): void {}
export function updateNoFlyZones(_state: MatchState): void {}
