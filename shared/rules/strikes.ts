import type { MatchState } from "../state";

// TODO(issue 3): not yet written.
export function flyStrikes(_state: MatchState): void {}
