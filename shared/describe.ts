/** Events in words, as a player reads them in a turn report. */
import type { GameEvent } from "./events";
import { FACTIONS } from "./ids";
import type { FactionId, PowerId, WeaponKind } from "./ids";
import type { Scenario } from "./scenario/types";

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

export function describeEvent(event: GameEvent, scenario: Scenario): string {
  const power = (p: PowerId | null) => (p ? scenario.powers[p].name : "a country without a seat");
  const powers = (p: PowerId) => possessive(scenario.powers[p].name);
  const faction = (f: FactionId) => scenario.factions[f].name;
  const zone = (z: string) => scenario.zones.find((x) => x.id === z)?.name ?? z;
  const country = (c: string | null) => (c ? (scenario.countries.find((x) => x.id === c)?.name ?? c) : "international airspace");
  const asset = (a: string) => scenario.assets.find((x) => x.id === a)?.name ?? a;
  const units = (n: number, kind: WeaponKind) => `${n} ${kind === "missile" ? (n === 1 ? "missile" : "missiles") : "aircraft"}`;
  switch (event.kind) {
    case "phase":
      return `Turn ${event.turn}: ${event.phase}.`;
    case "card":
      return `${event.injected ? "Inject" : "News"}: ${event.headline}. ${event.text}`.trim();
    case "proposal":
      return event.action === "proposed" || event.action === "countered"
        ? `${power(event.by)} ${event.action === "countered" ? "countered with" : "proposed"} ${event.proposalId} to ${list(event.parties.filter((p) => p !== event.by).map(power))}.`
        : `${power(event.by)} ${event.action} proposal ${event.proposalId}${event.note ? `: “${event.note}”` : "."}`;
    case "treaty":
      return `Treaty ${event.treatyId} (${event.term.kind} between ${list(event.parties.map(power))}) is ${event.status}${event.by ? ` by ${power(event.by)}` : ""}.`;
    case "ordersIn":
      return `${power(event.power)} has sent its orders.`;
    case "resupply":
      return `${event.asset} resupplied with ${event.units} units.`;
    case "claim":
      return `${power(event.power)} announces a strike (${event.weapon === "missile" ? "missiles" : "aircraft"}) on ${faction(event.faction)} in ${zone(event.zone)}.`;
    case "strikeAborted": {
      const why = { basing: "basing consent for the platform has ended", stock: "nothing was left to launch", range: "the target is out of range" }[event.reason];
      return `Strike ${event.strikeId} on ${zone(event.zone)} did not launch from ${asset(event.asset)}: ${why}.`;
    }
    case "strikeFlown": {
      const consent = event.granted.length > 0 ? ` over ${list(event.granted.map(country))} with consent` : "";
      const without = event.violated.length > 0 ? `${consent ? "," : ""} over ${list(event.violated.map(country))} without rights` : "";
      const seen = event.detectedOver.length > 0 ? ` (detected over ${list(event.detectedOver.map(country))})` : "";
      return `${power(event.power)} flew ${units(event.units, event.weapon)} from ${asset(event.asset)} to ${zone(event.zone)}, ${thousands(Math.round(event.lengthKm))} km${consent}${without}${seen}${event.inRange ? "" : " (beyond range)"}.`;
    }
    case "violation": {
      const flight = `${powers(event.power)} ${event.weapon === "missile" ? "missiles" : "aircraft"}`;
      if (!event.detected) return `${flight} crossed ${country(event.country)} without rights, undetected (strike ${event.strikeId}).`;
      const engaged = event.engaged ? "; its air defences engaged" : "";
      return `${event.owner ? power(event.owner) : country(event.country)} protests: ${flight} crossed its airspace without rights${engaged}.`;
    }
    case "interception": {
      const shooters = event.source === "nfz" ? `No-fly-zone patrols${event.by.length > 0 ? ` of ${list(event.by.map(power))}` : ""}` : event.by.length > 0 ? list(event.by.map(power)) : country(event.country);
      const whose = event.strikeId === null ? `${powers(event.power)} no-fly-zone patrols (${event.treatyId ?? ""})` : `${powers(event.power)} strike ${event.strikeId}`;
      return `${shooters} brought down ${units(event.units, event.weapon)} of ${whose} over ${country(event.country)}.`;
    }
    case "shootDown":
      return `Shoot-down: ${event.by.length > 0 ? list(event.by.map(power)) : country(event.country)} shot down ${units(event.units, "aircraft")} of ${power(event.power)} over ${country(event.country)}.`;
    case "nfzContested":
      return `${powers(event.power)} strike ${event.strikeId} flew into no-fly zone ${event.treatyId} over ${zone(event.zone)}, contesting it.`;
    case "impact": {
      const hits = FACTIONS.filter((f) => (event.hit[f] ?? 0) > 0).map((f) => `${faction(f)} (−${event.hit[f]})`);
      const real = hits.length > 0 ? list(hits) : "nothing";
      const exposed = event.falseClaim ? ": the claim is false" : "";
      return `${powers(event.power)} strike on ${zone(event.zone)}: claimed ${faction(event.claim)}, hit ${real}${exposed}. ${event.landed} of ${event.launched} landed; civilians harmed: ${event.civilians}k.`;
    }
    case "supportLanded":
      return `${power(event.power)} ${event.covert ? "covertly supported" : "supported"} ${faction(event.faction)} in ${zone(event.zone)} with ${event.points} ${event.points === 1 ? "point" : "points"}.`;
    case "supportDetected":
      return `${power(event.by)} detected covert support by ${power(event.power)} to ${faction(event.faction)} in ${zone(event.zone)} (${event.points} ${event.points === 1 ? "point" : "points"}${event.landedTurn !== event.turn ? `, given in turn ${event.landedTurn}` : ""}).`;
    case "pledgeBroken":
      return event.faction && event.stance && event.zones
        ? `${power(event.power)} broke its pledge to ${event.stance === "stop" ? "stop supporting" : "support"} ${faction(event.faction)} in ${list(event.zones.map(zone))} (treaty ${event.treatyId}).`
        : `${power(event.power)} broke its pledge (treaty ${event.treatyId}).`;
    case "nfzStatus": {
      const lost = event.shotDown > 0 ? `, ${event.shotDown} shot down` : "";
      return `No-fly zone ${event.treatyId} over ${list(event.zones.map(zone))} is ${event.inForce ? "in force" : "not in force"}: ${event.flown} patrol ${event.flown === 1 ? "unit" : "units"} flew${lost} (${event.needed} needed, ${event.pledged} pledged).`;
    }
    case "fighting": {
      const losses = Object.entries(event.losses).filter(([, n]) => (n ?? 0) > 0).map(([f, n]) => `${faction(f as FactionId)} −${n}`);
      const fought = losses.length > 0 ? `: ${list(losses)}` : "";
      const control = event.control === event.previous ? "" : `; it is now held by ${event.control ? faction(event.control) : "nobody"}`;
      return `Fighting in ${zone(event.zone)}${fought}${control}.`;
    }
    case "track":
      return `${power(event.power)} ${event.track} ${event.delta > 0 ? "+" : ""}${event.delta} → ${event.value} (${event.reason}).`;
    case "influence":
      return `${power(event.power)} influence in ${country(event.country)} ${event.delta > 0 ? "+" : ""}${event.delta} → ${event.value} (${event.reason}).`;
    case "escalation":
      return `Escalation ${event.delta > 0 ? "+" : ""}${event.delta} → ${event.value} (${event.reason}).`;
    case "matchEnded":
      return event.reason === "openWar" ? "Open war: the match ends; every power keeps half its points, the one that drove the escalation none." : `The match has ended (${event.reason}).`;
  }
}

/** 2590 → "2,590", as the client writes distances. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
