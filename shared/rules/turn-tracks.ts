import type { MatchState } from "../state";

// TODO(issue 3): not yet written.
export function settleTurnTracks(_state: MatchState): void {}
