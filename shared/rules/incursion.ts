/**
 * What counts as a violation of an airspace: a route without rights over a country at least
 * minIncursionKm inside it, its passages through that country added up. The rules (strike-passage.ts)
 * and the client's route preview both ask here.
 */
import type { RoutePlan } from "../geo/plan-route";
import type { CountryId } from "../ids";
import type { AirDefenceRules } from "../scenario/types";

export interface Crossing {
  country: CountryId;
  granted: boolean;
  /** Km inside this airspace, all the route's passages through it together. */
  km: number;
}

/** Each country the route enters (not its own or international airspace), in route order, with its km inside. */
export function airspacesCrossed(route: RoutePlan): Crossing[] {
  const crossed: Crossing[] = [];
  for (const { country, rights, km } of route.airspaces) {
    if (country === null || rights === "own" || rights === "international") continue;
    const known = crossed.find((c) => c.country === country);
    if (known) known.km += km;
    else crossed.push({ country, granted: rights === "granted", km });
  }
  return crossed;
}

export function isViolation(crossing: Crossing, rules: Pick<AirDefenceRules, "minIncursionKm">): boolean {
  return !crossing.granted && crossing.km >= rules.minIncursionKm;
}

/** The countries the route would violate, in route order. */
export function violatedAirspaces(route: RoutePlan, rules: Pick<AirDefenceRules, "minIncursionKm">): Crossing[] {
  return airspacesCrossed(route).filter((c) => isViolation(c, rules));
}
