/** English: the words of every event, cause and error. Another language is one more file like this (fr.ts). */
import type { FactionId } from "../ids";
import type { Params } from "../result";
import { LOCALES } from "./languages";
import type { Messages } from "./messages";

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
const str = (v: Params[string] | undefined) => (v === undefined ? "" : String(v));
const num = (v: Params[string] | undefined) => Number(v ?? 0);

/** "Only the facilitator can …", by the command or message type. */
const FACILITATOR_ONLY: Record<string, string> = {
  pause: "pause the match",
  extend: "change the phase's time",
  roster: "see the roster",
  assign: "assign students to powers",
  kick: "remove students",
  bots: "reserve seats for bots",
  broadcast: "broadcast to the class",
  teamcap: "change the team size",
  readyrule: "choose how teams say they are ready",
  entry: "decide who may join",
  rename: "rename students",
  realmatch: "start the real match",
};

/** What each malformed payload was. */
const MALFORMED: Record<string, string> = {
  command: "command", join: "join options", create: "match options", draft: "draft change", chat: "chat message", claim: "seat claim", pause: "pause", extend: "extension",
};

/** What a write the server could not record was. */
const NOT_RECORDED: Record<string, string> = {
  draft: "that change to your team's draft", command: "that command", seat: "your seat", roster: "that change", chat: "that message", realmatch: "the start of the real match",
};

const malformed = (p: Params, what: string) => `Malformed ${MALFORMED[what] ?? what}${str(p.at) ? ` at ${str(p.at)}` : ""}: ${str(p.detail) || "invalid"}.`;

export const en: Messages = {
  language: "en",
  locale: LOCALES.en,
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
    card: (e, { n }) => {
      const { headline, text } = n.cardWords(e);
      return `${e.injected ? "Inject" : "News"}: ${headline}. ${text}`.trim();
    },
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
      const hits = Object.keys(e.hit).filter((x) => (e.hit[x] ?? 0) > 0).map((x) => `${n.faction(x)} (−${f.number(e.hit[x]!)})`);
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

  errors: {
    "seat/unknown_power": (p) => `There is no power "${str(p.power)}" in ${str(p.scenario)}.`,
    "seat/unknown_actor": () => "Commands come from a power's seat, the facilitator or the server's clock.",
    "match/ended": () => "The match is over.",
    "seat/not_a_power": (p) => `Only a power's seat can send "${str(p.command)}".`,
    "seat/not_facilitator": (p) => `Only the facilitator can ${FACILITATOR_ONLY[str(p.command)] ?? `send "${str(p.command)}"`}.`,
    "command/stale": (p) => `That command was for turn ${str(p.turn)} (${str(p.phase)}); the match is at turn ${str(p.now)} (${str(p.at)}).`,
    "phase/not_now": (p) => `"${str(p.command)}" cannot be sent during ${str(p.phase)}.`,
    "command/malformed": (p) => malformed(p, "command"),
    "command/unknown_power": (p) => `This match has no power "${str(p.power)}"${str(p.at) ? ` (at ${str(p.at)})` : ""}.`,
    "command/unknown_faction": (p) => `This match has no faction "${str(p.faction)}"${str(p.at) ? ` (at ${str(p.at)})` : ""}.`,
    "order/bad_id": (p) => `"${str(p.strike)}" cannot be a strike's id: choose another name.`,
    "order/duplicate_id": (p) => `Two strikes share the id "${str(p.strike)}".`,
    "order/not_your_asset": (p) => `You have no platform "${str(p.asset)}".`,
    "order/unknown_zone": (p) => `There is no zone "${str(p.zone)}".`,
    "order/over_capacity": (p, { n, f }) => `${n.asset(str(p.asset))} can launch ${f.plural(num(p.available), { one: "# unit", other: "# units" })} this turn; the orders ask for ${f.number(num(p.used))}.`,
    "order/no_basing": (p, { n }) => {
      const host = n.powers(str(p.power));
      return `${n.asset(str(p.asset))} stands on ${host} soil: flying from it needs ${host} basing consent.`;
    },
    "order/out_of_range": (p, { n, f }) => `The route to ${n.zone(str(p.zone))} is ${f.number(num(p.km))} km; ${n.weapon(str(p.weapon))} reaches ${f.number(num(p.range))} km.`,
    "order/over_support": (p, { f }) => `You have ${f.plural(num(p.have), { one: "# support point", other: "# support points" })} a turn; the orders give ${f.number(num(p.given))}.`,
    "order/unreachable": (p, { n }) => `${n.faction(str(p.faction))} has no forces in ${n.zone(str(p.zone))} to support, and ${n.zone(str(p.zone))} is not in your country.`,
    "order/over_patrols": (p, { f }) => `You have ${f.plural(num(p.have), { one: "# patrol unit", other: "# patrol units" })}; the orders fly ${f.number(num(p.flown))}.`,
    "order/not_your_nfz": (p) => `"${str(p.treaty)}" is not a no-fly zone you sponsor.`,
    "order/unknown_treaty": (p) => `You are not a party to a treaty "${str(p.treaty)}".`,
    "order/not_bound": (p) => `Treaty ${str(p.treaty)} does not bind you: only the powers it binds can revoke it.`,
    "order/treaty_not_in_force": (p) => `Treaty ${str(p.treaty)} is already ${str(p.status)}.`,
    "proposal/duplicate_party": () => "Each power can be a party only once.",
    "proposal/no_counterparty": () => "A proposal needs at least one other power.",
    "proposal/not_found": (p) => `There is no proposal "${str(p.proposal)}" addressed to you.`,
    "proposal/closed": (p) => `Proposal ${str(p.proposal)} is already ${str(p.status)}.`,
    "proposal/already_accepted": (p) => `You have already accepted proposal ${str(p.proposal)}.`,
    "proposal/own": () => "Withdraw your own proposal instead of rejecting it.",
    "proposal/not_yours": () => "Only the power that made a proposal can withdraw it.",
    "term/duplicate": (p) => `The proposal names the same ${str(p.term)} term twice.`,
    "term/no_party": (p) => `A ${str(p.term)} term must bind at least one power.`,
    "term/not_a_party": (p, { n }) => `${n.power(str(p.power))} is named in a ${str(p.term)} term but is not a party to the proposal.`,
    "term/unknown_zone": (p) => `There is no zone "${str(p.zone)}".`,
    "term/self": (p) => `A power cannot grant ${p.term === "basing" ? "basing" : "overflight rights"} to itself.`,
    "term/no_airspace": (p, { n }) => `${n.power(str(p.power))} has no airspace in the theatre to grant.`,
    "term/duplicate_member": () => "Each member of an intelligence cell is named once.",
    "term/pledge_too_large": (p, { n, f }) => `${n.power(str(p.power))} can fly at most ${f.plural(num(p.most), { one: "# patrol unit", other: "# patrol units" })}.`,
    "term/no_pledge": () => "A no-fly zone needs at least one patrol pledge.",
    "inject/unknown_card": (p) => `There is no event card "${str(p.card)}".`,
    "inject/unknown_zone": (p) => `There is no zone "${str(p.zone)}".`,
    "inject/unknown_asset": (p) => `There is no asset "${str(p.asset)}".`,
    "inject/unknown_country": (p) => `Influence is not tracked in country "${str(p.country)}".`,
    "message/unknown_type": (p) => `There is no message "${str(p.message)}".`,
    "server/internal": () => "Something went wrong on the server; it has been logged. Try again in a moment.",
    "server/storage": (p) =>
      p.what === "message" ? "The server lost that message before it was recorded; it will reload the match." : `The server could not record ${NOT_RECORDED[str(p.what)] ?? "that"}; try again.`,
    "join/malformed": (p) => malformed(p, "join"),
    "join/outdated_client": () => "This page is older than the server: reload it to play.",
    "create/malformed": (p) => malformed(p, "create"),
    "draft/malformed": (p) => malformed(p, "draft"),
    "chat/malformed": (p) => malformed(p, "chat"),
    "claim/malformed": (p) => malformed(p, "claim"),
    "pause/malformed": (p) => malformed(p, "pause"),
    "extend/malformed": (p) => malformed(p, "extend"),
    "roster/malformed": (p) => malformed(p, "roster"),
    "assign/malformed": (p) => malformed(p, "assign"),
    "kick/malformed": (p) => malformed(p, "kick"),
    "bots/malformed": (p) => malformed(p, "bots"),
    "broadcast/malformed": (p) => malformed(p, "broadcast"),
    "teamcap/malformed": (p) => malformed(p, "teamcap"),
    "readyrule/malformed": (p) => malformed(p, "readyrule"),
    "entry/malformed": (p) => malformed(p, "entry"),
    "rename/malformed": (p) => malformed(p, "rename"),
    "create/unknown_scenario": (p) => `There is no scenario "${str(p.scenario)}".`,
    "create/bad_scenario": (p) => `The scenario file has ${num(p.count) === 1 ? "an error" : `${num(p.count)} errors`}:\n${str(p.errors)}`,
    "create/practice_needs_facilitator": () => "A practice turn is for a lesson with a facilitator.",
    "practice/none": () => "There is no practice turn to end: the real match is on.",
    "realmatch/malformed": (p) => malformed(p, "realmatch"),
    "seat/removed": () => "The facilitator removed you from this match.",
    "seat/bad_key": (p) => (p.key === "facilitator" ? "That facilitator key does not open this match." : "That seat key does not open a seat in this match."),
    "seat/spectators_full": (p, { f }) => `This match already has ${f.plural(num(p.max), { one: "# spectator", other: "# spectators" })}; try again later.`,
    "join/reserved_name": (p) => (p.whose === "teacher" ? "That is your teacher's name; choose your own name." : "That name is kept for the one running the lesson; choose your own name."),
    "seat/assign_only": () => "Your teacher assigns the teams in this lesson: wait to be assigned.",
    "seat/none_free": () => "Every seat of this match is taken.",
    "seat/spectator": () => "Spectators cannot send commands.",
    "command/rate_limited": (p) => `Your seat is sending ${p.what === "changes" ? "changes" : "commands"} too fast; wait a moment.`,
    "seat/no_team": () => "Only a power's players have a draft.",
    "chat/spectator": () => "Spectators can read the public channel but not write.",
    "chat/rate_limited": () => "You are sending messages too fast; wait a moment.",
    "chat/no_recipient": () => "A private message needs at least one other power.",
    "seat/already_seated": () => "You already hold a seat in this match.",
    "seat/reserved_for_bot": (p, { n }) => `${n.powers(str(p.power))} seat is reserved for a bot in this match.`,
    "seat/taken": (p, { n }) => `${n.powers(str(p.power))} seat is already held${p.teams === 0 ? " and this match has no teams" : ""}.`,
    "seat/team_full": (p, { n, f }) => `${n.powers(str(p.power))} team is full (${f.plural(num(p.cap), { one: "# player", other: "# players" })}).`,
    "roster/unknown_player": (p, { n }) =>
      p.who === "captain"
        ? `${n.powers(str(p.power))} captain is not on its team.`
        : p.who === "student"
          ? "That student is no longer waiting in this match."
          : "That player is no longer in this match.",
    "roster/seat_held": (p, { n, f }) => `${f.list(str(p.powers).split(" ").filter(Boolean).map((x) => n.power(x)))}: students hold this seat; move them first.`,
    "match/closed": () => "The match is closed on this server.",
    "draft/stale": (p) => (p.why === "teammate" ? "A teammate changed that part of the draft first; look again." : "That draft is for another turn."),
    "draft/closed": () => "Orders are drafted from the briefing to the end of the orders phase.",
    "draft/too_large": () => "That would make the team's orders longer than the rules allow.",
    "extend/untimed": () => "This phase has no clock to change.",
    "extend/too_little_left": (p, { f }) => `Less than ${f.plural(num(p.seconds), { one: "# second is", other: "# seconds are" })} left: use the next-phase button to end the phase now.`,
    "join/removed": () => "Your teacher removed you from this lesson; ask them to let you back in.",
    "join/locked": () => "Your teacher has closed this lesson to new students; ask them to open it.",
    "match/not_found": () => "There is no such match.",
    "match/abandoned": () => "Nobody played this match for a long time: it was closed without an archive.",
    "match/not_finished": () => "The archive opens when the match is over.",
    "match/damaged": (p) => `This match's archive cannot be read${str(p.detail) ? `: ${str(p.detail)}` : "."}`,
    "code/unknown": () => "No open match has that code.",
    "quickplay/malformed": () => "Malformed quick play request.",
    "create/rate_limited": () => "Too many new matches from your address; wait a moment and try again.",
    "server/create_failed": () => "The server could not create a match; try again in a moment.",
    "archive/no_key": () => "Give your facilitator key (facilitatorKey=…).",
    "archive/rate_limited": () => "Too many archive requests from your address; wait a moment and try again.",
    "export/not_facilitator": (p) =>
      p.what === "students" ? "The per-student table is for the match's facilitator." : "Only the match's facilitator can get an export link (send the key in the x-facilitator-key header).",
    "http/not_found": () => "There is no such API path.",
    "http/malformed_body": () => "The request body is not valid JSON.",
    "http/too_large": () => "The request body is too large.",
    "http/bad_encoding": (p) => `The request body's ${p.what === "charset" ? "charset" : "encoding"} is not supported.`,
    "http/refused": (p) => `The server cannot answer this request${str(p.status) ? ` (${str(p.status)})` : ""}.`,
    "http/origin_not_allowed": () => "This origin may not call the server.",
    "http/too_many_connections": () => "Too many connections from your address; close some and try again.",
    "net/unreachable": () => "The server cannot be reached. Check your connection and try again.",
    "net/lost": () => "The connection to the match is lost. Reload the page to try again.",
    "net/no_view": () => "Not in a match.",
    "net/offline": () => "Not connected to the match right now; wait for the connection to come back.",
    "net/no_reply": () => "The server sent no answer.",
    "net/request_failed": (p) => `The server did not answer${str(p.detail) ? ` (${str(p.detail)})` : ""}.`,
    "net/room_error": (p) => (str(p.detail) ? `Connection error: ${str(p.detail)}` : `Connection error${str(p.status) ? ` ${str(p.status)}` : ""}.`),
    "net/error": (p) => (str(p.detail) ? `Something went wrong: ${str(p.detail)}` : "Something went wrong."),
  },
};
