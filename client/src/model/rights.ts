/**
 * Rights a seat holds, from its MatchView, by the rules' own functions (shared/rules/rights.ts).
 * Those read only the scenario id and the treaties, both of which a view has
 * (tests/client/route.test.ts checks the result against the real state for every country).
 * At order time treaties "agreed" this turn count as well as "active" ones.
 */
import type { RightsStatus } from "../../../shared/geo/plan-route";
import type { CountryId, PowerId, WeaponKind } from "../../../shared/ids";
import { basingHost, holdsBasing, rightsFor } from "../../../shared/rules/rights";
import type { TreatyContext } from "../../../shared/rules/rights";
import type { Scenario } from "../../../shared/scenario/types";
import type { Treaty } from "../../../shared/terms";

function treatyState(scenario: Scenario, treaties: readonly Treaty[]): TreatyContext {
  return { scenarioId: scenario.id, treaties: [...treaties] };
}

/** The rights callback planRoute wants, for `flyer` flying `weapon`, from the treaties a view shows. */
export function rightsFromTreaties(scenario: Scenario, treaties: readonly Treaty[], flyer: PowerId, weapon: WeaponKind): (country: CountryId) => RightsStatus {
  return rightsFor(treatyState(scenario, treaties), flyer, weapon, "orders");
}

/** The power whose basing consent an asset needs, and whether the treaties give it; null if none is needed. */
export function basingNeed(scenario: Scenario, treaties: readonly Treaty[], assetId: string): { host: PowerId; held: boolean } | null {
  const asset = scenario.assets.find((a) => a.id === assetId);
  if (!asset) return null;
  const state = treatyState(scenario, treaties);
  const host = basingHost(state, asset.hostCountry, asset.owner);
  return host ? { host, held: holdsBasing(state, host, asset.owner, "orders") } : null;
}
