/** English (en-GB): the words of every event, cause and error. Another language is one more file like this. */
import { FACTIONS } from "../ids";
import type { FactionId } from "../ids";
import type { Messages } from "./messages";

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

export const en: Messages = {
  locale: "en-GB",
  words: {
    noSeat: "a country without a seat",
    internationalAirspace: "international airspace",
    unknown: "unknown",
    inject: "the facilitator's inject",
    possessive: (name) => (name.endsWith("s") ? `${name}'` : `${name}'s`),
    units: (n, kind, f) => (kind === "missile" ? f.plural(n, { one: "# missile", other: "# missiles" }) : `${f.number(n)} aircraft`),
  },

  causes: {
    card: (p, { n }) => n.card(p.card),
    "strike/launched": (p, { n }) => `launched ${n.units(p.units ?? 0, p.weapon)} from ${n.asset(p.asset)}`,
    "strike/consent_bonus": (p, { n }) => `struck ${n.zone(p.zone)} through partners' airspace with their consent`,
    "strike/landed": (p, { n, f }) => `${f.number(p.units ?? 0)} of ${f.plural(p.launched ?? 0, { one: "# unit", other: "# units" })} landed in ${n.zone(p.zone)}`,
    "strike/civilians": (p, { n }) => `civilians harmed in ${n.zone(p.zone)}`,
    "strike/false_claim": (p, { n }) => `its claim to have struck ${n.faction(p.faction)} in ${n.zone(p.zone)} was exposed as false`,
    "airspace/violated": (p, { n }) => `${p.power ? `${n.power(p.power)} ` : ""}violated the airspace of ${n.country(p.country)}`,
    "airspace/violated_engaged": (p, { n }) => `${p.power ? `${n.power(p.power)} ` : ""}violated the airspace of ${n.country(p.country)} and was engaged`,
    "interception/lost": (p, { n }) => `${n.units(p.units ?? 0, p.weapon)} brought down ${p.nfz ? "by no-fly-zone patrols " : ""}over ${n.country(p.country)}`,
    "interception/shot_down": (p, { n }) => `${n.power(p.power)} shot down ${n.units(p.units ?? 0, "aircraft")}${p.of ? ` of ${n.power(p.of)}` : ""} ${p.nfz ? "enforcing a no-fly zone " : ""}over ${n.country(p.country)}`,
    "nfz/entered": (p, { n }) => `${n.power(p.power)} flew into no-fly zone ${p.treaty ?? ""} over ${n.zone(p.zone)}`,
    "nfz/fired_on_patrols": (p, { n }) => `${n.power(p.power)} fired on the patrols of no-fly zone ${p.treaty ?? ""}`,
    "nfz/patrols_short": (p, { f }) => `flew ${f.number(p.units ?? 0)} of ${f.number(p.launched ?? 0)} pledged patrol ${plural(p.launched ?? 0, "unit", "units")} (no-fly zone ${p.treaty ?? ""})`,
    "support/overt": (p, { n }) => (p.faction ? `overt support to ${n.faction(p.faction)}` : "overt proxy support"),
    "support/covert": () => "covert proxy support",
    quagmire: () => "quagmire",
    quiet_turn: () => "a quiet turn: no shoot-down",
    "treaty/revoked_early": (p) => `revoked treaty ${p.treaty ?? ""} early`,
    "treaty/overflight_granted": (p, { n }) => `overflight rights from ${n.power(p.power)}`,
    "pledge/broken": (p) => `broke its pledge in treaty ${p.treaty ?? ""}`,
  },

  events: {
    phase: (e) => `Turn ${e.turn}: ${e.phase}.`,
    card: (e) => `${e.injected ? "Inject" : "News"}: ${e.headline}. ${e.text}`.trim(),
    proposal: (e, { n, f }) =>
      e.action === "proposed" || e.action === "countered"
        ? `${n.power(e.by)} ${e.action === "countered" ? "countered with" : "proposed"} ${e.proposalId} to ${f.list(e.parties.filter((p) => p !== e.by).map(n.power))}.`
        : `${n.power(e.by)} ${e.action} proposal ${e.proposalId}${e.note ? `: “${e.note}”` : "."}`,
    treaty: (e, { n, f }) => `Treaty ${e.treatyId} (${e.term.kind} between ${f.list(e.parties.map(n.power))}) is ${e.status}${e.by ? ` by ${n.power(e.by)}` : ""}.`,
    ordersIn: (e, { n }) => `${n.power(e.power)} has sent its orders.`,
    resupply: (e, { f }) => `${e.asset} resupplied with ${f.plural(e.units, { one: "# unit", other: "# units" })}.`,
    claim: (e, { n }) => `${n.power(e.power)} announces a strike (${e.weapon === "missile" ? "missiles" : "aircraft"}) on ${n.faction(e.faction)} in ${n.zone(e.zone)}.`,
    strikeAborted: (e, { n }) => {
      const why = { basing: "basing consent for the platform has ended", stock: "nothing was left to launch", range: "the target is out of range" }[e.reason];
      return `Strike ${e.strikeId} on ${n.zone(e.zone)} did not launch from ${n.asset(e.asset)}: ${why}.`;
    },
    strikeFlown: (e, { n, f }) => {
      const consent = e.granted.length > 0 ? ` over ${f.list(e.granted.map(n.country))} with consent` : "";
      const without = e.violated.length > 0 ? `${consent ? "," : ""} over ${f.list(e.violated.map(n.country))} without rights` : "";
      const seen = e.detectedOver.length > 0 ? ` (detected over ${f.list(e.detectedOver.map(n.country))})` : "";
      return `${n.power(e.power)} flew ${n.units(e.units, e.weapon)} from ${n.asset(e.asset)} to ${n.zone(e.zone)}, ${f.number(Math.round(e.lengthKm))} km${consent}${without}${seen}${e.inRange ? "" : " (beyond range)"}.`;
    },
    violation: (e, { n }) => {
      const flight = `${n.powers(e.power)} ${e.weapon === "missile" ? "missiles" : "aircraft"}`;
      if (!e.detected) return `${flight} crossed ${n.country(e.country)} without rights, undetected (strike ${e.strikeId}).`;
      const engaged = e.engaged ? "; its air defences engaged" : "";
      return `${e.owner ? n.power(e.owner) : n.country(e.country)} protests: ${flight} crossed its airspace without rights${engaged}.`;
    },
    interception: (e, { n, f }) => {
      const shooters = e.source === "nfz" ? `No-fly-zone patrols${e.by.length > 0 ? ` of ${f.list(e.by.map(n.power))}` : ""}` : e.by.length > 0 ? f.list(e.by.map(n.power)) : n.country(e.country);
      const whose = e.strikeId === null ? `${n.powers(e.power)} no-fly-zone patrols (${e.treatyId ?? ""})` : `${n.powers(e.power)} strike ${e.strikeId}`;
      return `${shooters} brought down ${n.units(e.units, e.weapon)} of ${whose} over ${n.country(e.country)}.`;
    },
    shootDown: (e, { n, f }) => `Shoot-down: ${e.by.length > 0 ? f.list(e.by.map(n.power)) : n.country(e.country)} shot down ${n.units(e.units, "aircraft")} of ${n.power(e.power)} over ${n.country(e.country)}.`,
    nfzContested: (e, { n }) => `${n.powers(e.power)} strike ${e.strikeId} flew into no-fly zone ${e.treatyId} over ${n.zone(e.zone)}, contesting it.`,
    impact: (e, { n, f }) => {
      const hits = FACTIONS.filter((x) => (e.hit[x] ?? 0) > 0).map((x) => `${n.faction(x)} (−${f.number(e.hit[x]!)})`);
      const real = hits.length > 0 ? f.list(hits) : "nothing";
      const exposed = e.falseClaim ? ": the claim is false" : "";
      return `${n.powers(e.power)} strike on ${n.zone(e.zone)}: claimed ${n.faction(e.claim)}, hit ${real}${exposed}. ${f.number(e.landed)} of ${f.number(e.launched)} landed; civilians harmed: ${f.number(e.civilians)}k.`;
    },
    supportLanded: (e, { n, f }) => `${n.power(e.power)} ${e.covert ? "covertly supported" : "supported"} ${n.faction(e.faction)} in ${n.zone(e.zone)} with ${f.plural(e.points, { one: "# point", other: "# points" })}.`,
    supportDetected: (e, { n, f }) =>
      `${n.power(e.by)} detected covert support by ${n.power(e.power)} to ${n.faction(e.faction)} in ${n.zone(e.zone)} (${f.plural(e.points, { one: "# point", other: "# points" })}${e.landedTurn !== e.turn ? `, given in turn ${e.landedTurn}` : ""}).`,
    pledgeBroken: (e, { n, f }) =>
      e.faction && e.stance && e.zones
        ? `${n.power(e.power)} broke its pledge to ${e.stance === "stop" ? "stop supporting" : "support"} ${n.faction(e.faction)} in ${f.list(e.zones.map(n.zone))} (treaty ${e.treatyId}).`
        : `${n.power(e.power)} broke its pledge (treaty ${e.treatyId}).`,
    nfzStatus: (e, { n, f }) => {
      const lost = e.shotDown > 0 ? `, ${f.number(e.shotDown)} shot down` : "";
      return `No-fly zone ${e.treatyId} over ${f.list(e.zones.map(n.zone))} is ${e.inForce ? "in force" : "not in force"}: ${f.plural(e.flown, { one: "# patrol unit", other: "# patrol units" })} flew${lost} (${f.number(e.needed)} needed, ${f.number(e.pledged)} pledged).`;
    },
    fighting: (e, { n, f }) => {
      const losses = Object.entries(e.losses).filter(([, x]) => (x ?? 0) > 0).map(([x, lost]) => `${n.faction(x as FactionId)} −${f.number(lost!)}`);
      const fought = losses.length > 0 ? `: ${f.list(losses)}` : "";
      const control = e.control === e.previous ? "" : `; it is now held by ${e.control ? n.faction(e.control) : "nobody"}`;
      return `Fighting in ${n.zone(e.zone)}${fought}${control}.`;
    },
    track: (e, { n, f, cause }) => `${n.power(e.power)} ${e.track} ${f.signed(e.delta)} → ${f.number(e.value)} (${cause(e.cause)}).`,
    influence: (e, { n, f, cause }) => `${n.power(e.power)} influence in ${n.country(e.country)} ${f.signed(e.delta)} → ${f.number(e.value)} (${cause(e.cause)}).`,
    escalation: (e, { f, cause }) => {
      // A shoot-down's raise names the shooter; whose aircraft they were is the other power of the raise.
      const of = e.by && e.against ? (e.by === e.cause.power ? e.against : e.by) : undefined;
      return `Escalation ${f.signed(e.delta)} → ${f.number(e.value)} (${cause(e.cause, of)}).`;
    },
    matchEnded: (e) => (e.reason === "openWar" ? "Open war: the match ends; every power keeps half its points, the one that drove the escalation none." : `The match has ended (${e.reason}).`),
  },
};
