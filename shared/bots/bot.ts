/**
 * One bot decision: a seat played by the rules' own logic. A bot sees only its seat's view (the same
 * MatchView a human client gets) and answers with the commands a human would send, stamped with
 * the view's turn and phase, each valid for that phase. Pure and deterministic: its randomness
 * comes from the seeded generator, seeded from what the view shows.
 *
 * Call it whenever the seat's view changes (new phase, a proposal arrives); it returns nothing
 * when it has nothing to add.
 */
import { at } from "../at";
import type { Command } from "../commands";
import type { PowerId } from "../ids";
import type { MatchView } from "../view";
import type { BotLevel } from "./context";
import { makeContext } from "./context";
import { diplomacyCommands } from "./diplomacy";
import { ordersCommands } from "./orders";

/** The commands this bot sends now, in order, each valid for the view's current phase. */
export function botCommands(view: MatchView, power: PowerId, level: BotLevel): Command[] {
  if (view.status === "ended") return [];
  const ctx = makeContext(view, power, level);
  switch (view.phase) {
    case "briefing":
    case "report":
      return at(view.powers, power).ready ? [] : [{ type: "ready", ...ctx.stamp, ready: true }];
    case "diplomacy":
      return diplomacyCommands(ctx);
    case "orders":
      return ordersCommands(ctx);
    case "resolution":
      return [];
  }
}
