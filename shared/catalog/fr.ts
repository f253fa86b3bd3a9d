/**
 * French: the words of every event, cause and error, with the same keys as en.ts (a missing one
 * does not compile). Power, zone, faction and place names stay as the scenario gives them.
 */
import type { FactionId, Phase, TrackId } from "../ids";
import type { Params } from "../result";
import type { TermKind, TreatyStatus } from "../terms";
import { LOCALES } from "./languages";
import type { Messages } from "./messages";

const str = (v: Params[string] | undefined) => (v === undefined ? "" : String(v));
const num = (v: Params[string] | undefined) => Number(v ?? 0);
/** "de Russia", "d’Iran": de, elided before a vowel. */
const de = (name: string) => (/^[aeiouyhàâéèêëîïôûü]/i.test(name) ? `d’${name}` : `de ${name}`);
const quoted = (text: string) => `« ${text} »`;
/** The plural ending of a participle: French counts 0 and 1 as singular. */
const s = (n: number | undefined) => ((n ?? 0) >= 2 ? "s" : "");

const PHASES: Record<Phase, string> = { briefing: "briefing", diplomacy: "diplomatie", orders: "ordres", resolution: "résolution", report: "rapport" };
const TRACKS: Record<TrackId, string> = { prestige: "prestige", legitimacy: "légitimité", cost: "coût", credibility: "crédibilité" };
const TERMS: Record<TermKind, string> = { overflight: "droit de survol", nfz: "zone d’exclusion aérienne", support: "engagement de soutien", basing: "droit de stationnement", intel: "cellule de renseignement" };
const STATUSES: Record<TreatyStatus, string> = { agreed: "conclu", active: "en vigueur", expired: "expiré", revoked: "révoqué", broken: "rompu" };
const PROPOSAL_STATUSES: Record<string, string> = { open: "ouverte", accepted: "acceptée", rejected: "rejetée", withdrawn: "retirée", countered: "contrée", expired: "expirée" };
const ENDINGS: Record<string, string> = { turns: "dernier tour joué", facilitator: "arrêtée par l’animateur" };

/** "Seul l’animateur peut …", by the command or message type. */
const FACILITATOR_ONLY: Record<string, string> = {
  pause: "mettre la partie en pause",
  extend: "changer la durée de la phase",
  roster: "voir la liste des joueurs",
  assign: "répartir les élèves entre les puissances",
  kick: "retirer des élèves",
  bots: "réserver des sièges aux bots",
  broadcast: "envoyer un message à toute la classe",
  teamcap: "changer la taille des équipes",
  readyrule: "choisir comment les équipes se déclarent prêtes",
  entry: "décider qui peut rejoindre la partie",
  rename: "renommer des élèves",
  realmatch: "lancer la vraie partie",
};

/** What each malformed payload was. */
const MALFORMED: Record<string, string> = {
  command: "Commande mal formée", join: "Options de connexion mal formées", create: "Options de partie mal formées", draft: "Modification du brouillon mal formée",
  chat: "Message mal formé", claim: "Demande de siège mal formée", pause: "Pause mal formée", extend: "Prolongation mal formée",
};

/** What a write the server could not record was. */
const NOT_RECORDED: Record<string, string> = {
  draft: "cette modification du brouillon de votre équipe", command: "cette commande", seat: "votre siège", roster: "cette modification", chat: "ce message", realmatch: "le début de la vraie partie",
};

const malformed = (p: Params, what: string) => `${MALFORMED[what] ?? `Requête « ${what} » mal formée`}${str(p.at) ? ` en ${str(p.at)}` : ""} : ${str(p.detail) || "invalide"}.`;

export const fr: Messages = {
  language: "fr",
  locale: LOCALES.fr,
  words: {
    noSeat: "un pays sans siège",
    internationalAirspace: "l’espace aérien international",
    unknown: "inconnu",
    inject: "l’événement ajouté par l’animateur",
    possessive: (name) => de(name),
    units: (n, kind, f) => (kind === "missile" ? f.plural(n, { one: "# missile", other: "# missiles" }) : f.plural(n, { one: "# avion", other: "# avions" })),
  },

  causes: {
    card: (p, { n }) => n.card(p.card),
    "strike/launched": (p, { n }) => `${n.units(p.units ?? 0, p.weapon)} lancé${s(p.units)} depuis ${n.asset(p.asset)}`,
    "strike/consent_bonus": (p, { n }) => `frappe sur ${n.zone(p.zone)} à travers l’espace aérien de partenaires, avec leur accord`,
    "strike/landed": (p, { n, f }) => `${f.number(p.units ?? 0)} sur ${f.plural(p.launched ?? 0, { one: "# unité", other: "# unités" })} arrivée${s(p.units)} sur ${n.zone(p.zone)}`,
    "strike/civilians": (p, { n }) => `civils touchés à ${n.zone(p.zone)}`,
    "strike/false_claim": (p, { n }) => `sa revendication d’une frappe sur ${n.faction(p.faction)} à ${n.zone(p.zone)} s’est révélée fausse`,
    "airspace/violated": (p, { n }) => `${p.power ? `${n.power(p.power)} a ` : ""}violé l’espace aérien ${de(n.country(p.country))}`,
    "airspace/violated_engaged": (p, { n }) => `${p.power ? `${n.power(p.power)} a ` : ""}violé l’espace aérien ${de(n.country(p.country))} et a été pris pour cible`,
    "interception/lost": (p, { n }) => `${n.units(p.units ?? 0, p.weapon)} abattu${s(p.units)} ${p.nfz ? "par les patrouilles d’une zone d’exclusion aérienne " : ""}au-dessus ${de(n.country(p.country))}`,
    "interception/shot_down": (p, { n }) =>
      `${n.power(p.power)} a abattu ${n.units(p.units ?? 0, "aircraft")}${p.of ? ` ${de(n.power(p.of))}` : ""} ${p.nfz ? "en faisant respecter une zone d’exclusion aérienne " : ""}au-dessus ${de(n.country(p.country))}`,
    "nfz/entered": (p, { n }) => `${n.power(p.power)} est entré dans la zone d’exclusion aérienne ${p.treaty ?? ""} au-dessus ${de(n.zone(p.zone))}`,
    "nfz/fired_on_patrols": (p, { n }) => `${n.power(p.power)} a tiré sur les patrouilles de la zone d’exclusion aérienne ${p.treaty ?? ""}`,
    "nfz/patrols_short": (p, { f }) =>
      `${f.number(p.units ?? 0)} sur ${f.plural(p.launched ?? 0, { one: "# unité de patrouille promise a volé", other: "# unités de patrouille promises ont volé" })} (zone d’exclusion aérienne ${p.treaty ?? ""})`,
    "support/overt": (p, { n }) => (p.faction ? `soutien ouvert à ${n.faction(p.faction)}` : "soutien ouvert à un allié local"),
    "support/covert": () => "soutien secret à un allié local",
    quagmire: () => "enlisement",
    quiet_turn: () => "un tour calme : aucun avion abattu",
    "treaty/revoked_early": (p) => `a révoqué le traité ${p.treaty ?? ""} avant son terme`,
    "treaty/overflight_granted": (p, { n }) => `droit de survol accordé par ${n.power(p.power)}`,
    "pledge/broken": (p) => `a rompu son engagement du traité ${p.treaty ?? ""}`,
  },

  events: {
    phase: (e) => `Tour ${e.turn} : ${PHASES[e.phase]}.`,
    card: (e, { n }) => {
      const { headline, text } = n.cardWords(e);
      return `${e.injected ? "Événement" : "Actualité"} : ${headline}. ${text}`.trim();
    },
    proposal: (e, { n, f }) => {
      const to = f.list(e.parties.filter((p) => p !== e.by).map(n.power));
      if (e.action === "proposed") return `${n.power(e.by)} a proposé ${e.proposalId} à ${to}.`;
      if (e.action === "countered") return `${n.power(e.by)} a répondu par la contre-proposition ${e.proposalId} à ${to}.`;
      const did = { accepted: "a accepté", rejected: "a rejeté", withdrawn: "a retiré" }[e.action];
      return `${n.power(e.by)} ${did} la proposition ${e.proposalId}${e.note ? ` : ${quoted(e.note)}` : "."}`;
    },
    treaty: (e, { n, f }) => `Le traité ${e.treatyId} (${TERMS[e.term.kind]} entre ${f.list(e.parties.map(n.power))}) est ${STATUSES[e.status]}${e.by ? ` par ${n.power(e.by)}` : ""}.`,
    ordersIn: (e, { n }) => `${n.power(e.power)} a envoyé ses ordres.`,
    resupply: (e, { f }) => `${e.asset} réapprovisionné de ${f.plural(e.units, { one: "# unité", other: "# unités" })}.`,
    claim: (e, { n }) => `${n.power(e.power)} annonce une frappe (${e.weapon === "missile" ? "missiles" : "avions"}) sur ${n.faction(e.faction)} à ${n.zone(e.zone)}.`,
    strikeAborted: (e, { n }) => {
      const why = { basing: "l’accord de stationnement de la plateforme a pris fin", stock: "il ne restait rien à lancer", range: "la cible est hors de portée" }[e.reason];
      return `La frappe ${e.strikeId} sur ${n.zone(e.zone)} n’est pas partie de ${n.asset(e.asset)} : ${why}.`;
    },
    strikeFlown: (e, { n, f }) => {
      const consent = e.granted.length > 0 ? `, au-dessus de ${f.list(e.granted.map(n.country))} avec leur accord` : "";
      const without = e.violated.length > 0 ? `, au-dessus de ${f.list(e.violated.map(n.country))} sans droit de survol` : "";
      const seen = e.detectedOver.length > 0 ? ` (détecté au-dessus de ${f.list(e.detectedOver.map(n.country))})` : "";
      return `${n.power(e.power)} a envoyé ${n.units(e.units, e.weapon)} de ${n.asset(e.asset)} vers ${n.zone(e.zone)}, ${f.number(Math.round(e.lengthKm))} km${consent}${without}${seen}${e.inRange ? "" : " (hors de portée)"}.`;
    },
    violation: (e, { n }) => {
      const flight = `${e.weapon === "missile" ? "Des missiles" : "Des avions"} ${de(n.power(e.power))}`;
      if (!e.detected) return `${flight} ont traversé ${n.country(e.country)} sans droit de survol, sans être détectés (frappe ${e.strikeId}).`;
      const engaged = e.engaged ? " ; ses défenses aériennes ont tiré" : "";
      return `${e.owner ? n.power(e.owner) : n.country(e.country)} proteste : ${flight.charAt(0).toLowerCase()}${flight.slice(1)} ont traversé son espace aérien sans droit de survol${engaged}.`;
    },
    interception: (e, { n, f }) => {
      const shooters =
        e.source === "nfz"
          ? `Les patrouilles de la zone d’exclusion aérienne${e.by.length > 0 ? ` (${f.list(e.by.map(n.power))})` : ""}`
          : e.by.length > 0
            ? f.list(e.by.map(n.power))
            : n.country(e.country);
      const whose = e.strikeId === null ? `des patrouilles de zone d’exclusion aérienne ${de(n.power(e.power))} (${e.treatyId ?? ""})` : `de la frappe ${e.strikeId} ${de(n.power(e.power))}`;
      return `${shooters} ${e.source === "nfz" || e.by.length > 1 ? "ont" : "a"} abattu ${n.units(e.units, e.weapon)} ${whose} au-dessus ${de(n.country(e.country))}.`;
    },
    shootDown: (e, { n, f }) =>
      `Avions abattus : ${e.by.length > 0 ? f.list(e.by.map(n.power)) : n.country(e.country)} ${e.by.length > 1 ? "ont" : "a"} abattu ${n.units(e.units, "aircraft")} ${de(n.power(e.power))} au-dessus ${de(n.country(e.country))}.`,
    nfzContested: (e, { n }) => `La frappe ${e.strikeId} ${de(n.power(e.power))} est entrée dans la zone d’exclusion aérienne ${e.treatyId} au-dessus ${de(n.zone(e.zone))} et la conteste.`,
    impact: (e, { n, f }) => {
      const hits = Object.keys(e.hit).filter((x) => (e.hit[x] ?? 0) > 0).map((x) => `${n.faction(x)} (−${f.number(e.hit[x]!)})`);
      const real = hits.length > 0 ? f.list(hits) : "rien";
      const exposed = e.falseClaim ? " : la revendication est fausse" : "";
      return `Frappe ${de(n.power(e.power))} sur ${n.zone(e.zone)} : cible annoncée ${n.faction(e.claim)}, touché ${real}${exposed}. ${f.number(e.landed)} sur ${f.number(e.launched)} arrivés ; civils touchés : ${f.number(e.civilians)} k.`;
    },
    supportLanded: (e, { n, f }) =>
      `${n.power(e.power)} a ${e.covert ? "secrètement soutenu" : "soutenu"} ${n.faction(e.faction)} à ${n.zone(e.zone)} avec ${f.plural(e.points, { one: "# point", other: "# points" })}.`,
    supportDetected: (e, { n, f }) =>
      `${n.power(e.by)} a détecté un soutien secret ${de(n.power(e.power))} à ${n.faction(e.faction)} à ${n.zone(e.zone)} (${f.plural(e.points, { one: "# point", other: "# points" })}${e.landedTurn !== e.turn ? `, donné au tour ${e.landedTurn}` : ""}).`,
    pledgeBroken: (e, { n, f }) =>
      e.faction && e.stance && e.zones
        ? `${n.power(e.power)} a rompu son engagement à ${e.stance === "stop" ? "cesser de soutenir" : "soutenir"} ${n.faction(e.faction)} à ${f.list(e.zones.map(n.zone))} (traité ${e.treatyId}).`
        : `${n.power(e.power)} a rompu son engagement (traité ${e.treatyId}).`,
    nfzStatus: (e, { n, f }) => {
      const lost = e.shotDown > 0 ? `, ${f.number(e.shotDown)} abattues` : "";
      const flew = f.plural(e.flown, { one: "# unité de patrouille a volé", other: "# unités de patrouille ont volé" });
      return `La zone d’exclusion aérienne ${e.treatyId} au-dessus de ${f.list(e.zones.map(n.zone))} ${e.inForce ? "est en vigueur" : "n’est pas en vigueur"} : ${flew}${lost} (${f.number(e.needed)} nécessaires, ${f.number(e.pledged)} promises).`;
    },
    fighting: (e, { n, f }) => {
      const losses = Object.entries(e.losses).filter(([, x]) => (x ?? 0) > 0).map(([x, lost]) => `${n.faction(x as FactionId)} −${f.number(lost!)}`);
      const fought = losses.length > 0 ? ` : ${f.list(losses)}` : "";
      const control = e.control === e.previous ? "" : ` ; la zone est désormais tenue par ${e.control ? n.faction(e.control) : "personne"}`;
      return `Combats à ${n.zone(e.zone)}${fought}${control}.`;
    },
    track: (e, { n, f, cause }) => `${n.power(e.power)}, ${TRACKS[e.track]} ${f.signed(e.delta)} → ${f.number(e.value)} (${cause(e.cause)}).`,
    influence: (e, { n, f, cause }) => `${n.power(e.power)}, influence en ${n.country(e.country)} ${f.signed(e.delta)} → ${f.number(e.value)} (${cause(e.cause)}).`,
    escalation: (e, { f, cause }) => {
      // A shoot-down's raise names the shooter; whose aircraft they were is the other power of the raise.
      const of = e.by && e.against ? (e.by === e.cause.power ? e.against : e.by) : undefined;
      return `Escalade ${f.signed(e.delta)} → ${f.number(e.value)} (${cause(e.cause, of)}).`;
    },
    matchEnded: (e) =>
      e.reason === "openWar"
        ? "Guerre ouverte : la partie s’arrête ; chaque puissance garde la moitié de ses points, celle qui a provoqué l’escalade n’en garde aucun."
        : `La partie est terminée (${ENDINGS[e.reason] ?? e.reason}).`,
  },

  errors: {
    "seat/unknown_power": (p) => `Il n’y a pas de puissance ${quoted(str(p.power))} dans ${str(p.scenario)}.`,
    "seat/unknown_actor": () => "Les commandes viennent du siège d’une puissance, de l’animateur ou de l’horloge du serveur.",
    "match/ended": () => "La partie est terminée.",
    "seat/not_a_power": (p) => `Seul le siège d’une puissance peut envoyer ${quoted(str(p.command))}.`,
    "seat/not_facilitator": (p) => `Seul l’animateur peut ${FACILITATOR_ONLY[str(p.command)] ?? `envoyer ${quoted(str(p.command))}`}.`,
    "command/stale": (p) => `Cette commande était pour le tour ${str(p.turn)} (${PHASES[str(p.phase) as Phase] ?? str(p.phase)}) ; la partie en est au tour ${str(p.now)} (${PHASES[str(p.at) as Phase] ?? str(p.at)}).`,
    "phase/not_now": (p) => `${quoted(str(p.command))} ne peut pas être envoyé pendant la phase ${PHASES[str(p.phase) as Phase] ?? str(p.phase)}.`,
    "command/malformed": (p) => malformed(p, "command"),
    "command/unknown_power": (p) => `Cette partie n’a pas de puissance ${quoted(str(p.power))}${str(p.at) ? ` (à ${str(p.at)})` : ""}.`,
    "command/unknown_faction": (p) => `Cette partie n’a pas de faction ${quoted(str(p.faction))}${str(p.at) ? ` (à ${str(p.at)})` : ""}.`,
    "order/bad_id": (p) => `${quoted(str(p.strike))} ne peut pas servir d’identifiant de frappe : choisissez un autre nom.`,
    "order/duplicate_id": (p) => `Deux frappes ont le même identifiant ${quoted(str(p.strike))}.`,
    "order/not_your_asset": (p) => `Vous n’avez pas de plateforme ${quoted(str(p.asset))}.`,
    "order/unknown_zone": (p) => `Il n’y a pas de zone ${quoted(str(p.zone))}.`,
    "order/over_capacity": (p, { n, f }) => `${n.asset(str(p.asset))} peut lancer ${f.plural(num(p.available), { one: "# unité", other: "# unités" })} ce tour-ci ; les ordres en demandent ${f.number(num(p.used))}.`,
    "order/no_basing": (p, { n }) => {
      const host = n.power(str(p.power));
      return `${n.asset(str(p.asset))} est sur le sol ${de(host)} : décoller de là demande l’accord de stationnement ${de(host)}.`;
    },
    "order/out_of_range": (p, { n, f }) => `La route vers ${n.zone(str(p.zone))} fait ${f.number(num(p.km))} km ; ${n.weapon(str(p.weapon))} porte à ${f.number(num(p.range))} km.`,
    "order/over_support": (p, { f }) => `Vous avez ${f.plural(num(p.have), { one: "# point de soutien", other: "# points de soutien" })} par tour ; les ordres en donnent ${f.number(num(p.given))}.`,
    "order/unreachable": (p, { n }) => `${n.faction(str(p.faction))} n’a pas de forces à soutenir à ${n.zone(str(p.zone))}, et ${n.zone(str(p.zone))} n’est pas dans votre pays.`,
    "order/over_patrols": (p, { f }) => `Vous avez ${f.plural(num(p.have), { one: "# unité de patrouille", other: "# unités de patrouille" })} ; les ordres en font voler ${f.number(num(p.flown))}.`,
    "order/not_your_nfz": (p) => `${quoted(str(p.treaty))} n’est pas une zone d’exclusion aérienne que vous parrainez.`,
    "order/unknown_treaty": (p) => `Vous n’êtes partie à aucun traité ${quoted(str(p.treaty))}.`,
    "order/not_bound": (p) => `Le traité ${str(p.treaty)} ne vous engage pas : seules les puissances qu’il engage peuvent le révoquer.`,
    "order/treaty_not_in_force": (p) => `Le traité ${str(p.treaty)} est déjà ${STATUSES[str(p.status) as TreatyStatus] ?? str(p.status)}.`,
    "proposal/duplicate_party": () => "Chaque puissance ne peut être partie qu’une fois.",
    "proposal/no_counterparty": () => "Une proposition demande au moins une autre puissance.",
    "proposal/not_found": (p) => `Aucune proposition ${quoted(str(p.proposal))} ne vous est adressée.`,
    "proposal/closed": (p) => `La proposition ${str(p.proposal)} est déjà ${PROPOSAL_STATUSES[str(p.status)] ?? str(p.status)}.`,
    "proposal/already_accepted": (p) => `Vous avez déjà accepté la proposition ${str(p.proposal)}.`,
    "proposal/own": () => "Retirez votre propre proposition au lieu de la rejeter.",
    "proposal/not_yours": () => "Seule la puissance qui a fait une proposition peut la retirer.",
    "term/duplicate": (p) => `La proposition contient deux fois la même clause (${TERMS[str(p.term) as TermKind] ?? str(p.term)}).`,
    "term/no_party": (p) => `Une clause « ${TERMS[str(p.term) as TermKind] ?? str(p.term)} » doit engager au moins une puissance.`,
    "term/not_a_party": (p, { n }) => `${n.power(str(p.power))} est nommé dans une clause « ${TERMS[str(p.term) as TermKind] ?? str(p.term)} » mais n’est pas partie à la proposition.`,
    "term/unknown_zone": (p) => `Il n’y a pas de zone ${quoted(str(p.zone))}.`,
    "term/self": (p) => `Une puissance ne peut pas s’accorder à elle-même ${p.term === "basing" ? "un droit de stationnement" : "un droit de survol"}.`,
    "term/no_airspace": (p, { n }) => `${n.power(str(p.power))} n’a pas d’espace aérien à accorder sur ce théâtre.`,
    "term/duplicate_member": () => "Chaque membre d’une cellule de renseignement n’est nommé qu’une fois.",
    "term/pledge_too_large": (p, { n, f }) => `${n.power(str(p.power))} peut faire voler au plus ${f.plural(num(p.most), { one: "# unité de patrouille", other: "# unités de patrouille" })}.`,
    "term/no_pledge": () => "Une zone d’exclusion aérienne demande au moins une promesse de patrouille.",
    "inject/unknown_card": (p) => `Il n’y a pas de carte d’événement ${quoted(str(p.card))}.`,
    "inject/unknown_zone": (p) => `Il n’y a pas de zone ${quoted(str(p.zone))}.`,
    "inject/unknown_asset": (p) => `Il n’y a pas de moyen ${quoted(str(p.asset))}.`,
    "inject/unknown_country": (p) => `L’influence n’est pas suivie dans le pays ${quoted(str(p.country))}.`,
    "message/unknown_type": (p) => `Il n’y a pas de message ${quoted(str(p.message))}.`,
    "server/internal": () => "Une erreur s’est produite sur le serveur ; elle a été consignée. Réessayez dans un instant.",
    "server/storage": (p) =>
      p.what === "message" ? "Le serveur a perdu ce message avant de l’enregistrer ; il va recharger la partie." : `Le serveur n’a pas pu enregistrer ${NOT_RECORDED[str(p.what)] ?? "cela"} ; réessayez.`,
    "join/malformed": (p) => malformed(p, "join"),
    "join/outdated_client": () => "Cette page est plus ancienne que le serveur : rechargez-la pour jouer.",
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
    "create/unknown_scenario": (p) => `Il n’y a pas de scénario ${quoted(str(p.scenario))}.`,
    "create/bad_scenario": (p) => `Le fichier de scénario contient ${num(p.count) === 1 ? "une erreur" : `${num(p.count)} erreurs`} :\n${str(p.errors)}`,
    "create/practice_needs_facilitator": () => "Un tour d’entraînement est prévu pour une séance avec un animateur.",
    "practice/none": () => "Il n’y a pas de tour d’entraînement à terminer : la vraie partie a commencé.",
    "realmatch/malformed": (p) => malformed(p, "realmatch"),
    "seat/removed": () => "L’animateur vous a retiré de cette partie.",
    "seat/bad_key": (p) => (p.key === "facilitator" ? "Cette clé d’animateur n’ouvre pas cette partie." : "Cette clé de siège n’ouvre aucun siège de cette partie."),
    "seat/spectators_full": (p, { f }) => `Cette partie a déjà ${f.plural(num(p.max), { one: "# spectateur", other: "# spectateurs" })} ; réessayez plus tard.`,
    "join/reserved_name": (p) => (p.whose === "teacher" ? "C’est le nom de votre enseignant ; choisissez votre propre nom." : "Ce nom est réservé à la personne qui anime la séance ; choisissez votre propre nom."),
    "seat/assign_only": () => "Dans cette séance, votre enseignant forme les équipes : attendez d’être placé.",
    "seat/none_free": () => "Tous les sièges de cette partie sont pris.",
    "seat/spectator": () => "Les spectateurs ne peuvent pas envoyer de commandes.",
    "command/rate_limited": (p) => `Votre siège envoie des ${p.what === "changes" ? "modifications" : "commandes"} trop vite ; patientez un instant.`,
    "seat/no_team": () => "Seuls les joueurs d’une puissance ont un brouillon d’ordres.",
    "chat/spectator": () => "Les spectateurs peuvent lire le canal public mais pas y écrire.",
    "chat/rate_limited": () => "Vous envoyez des messages trop vite ; patientez un instant.",
    "chat/no_recipient": () => "Un message privé demande au moins une autre puissance.",
    "seat/already_seated": () => "Vous occupez déjà un siège dans cette partie.",
    "seat/reserved_for_bot": (p, { n }) => `Le siège ${de(n.power(str(p.power)))} est réservé à un bot dans cette partie.`,
    "seat/taken": (p, { n }) => `Le siège ${de(n.power(str(p.power)))} est déjà occupé${p.teams === 0 ? " et cette partie n’a pas d’équipes" : ""}.`,
    "seat/team_full": (p, { n, f }) => `L’équipe ${de(n.power(str(p.power)))} est complète (${f.plural(num(p.cap), { one: "# joueur", other: "# joueurs" })}).`,
    "roster/unknown_player": (p, { n }) =>
      p.who === "captain"
        ? `Le capitaine ${de(n.power(str(p.power)))} n’est pas dans son équipe.`
        : p.who === "student"
          ? "Cet élève n’attend plus dans cette partie."
          : "Ce joueur n’est plus dans cette partie.",
    "roster/seat_held": (p, { n, f }) => `${f.list(str(p.powers).split(" ").filter(Boolean).map((x) => n.power(x)))} : des élèves occupent ce siège ; déplacez-les d’abord.`,
    "match/closed": () => "La partie est fermée sur ce serveur.",
    "draft/stale": (p) => (p.why === "teammate" ? "Un coéquipier a modifié cette partie du brouillon avant vous ; regardez à nouveau." : "Ce brouillon est pour un autre tour."),
    "draft/closed": () => "Les ordres se préparent du briefing à la fin de la phase des ordres.",
    "draft/too_large": () => "Les ordres de l’équipe deviendraient plus longs que ne le permettent les règles.",
    "extend/untimed": () => "Cette phase n’a pas d’horloge à modifier.",
    "extend/too_little_left": (p, { f }) =>
      `Il reste moins de ${f.plural(num(p.seconds), { one: "# seconde", other: "# secondes" })} : utilisez le bouton de phase suivante pour terminer la phase maintenant.`,
    "join/removed": () => "Votre enseignant vous a retiré de cette séance ; demandez-lui de vous laisser revenir.",
    "join/locked": () => "Votre enseignant a fermé cette séance aux nouveaux élèves ; demandez-lui de l’ouvrir.",
    "match/not_found": () => "Cette partie n’existe pas.",
    "match/abandoned": () => "Personne n’a joué cette partie depuis longtemps : elle a été fermée sans archive.",
    "match/not_finished": () => "L’archive s’ouvre quand la partie est terminée.",
    "match/damaged": (p) => `L’archive de cette partie est illisible${str(p.detail) ? ` : ${str(p.detail)}` : "."}`,
    "code/unknown": () => "Aucune partie ouverte n’a ce code.",
    "quickplay/malformed": () => "Demande de partie rapide mal formée.",
    "create/rate_limited": () => "Trop de nouvelles parties depuis votre adresse ; patientez un instant et réessayez.",
    "server/create_failed": () => "Le serveur n’a pas pu créer de partie ; réessayez dans un instant.",
    "archive/no_key": () => "Donnez votre clé d’animateur (facilitatorKey=…).",
    "archive/rate_limited": () => "Trop de demandes d’archives depuis votre adresse ; patientez un instant et réessayez.",
    "export/not_facilitator": (p) =>
      p.what === "students"
        ? "Le tableau par élève est réservé à l’animateur de la partie."
        : "Seul l’animateur de la partie peut obtenir un lien d’export (envoyez la clé dans l’en-tête x-facilitator-key).",
    "http/not_found": () => "Ce chemin de l’API n’existe pas.",
    "http/malformed_body": () => "Le corps de la requête n’est pas du JSON valide.",
    "http/too_large": () => "Le corps de la requête est trop volumineux.",
    "http/bad_encoding": (p) => `${p.what === "charset" ? "Le jeu de caractères" : "L’encodage"} du corps de la requête n’est pas pris en charge.`,
    "http/refused": (p) => `Le serveur ne peut pas répondre à cette requête${str(p.status) ? ` (${str(p.status)})` : ""}.`,
    "http/origin_not_allowed": () => "Cette origine ne peut pas appeler le serveur.",
    "http/too_many_connections": () => "Trop de connexions depuis votre adresse ; fermez-en quelques-unes et réessayez.",
    "net/unreachable": () => "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
    "net/lost": () => "La connexion à la partie est perdue. Rechargez la page pour réessayer.",
    "net/no_view": () => "Vous n’êtes pas dans une partie.",
    "net/offline": () => "Vous n’êtes pas connecté à la partie pour l’instant ; attendez le retour de la connexion.",
    "net/no_reply": () => "Le serveur n’a envoyé aucune réponse.",
    "net/request_failed": (p) => `Le serveur n’a pas répondu${str(p.detail) ? ` (${str(p.detail)})` : ""}.`,
    "net/room_error": (p) => (str(p.detail) ? `Erreur de connexion : ${str(p.detail)}` : `Erreur de connexion${str(p.status) ? ` ${str(p.status)}` : ""}.`),
    "net/error": (p) => (str(p.detail) ? `Une erreur s’est produite : ${str(p.detail)}` : "Une erreur s’est produite."),
  },
};
