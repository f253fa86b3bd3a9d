/** Events in words, as a player reads them in a turn report. */
import type { GameEvent } from "./events";
import type { FactionId, PowerId } from "./ids";
import type { Scenario } from "./scenario/types";

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function describeEvent(event: GameEvent, scenario: Scenario): string {
  const power = (p: PowerId | null) => (p ? scenario.powers[p].name : "a country without a seat");
  const faction = (f: FactionId) => scenario.factions[f].name;
  const zone = (z: string) => scenario.zones.find((x) => x.id === z)?.name ?? z;
  const country = (c: string | null) => (c ? (scenario.countries.find((x) => x.id === c)?.name ?? c) : "international airspace");
  switch (event.kind) {
    case "phase":
      return `Turn ${event.turn}: ${event.phase}.`;
    case "card":
      return `${event.injected ? "Inject" : "News"}: ${event.headline}. ${event.text}`.trim();
    case "proposal":
      return event.action === "proposed" || event.action === "countered"
        ? `${power(event.by)} ${event.action === "countered" ? "countered with" : "proposed"} ${event.proposalId} to ${list(event.parties.filter((p) => p !== event.by).map(power))}.`
        : `${power(event.by)} ${event.action} proposal ${event.proposalId}.`;
    case "treaty":
      return `Treaty ${event.treatyId} (${event.term.kind} between ${list(event.parties.map(power))}) is ${event.status}${event.by ? ` by ${power(event.by)}` : ""}.`;
    case "ordersIn":
      return `${power(event.power)} has sent its orders.`;
    case "resupply":
      return `${event.asset} resupplied with ${event.units} units.`;
    case "strikeFlown":
      return `${power(event.power)} struck ${zone(event.zone)} with ${event.units} ${event.weapon === "missile" ? "missiles" : "aircraft"} over ${Math.round(event.lengthKm)} km${event.inRange ? "" : " (beyond range)"}; it claims to have hit ${faction(event.claim)}.`;
    case "violation":
      return `${power(event.power)} flew through ${country(event.country)} without rights${event.detected ? " and was detected" : ""}${event.engaged ? "; air defences engaged" : ""}.`;
    case "interception":
      return `${event.by ? power(event.by) : country(event.country)} intercepted ${event.units} ${event.weapon === "missile" ? "missiles" : "aircraft"} of ${power(event.power)}${event.nfz ? " enforcing the no-fly zone" : ""}.`;
    case "impact": {
      const hits = Object.entries(event.hit).filter(([, n]) => (n ?? 0) > 0).map(([f, n]) => `${faction(f as FactionId)} −${n}`);
      const real = hits.length > 0 ? list(hits) : "nothing of note";
      return `Claimed ${faction(event.claim)}, hit ${real} in ${zone(event.zone)}; civilians harmed: ${event.civilians}k.`;
    }
    case "supportLanded":
      return `${power(event.power)} supported ${faction(event.faction)} in ${zone(event.zone)} (${event.points})${event.covert ? " covertly" : ""}.`;
    case "supportDetected":
      return `${power(event.by)} detected covert support by ${power(event.power)} to ${faction(event.faction)} in ${zone(event.zone)}.`;
    case "pledgeBroken":
      return `${power(event.power)} broke its pledge (treaty ${event.treatyId}).`;
    case "nfzStatus":
      return `No-fly zone ${event.treatyId} is ${event.inForce ? "in force" : "not in force"} (${event.pledged} of ${event.needed} patrol units).`;
    case "fighting":
      return `Fighting in ${zone(event.zone)}${event.control !== event.previous ? `: ${event.control ? faction(event.control) : "nobody"} now controls it` : ""}.`;
    case "track":
      return `${power(event.power)} ${event.track} ${event.delta > 0 ? "+" : ""}${event.delta} → ${event.value} (${event.reason}).`;
    case "influence":
      return `${power(event.power)} influence in ${country(event.country)} ${event.delta > 0 ? "+" : ""}${event.delta} → ${event.value} (${event.reason}).`;
    case "escalation":
      return `Escalation ${event.delta > 0 ? "+" : ""}${event.delta} → ${event.value} (${event.reason}).`;
    case "matchEnded":
      return event.reason === "openWar" ? "Open war: the match ends, a loss for all." : `The match has ended (${event.reason}).`;
  }
}
