/** A team draft's change in the screen's words (shared/draft-change.ts `decodeChange`); a record written in words before codes is shown as it is. */
import { decodeChange } from "../../../shared/draft-change";
import type { Scenario } from "../../../shared/scenario/types";
import { ui } from "../lang/ui";

export function changeText(what: string, scenario: Scenario): string {
  const w = ui().orders.teamChange;
  const change = decodeChange(what);
  if (!change) return what;
  switch (change.code) {
    case "strikeAdded":
    case "strikeChanged":
    case "strikeRemoved":
      return w[change.code](change.strike);
    case "support":
      return w.support(change.points, scenario.factions[change.faction]?.name ?? change.faction, scenario.zones.find((z) => z.id === change.zone)?.name ?? change.zone);
    case "posture":
      return w.posture(w.postures[change.posture] ?? change.posture);
    case "patrol":
      return w.patrol(change.treaty, change.units);
    case "revoke":
    case "keep":
      return w[change.code](change.treaty);
    case "supportRemoved":
    case "replaced":
      return w[change.code];
  }
}
