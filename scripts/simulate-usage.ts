/**
 * Per-mechanic usage for the balance simulator: every treaty term, revocations and broken
 * pledges, overt and covert support and its detection, every posture, every platform, no-fly-zone
 * patrols, violations of each power's airspace, interceptions, shoot-downs and false claims.
 * Orders are read from the bots' commands (the state keeps only the last turn's); the rest from
 * the log of the finished match.
 */
import { getScenario } from "../shared";
import { POSTURES } from "../shared/ids";
import type { MatchState } from "../shared";
import type { Orders } from "../shared/orders";
import type { Scenario } from "../shared/scenario/types";

/** Every mechanic the run's scenario offers, so that one never used still shows (at 0). */
export function usageKeys(scenario: Scenario): readonly string[] {
  return [
    ...["overflight", "nfz", "support", "basing", "intel"].map((k) => `treaty ${k}`),
    "treaty revoked",
    "pledge broken",
    "support overt",
    "support covert",
    "covert support detected",
    ...POSTURES.map((p) => `posture ${p}`),
    ...scenario.assets.map((a) => `platform ${a.id}`),
    "nfz patrols flown",
    "nfz in force",
    ...scenario.countries.filter((c) => c.owner).map((c) => `violation of ${c.owner}`),
    "violation detected",
    "interception",
    "shoot-down",
    "false claim",
  ];
}

function bump(usage: Record<string, number>, key: string, by = 1): void {
  usage[key] = (usage[key] ?? 0) + by;
}

/** Counts what a bot's orders command uses (postures, support, patrols). */
export function recordOrders(commands: readonly Record<string, unknown>[], usage: Record<string, number>): void {
  for (const c of commands) {
    if (c.type !== "orders") continue;
    const orders = c.orders as Orders;
    bump(usage, `posture ${orders.posture}`);
    for (const s of orders.support) bump(usage, s.covert ? "support covert" : "support overt");
    for (const p of orders.patrols) if (p.units > 0) bump(usage, "nfz patrols flown");
  }
}

/** Adds what the finished match's log shows to the counts taken from the orders. */
export function countUsage(state: MatchState, fromOrders: Record<string, number>): Record<string, number> {
  const usage: Record<string, number> = Object.fromEntries(usageKeys(getScenario(state.scenarioId)).map((k) => [k, 0]));
  for (const [k, v] of Object.entries(fromOrders)) bump(usage, k, v);
  const negotiated = new Set(state.treaties.filter((t) => t.proposalId !== null).map((t) => t.id));
  for (const e of state.log) {
    switch (e.kind) {
      case "treaty":
        if (e.status === "agreed" && negotiated.has(e.treatyId)) bump(usage, `treaty ${e.term.kind}`);
        if (e.status === "revoked") bump(usage, "treaty revoked");
        break;
      case "pledgeBroken":
        bump(usage, "pledge broken");
        break;
      case "supportDetected":
        bump(usage, "covert support detected");
        break;
      case "strikeFlown":
        bump(usage, `platform ${e.asset}`);
        break;
      case "nfzStatus":
        if (e.inForce) bump(usage, "nfz in force");
        break;
      case "violation":
        if (e.owner) bump(usage, `violation of ${e.owner}`);
        if (e.detected) bump(usage, "violation detected");
        break;
      case "interception":
        bump(usage, "interception");
        break;
      case "shootDown":
        bump(usage, "shoot-down");
        break;
      case "impact":
        if (e.falseClaim) bump(usage, "false claim");
        break;
    }
  }
  return usage;
}
