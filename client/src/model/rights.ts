/**
 * Rights a seat holds, read from its MatchView (the rules' `rightsFor` wants a MatchState).
 * Mirrors shared/rules/rights.ts at order time: treaties "agreed" this turn or "active" count.
 * A candidate for a small pure helper in shared/ (rightsFromTreaties(scenario, treaties, ...)).
 */
import type { RightsStatus } from "../../../shared/geo/plan-route";
import type { CountryId, PowerId, WeaponKind } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import type { Treaty } from "../../../shared/terms";

const IN_FORCE_AT_ORDERS: readonly Treaty["status"][] = ["agreed", "active"];

export function inForceAtOrders(treaty: Treaty): boolean {
  return IN_FORCE_AT_ORDERS.includes(treaty.status);
}

export function ownerOfCountry(scenario: Scenario, country: CountryId): PowerId | null {
  return scenario.countries.find((c) => c.id === country)?.owner ?? null;
}

export function holdsOverflight(treaties: readonly Treaty[], grantor: PowerId, grantee: PowerId, weapon: WeaponKind): boolean {
  const scope = weapon === "missile" ? "missiles" : "aircraft";
  return treaties.some(
    (t) => inForceAtOrders(t) && t.term.kind === "overflight" && t.term.grantor === grantor && t.term.grantee === grantee && (t.term.scope === "both" || t.term.scope === scope),
  );
}

export function holdsBasing(treaties: readonly Treaty[], host: PowerId, guest: PowerId): boolean {
  return treaties.some((t) => inForceAtOrders(t) && t.term.kind === "basing" && t.term.host === host && t.term.guest === guest);
}

/** The rights callback planRoute wants, for `flyer` flying `weapon`, from the treaties a view shows. */
export function rightsFromTreaties(scenario: Scenario, treaties: readonly Treaty[], flyer: PowerId, weapon: WeaponKind): (country: CountryId) => RightsStatus {
  return (country) => {
    const owner = ownerOfCountry(scenario, country);
    if (owner === flyer) return "own";
    if (owner && holdsOverflight(treaties, owner, flyer, weapon)) return "granted";
    return "none";
  };
}

/** The power whose basing consent an asset needs, or null; and whether the treaties give it. */
export function basingNeed(scenario: Scenario, treaties: readonly Treaty[], assetId: string): { host: PowerId; held: boolean } | null {
  const asset = scenario.assets.find((a) => a.id === assetId);
  if (!asset || !asset.hostCountry) return null;
  const host = ownerOfCountry(scenario, asset.hostCountry);
  if (!host || host === asset.owner) return null;
  return { host, held: holdsBasing(treaties, host, asset.owner) };
}
