/** A turn played by the rules, for client tests: Iran grants Russia overflight, Russia strikes Raqqa. */
import { viewForSeat } from "../../shared";
import type { MatchState, MatchView } from "../../shared";
import { advanceTo, must, newMatch } from "../support/play";

export const ROUTE_WAYPOINTS: [number, number][] = [
  [52.0, 38.5],
  [44.6, 34.4],
];

/** Diplomacy of turn 1 with the overflight treaty agreed (Iran → Russia, missiles). */
export function withOverflight(): MatchState {
  let s = advanceTo(newMatch("client-tests"), "diplomacy");
  s = must(s, "russia", { type: "propose", parties: ["iran"], terms: [{ kind: "overflight", grantor: "iran", grantee: "russia", scope: "missiles", turns: 3 }], note: "" }).state;
  const id = s.proposals[s.proposals.length - 1]!.id;
  return must(s, "iran", { type: "accept", proposal: id }).state;
}

/** The report of turn 1 after Russia's Kalibr strike on Raqqa over Iran and Iraq. */
export function afterStrike(): { state: MatchState; russia: MatchView; iran: MatchView } {
  let s = advanceTo(withOverflight(), "orders");
  s = must(s, "russia", {
    type: "orders",
    orders: {
      strikes: [{ id: "s1", asset: "caspian-flotilla", zone: "raqqa", faction: "rebels", units: 26, waypoints: ROUTE_WAYPOINTS, claim: "isis" }],
      support: [],
      posture: "watch",
      patrols: [],
      revoke: [],
    },
  }).state;
  s = advanceTo(s, "report");
  return { state: s, russia: viewForSeat(s, "russia"), iran: viewForSeat(s, "iran") };
}
