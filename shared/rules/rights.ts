/** Who may fly where, and from where, under the treaties in force. */
import type { CountryId, PowerId, WeaponKind } from "../ids";
import type { RightsStatus } from "../geo/plan-route";
import { countryOf } from "../scenario";
import type { MatchState } from "../state";

/** What rights depend on: the scenario and the treaties (a seat's view has both). */
export type TreatyContext = Pick<MatchState, "scenarioId" | "treaties">;
import type { Treaty, TreatyStatus } from "../terms";

/** At order time agreed treaties count (they start before strikes fly); during resolution only active ones. */
export type TreatyMoment = "orders" | "resolution";

function inForce(treaty: Treaty, moment: TreatyMoment): boolean {
  const counted: TreatyStatus[] = moment === "orders" ? ["active", "agreed"] : ["active"];
  return counted.includes(treaty.status);
}

export function ownerOf(state: TreatyContext, country: CountryId): PowerId | null {
  return countryOf(state.scenarioId, country)?.owner ?? null;
}

export function holdsOverflight(state: TreatyContext, grantor: PowerId, grantee: PowerId, weapon: WeaponKind, moment: TreatyMoment): boolean {
  const scope = weapon === "missile" ? "missiles" : "aircraft";
  return state.treaties.some(
    (t) => inForce(t, moment) && t.term.kind === "overflight" && t.term.grantor === grantor && t.term.grantee === grantee && (t.term.scope === "both" || t.term.scope === scope),
  );
}

export function rightsFor(state: TreatyContext, flyer: PowerId, weapon: WeaponKind, moment: TreatyMoment): (country: CountryId) => RightsStatus {
  const known = new Map<CountryId, RightsStatus>();
  return (country) => {
    let status = known.get(country);
    if (status) return status;
    const owner = ownerOf(state, country);
    if (owner === flyer) status = "own";
    else if (owner && holdsOverflight(state, owner, flyer, weapon, moment)) status = "granted";
    // A host that lets a power fly from its bases lets it fly through its airspace too.
    else if (owner && holdsBasing(state, owner, flyer, moment)) status = "granted";
    else status = "none";
    known.set(country, status);
    return status;
  };
}

export function holdsBasing(state: TreatyContext, host: PowerId, guest: PowerId, moment: TreatyMoment): boolean {
  return state.treaties.some((t) => inForce(t, moment) && t.term.kind === "basing" && t.term.host === host && t.term.guest === guest);
}

/** The power whose consent an asset needs to fly from where it stands, or null. */
export function basingHost(state: TreatyContext, assetHostCountry: CountryId | null, owner: PowerId): PowerId | null {
  if (!assetHostCountry) return null;
  const host = ownerOf(state, assetHostCountry);
  return host && host !== owner ? host : null;
}

export function treatiesInForce(state: TreatyContext, moment: TreatyMoment): Treaty[] {
  return state.treaties.filter((t) => inForce(t, moment));
}
