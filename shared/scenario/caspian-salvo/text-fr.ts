/** Caspian Salvo's prose in French (see ScenarioText in ../types.ts). */
import type { ScenarioText } from "../types";

export const textFr: ScenarioText = {
  date: "octobre 2015",
  summary:
    "7 octobre 2015 : la flottille russe de la Caspienne tire 26 missiles de croisière Kalibr sur la Syrie, à quelque 1 500 km, " +
    "en survolant l’Iran et l’Irak. Moscou affirme frapper l’État islamique ; la plupart des cibles sont d’autres rebelles. " +
    "L’Irak accueille la coalition menée par les États-Unis, mais ouvre une cellule de renseignement avec la Russie, l’Iran et la Syrie ; " +
    "l’Iran attend la levée des sanctions ; la Turquie réclame une zone d’exclusion aérienne au-dessus du nord de la Syrie. " +
    "Négociez droits de survol, droits de stationnement, zones d’exclusion aérienne et soutien aux alliés locaux, puis frappez, " +
    "et voyez qui est vu en train de faire quoi.",

  briefs: {
    russia:
      "Maintenez au pouvoir le gouvernement d’Assad et montrez au monde que le bras de la Russie s’étend de la mer Caspienne à la Méditerranée, avec l’Iran et l’Irak à ses côtés, sans vous enliser dans un bourbier.",
    usa:
      "Menez la coalition de 60 pays pour briser l’État islamique, gardez Bagdad dans la coalition et hors de l’orbite de Moscou, et n’en venez jamais à l’affrontement avec la Russie.",
    iran:
      "Maintenez Assad à Damas et le Hezbollah fort, étendez l’influence de l’Iran de Bagdad à Beyrouth, et ne donnez à personne un prétexte pour refuser la levée des sanctions promise par l’accord sur le nucléaire.",
    iraq:
      "Chassez l’État islamique de Mossoul et de l’Anbar avec l’aide de quiconque la propose, Washington, Moscou comme Téhéran, tout en restant maître de votre ciel.",
    turkey:
      "Obtenez une zone d’exclusion aérienne et des zones de sécurité au-dessus du nord de la Syrie, gardez les forces kurdes faibles et les rebelles à Idlib et à Alep, et obligez tout intrus à respecter l’espace aérien turc.",
    syria:
      "Tenez l’ouest du pays et reprenez du terrain grâce à l’aviation russe et aux combattants iraniens, et ne laissez aucune zone d’exclusion aérienne étrangère clouer votre aviation au sol.",
  },

  objectives: {
    // --- Russie
    "rus-regime-holds-west":
      "Le gouvernement syrien tient Lattaquié, Damas et Homs, et la Russie a livré au moins 12 points de soutien à son armée.",
    "rus-prestige":
      "Prestige de 60 ou plus : des frappes à longue portée arrivées à destination, menées avec l’accord des partenaires.",
    "rus-crescent-iran":
      "Le croissant, première partie : un droit de survol accordé par l’Iran, toujours en vigueur à la fin.",
    "rus-crescent-iraq":
      "Le croissant, deuxième partie : un droit de survol accordé par l’Irak, toujours en vigueur à la fin.",
    "rus-no-quagmire":
      "Une campagne, pas un bourbier : le coût finit entre 40 et 70.",
    "rus-intel-cell":
      "L’Irak rejoint une cellule de renseignement avec la Russie.",
    "rus-no-nfz":
      "Aucune zone d’exclusion aérienne couvrant deux zones ou plus n’est jamais en vigueur.",
    "rus-rebels-broken":
      "Quelle que soit la cible que vous annoncez, les rebelles finissent avec au plus 70 % de leur force de départ.",

    // --- États-Unis
    "usa-isis-halved":
      "L’État islamique finit avec au plus la moitié de sa force de départ, les frappes américaines lui ayant retiré au moins 30 points de force.",
    "usa-iraq-coalition":
      "L’Irak garde ses liens avec la coalition : aucun droit de survol russe au-dessus de l’Irak à la fin.",
    "usa-no-clash":
      "Aucun affrontement direct avec la Russie : ni les forces américaines ni les forces russes n’abattent un avion ou un missile de l’autre.",
    "usa-nfz":
      "Une zone d’exclusion aérienne couvrant au moins deux zones est en vigueur à un moment de la partie.",
    "usa-kurds-hasakah":
      "Les forces kurdes tiennent Hassaké à la fin, et au moins 12 points de soutien américain leur ont été livrés.",

    // --- Iran
    "irn-regime-survives":
      "Le gouvernement syrien survit : il tient Damas à la fin, et au moins 12 points de soutien iranien ont été livrés à son armée ou au Hezbollah.",
    "irn-hezbollah-strong":
      "Le Hezbollah et ses milices sœurs finissent au moins 60 % plus forts qu’au départ.",
    "irn-sanctions-relief":
      "Levée des sanctions préservée : aucune violation et aucun engagement rompu de l’Iran ne sont jamais détectés.",
    "irn-influence":
      "Influence de 50 ou plus à la fois en Irak et en Syrie.",
    "irn-consent-route":
      "Au moins deux frappes russes survolent l’Iran avec l’accord de l’Iran.",
    "irn-us-out-of-iraq":
      "Les Américains perdent la maîtrise du ciel irakien : aucun droit de survol américain au-dessus de l’Irak à la fin.",

    // --- Irak
    "irq-isis-out":
      "L’État islamique ne contrôle ni Mossoul ni l’Anbar à la fin.",
    "irq-aid-west":
      "L’aide de la coalition : un nouveau traité avec les États-Unis, ni révoqué ni rompu d’ici la fin.",
    "irq-aid-east":
      "L’aide de l’autre camp : un nouveau traité avec la Russie ou l’Iran, ni révoqué ni rompu d’ici la fin.",
    "irq-airspace":
      "L’espace aérien irakien respecté : aucun vol ne le traverse sans l’accord de l’Irak, qu’il soit repéré ou non.",
    "irq-intel-cell":
      "La cellule de renseignement commune de Bagdad devient réalité : une cellule de renseignement avec la Russie.",
    "irq-mosul-not-kurdish":
      "Mossoul ne doit pas devenir une prise kurde : la force kurde à Mossoul reste à 30 ou moins.",

    // --- Turquie
    "tur-nfz":
      "Une zone d’exclusion aérienne ou zone de sécurité est en vigueur sur tout le nord de la Syrie (Alep, Idlib, Raqqa, Hassaké) à un moment de la partie.",
    "tur-kurds-weak":
      "Les forces kurdes finissent avec au plus 80 % de leur force de départ, les frappes turques leur ayant retiré au moins 15 points de force.",
    "tur-rebels-hold":
      "Les rebelles tiennent Idlib ou Alep à la fin.",
    "tur-airspace":
      "L’espace aérien turc respecté : aucun vol ne le traverse sans l’accord de la Turquie, sauf si la Turquie l’intercepte.",
    "tur-no-kurdish-corridor":
      "Pas de corridor kurde à l’ouest de l’Euphrate : les forces kurdes ne contrôlent pas Alep.",
    "tur-regime-weakened":
      "Assad tenu en échec : l’armée syrienne finit au plus 5 % plus forte qu’au départ.",
    "tur-influence-syria":
      "Influence de 35 ou plus en Syrie.",

    // --- Syrie
    "syr-control":
      "Le gouvernement contrôle Lattaquié, Damas, Homs et Hama à la fin, ses propres frappes ayant retiré au moins 15 points de force aux rebelles ou à l’État islamique.",
    "syr-no-nfz":
      "Aucune zone d’exclusion aérienne couvrant deux zones syriennes ou plus n’est jamais en vigueur.",
    "syr-support":
      "Soutien russe et iranien : un traité de soutien avec la Russie ou l’Iran, et à elles deux elles livrent au moins 20 points de soutien à l’armée syrienne.",
    "syr-retake-aleppo":
      "Reprendre Alep : le gouvernement contrôle la ville à la fin.",
    "syr-retake-palmyra":
      "Reprendre Palmyre à l’État islamique.",
    "syr-army-rebuilt":
      "L’armée reconstruite : l’armée syrienne finit au moins 10 % plus forte qu’au départ.",

    // --- Chaque puissance : sa parole et sa réputation
    "rus-word-kept":
      "Vous tenez parole : un traité que vous avez conclu tient toujours à la fin, et votre crédibilité ne finit pas plus bas qu’au départ (une révocation anticipée ou un engagement rompu fait perdre cet objectif).",
    "rus-standing":
      "Réputation préservée au combat : vos frappes retirent au moins 30 points de force aux rebelles ou à l’État islamique, et votre légitimité ne finit pas plus de 19 points sous son niveau de départ.",
    "usa-word-kept":
      "Vous tenez parole : un traité que vous avez conclu tient toujours à la fin, et votre crédibilité ne finit pas plus bas qu’au départ (une révocation anticipée ou un engagement rompu fait perdre cet objectif).",
    "usa-standing":
      "Réputation préservée au combat : vos frappes retirent au moins 30 points de force à l’État islamique, et votre légitimité ne finit pas plus de 8 points sous son niveau de départ.",
    "irn-word-kept":
      "Vous tenez parole : un traité que vous avez conclu tient toujours à la fin, et votre crédibilité ne finit pas plus bas qu’au départ (une révocation anticipée ou un engagement rompu fait perdre cet objectif).",
    "irn-standing":
      "Réputation préservée au combat : vos frappes retirent au moins 15 points de force à l’État islamique, et votre légitimité ne finit pas plus de 8 points sous son niveau de départ.",
    "irq-word-kept":
      "Vous tenez parole : un traité que vous avez conclu tient toujours à la fin, et votre crédibilité ne finit pas plus bas qu’au départ (une révocation anticipée ou un engagement rompu fait perdre cet objectif).",
    "irq-standing":
      "Réputation préservée au combat : vos frappes retirent au moins 15 points de force à l’État islamique, et votre légitimité ne finit pas plus de 6 points sous son niveau de départ.",
    "tur-word-kept":
      "Vous tenez parole : un traité que vous avez conclu tient toujours à la fin, et votre crédibilité ne finit pas plus bas qu’au départ (une révocation anticipée ou un engagement rompu fait perdre cet objectif).",
    "tur-standing":
      "Réputation préservée au combat : vos frappes retirent au moins 15 points de force aux forces kurdes ou à l’État islamique, et votre légitimité ne finit pas plus de 3 points sous son niveau de départ.",
    "syr-word-kept":
      "Vous tenez parole : un traité que vous avez conclu tient toujours à la fin, et votre crédibilité ne finit pas plus bas qu’au départ (une révocation anticipée ou un engagement rompu fait perdre cet objectif).",
    "syr-standing":
      "Réputation préservée au combat : vos frappes retirent au moins 15 points de force aux rebelles ou à l’État islamique, et votre légitimité ne finit pas plus de 10 points sous son niveau de départ.",
  },

  events: {
    // --- Programmés
    "ev-air-campaign": {
      headline: "La campagne aérienne russe entre dans sa deuxième semaine",
      text: "Les avions russes basés à Hmeimim frappent depuis le 30 septembre. Moscou affirme viser l’État islamique ; les capitales occidentales disent que la plupart des frappes tombent sur d’autres groupes rebelles à Idlib, Hama et Lattaquié.",
    },
    "ev-baghdad-cell": {
      headline: "Une cellule de renseignement commune annoncée à Bagdad",
      text: "L’Irak annonce qu’il partagera ses renseignements sur l’État islamique avec la Russie, l’Iran et la Syrie depuis un centre commun à Bagdad (annonce du 27 septembre). Washington, qui dirige la coalition que l’Irak accueille, n’apprécie pas.",
    },
    "ev-turkish-warning": {
      headline: "La Turquie met en garde après l’entrée d’avions russes dans son espace aérien",
      text: "Des avions russes sont entrés dans l’espace aérien turc au-dessus du Hatay les 3 et 4 octobre. Ankara publie ses règles d’engagement ; l’OTAN soutient son allié et met en garde contre le risque d’escalade.",
    },
    "ev-carrier-leaves": {
      headline: "Plus aucun porte-avions américain dans le Golfe",
      text: "L’USS Theodore Roosevelt a quitté le Golfe le 8 octobre pour une période d’entretien et un nouveau port d’attache ; pour la première fois depuis 2007, l’US Navy n’y a plus de porte-avions, et le suivant, l’USS Harry S. Truman, n’arrivera que dans deux mois environ. Les frappes de la coalition partent désormais de bases terrestres.",
    },
    "ev-air-safety-memo": {
      headline: "Les États-Unis et la Russie signent un mémorandum sur la sécurité aérienne au-dessus de la Syrie",
      text: "Après des semaines de quasi-collisions, les deux armées s’accordent sur des règles pour voler dans le même ciel (20 octobre) : garder des distances de sécurité, utiliser des fréquences radio convenues, laisser ouverte une ligne de communication. Ce n’est pas une coopération : aucune des deux ne partage ses cibles.",
    },
    "ev-hama-offensive": {
      headline: "Offensive terrestre du gouvernement à Hama et à Lattaquié",
      text: "Appuyées par les frappes aériennes russes, l’armée syrienne et les milices alliées attaquent les lignes rebelles au nord de Hama et dans les montagnes de Lattaquié. Des missiles antichars fournis à des rebelles triés sur le volet freinent les premiers assauts.",
    },
    "ev-refugees": {
      headline: "Afflux de réfugiés vers la Turquie",
      text: "Des dizaines de milliers de personnes fuient les combats autour d’Alep vers la frontière turque. La Turquie accueille déjà deux millions de Syriens ; l’UE courtise Ankara avec un plan d’action sur les migrations.",
    },
    "ev-aleppo-push": {
      headline: "Des commandants iraniens mènent une offensive au sud d’Alep",
      text: "Des officiers des Gardiens de la révolution, le Hezbollah et des volontaires chiites rejoignent l’armée au sud d’Alep. Un général de haut rang des Gardiens a été tué près de la ville le 8 octobre.",
    },
    "ev-vienna": {
      headline: "Pourparlers sur la Syrie à Vienne, avec l’Iran à la table",
      text: "Les ministres des Affaires étrangères des puissances concernées par la Syrie se réunissent à Vienne (30 octobre). Pour la première fois, l’Iran est invité. Personne ne s’accorde sur le sort d’Assad.",
    },
    "ev-sanctions-review": {
      headline: "Examen de la levée des sanctions",
      text: "Les inspecteurs rendent compte des mesures prises par l’Iran dans le cadre de l’accord sur le nucléaire ; la levée des sanctions dépend d’un dossier sans faute. Toute violation détectée des engagements de l’Iran lui coûterait désormais cher.",
    },
    "ev-hasakah-offensive": {
      headline: "Offensive menée par les Kurdes dans la campagne de Hassaké",
      text: "Les nouvelles Forces démocratiques syriennes, menées par les YPG et appuyées par l’aviation de la coalition, repoussent l’État islamique du sud de la province de Hassaké. Ankara proteste.",
    },
    "ev-attacks-abroad": {
      headline: "L’État islamique frappe à l’étranger",
      text: "Un avion de ligne russe est détruit en vol au-dessus du Sinaï (31 octobre) et des hommes armés attaquent Paris (13 novembre) ; l’EI revendique les deux attentats. Toutes les puissances sont de plus en plus pressées de viser l’État islamique.",
    },
    "ev-sinjar": {
      headline: "Les peshmergas reprennent Sinjar",
      text: "Les forces kurdes, avec l’appui aérien de la coalition, coupent à Sinjar la route entre Mossoul et Raqqa (13 novembre).",
    },
    "ev-resolution-2249": {
      headline: "Résolution 2249 du Conseil de sécurité de l’ONU",
      text: "Le Conseil appelle à l’unanimité les États à prendre toutes les mesures nécessaires contre l’État islamique en Syrie et en Irak (20 novembre).",
    },
    "ev-second-salvo": {
      headline: "La flottille de la Caspienne se réarme",
      text: "La Russie recharge ses navires de la Caspienne : le 20 novembre, ils ont tiré 18 Kalibr de plus sur la Syrie. Quoi que la flottille ait tiré auparavant, elle dispose désormais d’au moins 18 missiles, et jamais de plus que les 26 qu’elle avait au départ.",
    },
    "ev-turkmen-mountain": {
      headline: "Un F-16 turc abat un Su-24 russe",
      text: "Des frappes russes et une offensive du gouvernement visent les rebelles turkmènes de la montagne des Turkmènes, à la frontière turque. Le 24 novembre, un F-16 turc abat un Su-24 russe qui, selon Ankara, est entré en Turquie ; l’un des deux membres d’équipage est tué par des rebelles au sol. Moscou parle d’un « coup de poignard dans le dos ».",
    },
    "ev-s400-hmeimim": {
      headline: "La Russie déploie des missiles S-400 à Hmeimim",
      text: "Deux jours après la destruction du Su-24, des missiles de défense aérienne à longue portée S-400 arrivent à Hmeimim (26 novembre). Moscou déclare qu’ils abattront toute cible qui menace ses avions ; les avions turcs cessent de voler au-dessus de la Syrie. À partir de ce tour, la batterie tire sur les vols qui entrent dans l’espace aérien syrien, à sa portée, sans l’accord de la Syrie, chaque fois que la posture de la Russie est « Interception ».",
    },
    "ev-sanctions-turkey": {
      headline: "La Russie impose des sanctions à la Turquie",
      text: "Un décret du 28 novembre interdit les fruits et légumes turcs, les vols charters et les voyages organisés vers la Turquie, ainsi que l’embauche de travailleurs turcs, et met fin aux voyages sans visa. Ankara refuse de s’excuser pour le Su-24.",
    },
    "ev-palmyra-push": {
      headline: "L’EI avance vers l’ouest depuis Palmyre",
      text: "L’État islamique attaque les positions du gouvernement en direction de Homs et des champs gaziers situés à l’est de la ville.",
    },
    "ev-mediterranean-kalibr": {
      headline: "Des Kalibr tirés d’un sous-marin en Méditerranée",
      text: "Le sous-marin Rostov-sur-le-Don, en plongée en Méditerranée orientale, tire des missiles Kalibr sur des cibles de l’État islamique à Raqqa (8 décembre). Poutine souligne que ce missile peut porter une ogive nucléaire.",
    },
    "ev-ramadi": {
      headline: "Contre-offensive irakienne sur Ramadi",
      text: "Les troupes irakiennes, avec l’appui aérien de la coalition et des milices chiites tenues aux abords de la ville, resserrent l’étau sur Ramadi.",
    },

    // --- Pour l’animateur
    "ev-missiles-in-iran": {
      headline: "Selon des responsables américains, des missiles de croisière russes se sont écrasés en Iran",
      text: "Des responsables américains affirment que quatre missiles Kalibr sont tombés en Iran, dans une zone rurale (information du 8 octobre 2015). Moscou et Téhéran démentent.",
    },
    "ev-civilian-toll": {
      headline: "Des ONG de défense des droits humains comptent les civils tués",
      text: "Des observateurs publient des preuves de frappes aériennes sur des marchés, des hôpitaux et des villages éloignés de toute position de l’État islamique.",
    },
    "ev-train-equip-ends": {
      headline: "Washington met fin à son programme de formation et d’équipement",
      text: "Le programme de 500 millions de dollars destiné à former des rebelles syriens n’a produit qu’une poignée de combattants ; les États-Unis choisissent désormais d’armer des groupes qui combattent déjà (9 octobre 2015).",
    },
    "ev-oil-accusations": {
      headline: "Accusations autour du pétrole de l’État islamique",
      text: "Moscou accuse la Turquie de profiter du pétrole sorti en contrebande du territoire de l’EI ; Ankara dénonce une calomnie.",
    },
    "ev-border-convoy": {
      headline: "Un convoi humanitaire frappé près de la frontière turque",
      text: "Un convoi d’aide destiné à des familles déplacées près d’Azaz est frappé ; personne ne revendique l’attaque.",
    },
  },
  presets: { lesson45: "Cours de 45 minutes", lesson60: "Cours de 60 minutes" },
};
