/** Gulf 2019's prose in French (see ScenarioText in ../types.ts). */
import type { ScenarioText } from "../types";

/** "Your word is good", shared by the five `…-word-kept` objectives (wordKept in ./objectives.ts). */
const WORD_KEPT =
  "Parole tenue : un traité que vous avez conclu est toujours en vigueur à la fin, et votre crédibilité ne finit pas plus bas qu’au départ (une révocation anticipée ou un engagement rompu fait perdre cet objectif).";

export const textFr: ScenarioText = {
  date: "mai–septembre 2019",
  summary:
    "12 mai 2019 : quatre pétroliers sont éventrés par des mines au large de Fujaïrah, dix jours après que les États-Unis " +
    "ont mis fin aux dernières dérogations sur le pétrole iranien. Des drones frappent un oléoduc saoudien, un drone " +
    "américain est abattu au-dessus du détroit d’Ormuz, un pétrolier britannique est saisi et, en septembre, Abqaiq brûle. " +
    "Au Yémen, la coalition menée par l’Arabie saoudite se déchire à propos d’Aden ; en Irak, les dépôts des milices " +
    "explosent. Négociez survols, stationnement et renseignement, armez vos amis ou retenez-les, frappez, et voyez qui " +
    "est vu en train de faire quoi.",

  briefs: {
    usa: "Faites pression sur l’Iran sans lui faire la guerre : protégez la navigation dans le Golfe et vos partenaires, affaiblissez les milices armées par l’Iran et gardez le ciel de Bagdad ouvert pour vous.",
    iran: "Faites payer la « pression maximale » aux États-Unis et à leurs partenaires, par des amis dont les mains ne sont pas les vôtres, sans donner à Washington une raison de faire la guerre.",
    saudi: "Gagnez la guerre au Yémen pour le gouvernement que vous avez rétabli, ou au moins arrêtez les drones des Houthis, et obligez les États-Unis à tenir leur engagement de défendre le royaume.",
    uae: "Gardez le sud du Yémen aux mains de vos alliés et Al-Qaïda affaibli, et tenez les Émirats, leurs ports et leurs pétroliers, à l’écart d’une guerre avec l’Iran, sur l’autre rive du Golfe.",
    iraq: "Restez en dehors d’une guerre entre vos deux partenaires, Washington et Téhéran : gardez-les tous les deux à vos côtés, l’État islamique affaibli et votre ciel à vous.",
  },

  objectives: {
    // --- États-Unis
    "usa-no-war": "La pression, pas la guerre : aucun appareil abattu ni aucune interception entre forces américaines et iraniennes.",
    "usa-pmf-weak": "Les milices pro-iraniennes en Irak (Hachd al-Chaabi) finissent avec au plus 80 % de leur force de départ.",
    "usa-aqap": "Al-Qaïda dans la péninsule Arabique (AQPA) finit avec au plus 70 % de sa force de départ, les frappes américaines lui ayant retiré au moins 8 de force.",
    "usa-iraq-skies": "Bagdad vous laisse son ciel ouvert : un droit de survol de l’Irak toujours en vigueur à la fin.",
    "usa-word-kept": WORD_KEPT,
    "usa-standing": "Rang préservé : le prestige finit à 55 ou plus, et la légitimité au plus 5 points sous son niveau de départ.",
    "usa-saudi-basing": "Retour à Prince-Sultan : un traité de stationnement avec l’Arabie saoudite, conclu pendant la partie et toujours en vigueur à la fin.",
    "usa-houthis-contained": "Les Houthis finissent avec au plus 85 % de leur force de départ, sans que les Américains abattent l’appareil de qui que ce soit.",

    // --- Iran
    "irn-houthis-hold": "Les Houthis tiennent Sanaa ou Hodeïda à la fin.",
    "irn-pmf-strong": "Les milices en Irak finissent avec au moins 75 % de leur force de départ, et au moins 8 points de soutien iraniens leur sont parvenus.",
    "irn-deniable": "Pouvoir nier : aucune violation ni aucun engagement rompu de l’Iran n’est jamais détecté.",
    "irn-no-war": "Pas de guerre : aucun appareil abattu ni aucune interception entre forces iraniennes et américaines.",
    "irn-influence": "Une influence de 50 ou plus en Irak et de 40 ou plus au Yémen : ce que vous aviez en mai, conservé.",
    "irn-word-kept": WORD_KEPT,
    "irn-arm-houthis": "Des armes pour Ansar Allah : au moins 16 points de soutien iraniens parvenus aux Houthis.",
    "irn-gulf-talks": "Diviser le Golfe : un traité avec les Émirats ou l’Arabie saoudite, conclu pendant la partie et toujours en vigueur à la fin.",

    // --- Arabie saoudite
    "sau-houthis-weak": "Les Houthis finissent avec au plus 80 % de leur force de départ, les frappes saoudiennes leur ayant retiré au moins 15 de force.",
    "sau-government-holds": "Le gouvernement que vous avez rétabli tient Aden et Marib à la fin.",
    "sau-us-commitment": "Un engagement américain : un traité avec les États-Unis, conclu pendant la partie et toujours en vigueur à la fin.",
    "sau-legitimacy": "Une guerre que le monde peut accepter : la légitimité finit au plus 20 points sous son niveau de départ.",
    "sau-word-kept": WORD_KEPT,
    "sau-pmf-weak": "L’influence de l’Iran réduite : les milices en Irak finissent avec au plus 85 % de leur force de départ.",
    "sau-taiz-marib": "Le gouvernement tient Marib et Taëz à la fin.",

    // --- Émirats arabes unis
    "uae-stc-aden": "Vos alliés du Sud prennent Aden : le Conseil de transition du Sud contrôle la ville à la fin.",
    "uae-aqap": "Al-Qaïda dans la péninsule Arabique (AQPA) finit avec au plus 70 % de sa force de départ, les frappes émiriennes lui ayant retiré au moins 8 de force.",
    "uae-no-clash": "Pas de guerre d’une rive à l’autre : aucun appareil abattu ni aucune interception entre forces émiriennes et iraniennes.",
    "uae-word-kept": WORD_KEPT,
    "uae-standing": "Rang préservé : la légitimité finit au plus 15 points sous son niveau de départ.",
    "uae-iran-talks": "Un canal vers Téhéran : un traité avec l’Iran, conclu pendant la partie et toujours en vigueur à la fin.",
    "uae-stc-shabwa": "Le Conseil de transition du Sud contrôle Chabwa à la fin, et au moins 8 points de soutien émiriens lui sont parvenus.",

    // --- Irak
    "irq-isis-down": "L’État islamique finit avec au plus 60 % de sa force de départ, les frappes irakiennes lui ayant retiré au moins 10 de force.",
    "irq-both-sides": "Des amis des deux côtés : des traités avec les États-Unis et avec l’Iran, conclus pendant la partie et toujours en vigueur à la fin.",
    "irq-airspace": "L’espace aérien de l’Irak respecté : aucun vol ne le traverse sans l’accord de l’Irak, détecté ou non, sauf si l’Irak l’a abattu.",
    "irq-word-kept": WORD_KEPT,
    "irq-standing": "Rang préservé : la légitimité finit au plus 8 points sous son niveau de départ.",
    "irq-mediator": "Bagdad médiateur : des traités avec l’Arabie saoudite et avec l’Iran, conclus pendant la partie et toujours en vigueur à la fin.",
    "irq-pmf-reined": "Les milices placées sous l’autorité de l’État : il ne leur reste pas plus de 50 de force à Jurf al-Sakhar.",
  },

  events: {
    // --- Prévues
    "ev-lincoln-sent": {
      headline: "Un porte-avions et des bombardiers envoyés dans le Golfe",
      text: "Le 5 mai, Washington annonce que le groupe aéronaval de l’USS Abraham Lincoln et une force de bombardiers font route vers la région, en invoquant des menaces venues de l’Iran. Trois jours plus tôt, les dérogations qui permettaient à huit pays d’acheter du pétrole iranien ont pris fin.",
    },
    "ev-fujairah": {
      headline: "Quatre pétroliers sabotés au large de Fujaïrah",
      text: "Le 12 mai, des mines-ventouses éventrent quatre pétroliers, deux saoudiens, un émirien et un norvégien, au mouillage au large du port émirien de Fujaïrah. L’enquête des Émirats accusera « un acteur étatique », sans le nommer.",
    },
    "ev-pipeline": {
      headline: "Des drones frappent l’oléoduc Est-Ouest",
      text: "Le 14 mai, des drones frappent deux stations de pompage de l’oléoduc Est-Ouest de Saudi Aramco, près d’Afif et de Dawadmi, à 800 km du Yémen. Les Houthis revendiquent l’attaque ; des responsables américains diront plus tard que les drones venaient d’Irak, ce que Bagdad dément.",
    },
    "ev-gulf-of-oman": {
      headline: "Deux pétroliers en feu dans le golfe d’Oman",
      text: "Le 13 juin, le Front Altair et le Kokuka Courageous sont touchés par des explosions. Le commandement central américain (CENTCOM) diffuse une vidéo qui montre, selon lui, une vedette des Gardiens de la révolution retirant d’une coque une mine non explosée ; Téhéran nie toute implication.",
    },
    "ev-global-hawk": {
      headline: "L’Iran abat un Global Hawk américain",
      text: "Le 20 juin, un missile sol-air des Gardiens de la révolution abat un drone RQ-4A de la marine américaine au-dessus du détroit d’Ormuz : dans l’espace aérien iranien, selon Téhéran ; au-dessus des eaux internationales, selon Washington. Le président américain annule des frappes de représailles dix minutes avant leur lancement.",
    },
    "ev-grace-1": {
      headline: "Gibraltar immobilise le Grace 1",
      text: "Le 4 juillet, des Royal Marines britanniques montent à bord du superpétrolier Grace 1 au large de Gibraltar : il est soupçonné de transporter du pétrole brut iranien vers la Syrie, en violation des sanctions de l’Union européenne. Téhéran parle de piraterie.",
    },
    "ev-stena-impero": {
      headline: "Les Gardiens de la révolution saisissent le Stena Impero",
      text: "Le 19 juillet, des Gardiens de la révolution montent à bord du pétrolier Stena Impero, sous pavillon britannique, dans le détroit d’Ormuz, et l’emmènent à Bandar Abbas. Le même jour, Washington confirme que des troupes américaines partent pour la base aérienne Prince-Sultan, en Arabie saoudite, pour la première fois depuis 2003.",
    },
    "ev-uae-tehran": {
      headline: "Des garde-côtes émiriens à Téhéran",
      text: "Le 30 juillet, une délégation de garde-côtes émiriens rencontre ses homologues iraniens à Téhéran pour parler de sécurité maritime : ce sont les premiers entretiens de ce genre depuis six ans. Abou Dabi réduit aussi le nombre de ses soldats au Yémen.",
    },
    "ev-sentinel": {
      headline: "Le Royaume-Uni rejoint une mission maritime menée par les États-Unis",
      text: "Le 5 août, le Royaume-Uni se joint aux États-Unis pour escorter les navires marchands dans le détroit d’Ormuz : c’est le début de la mission internationale de sécurité maritime (IMSC), dont le quartier général est à Bahreïn. L’Arabie saoudite et les Émirats la rejoignent en septembre.",
    },
    "ev-aden": {
      headline: "Les séparatistes du Sud prennent Aden",
      text: "Après quatre jours de combats à partir du 7 août, les forces du Conseil de transition du Sud, soutenu par les Émirats, s’emparent des bases du gouvernement et du palais présidentiel à Aden. L’Arabie saoudite appelle à un cessez-le-feu et à des pourparlers à Djeddah.",
    },
    "ev-pmf-depots": {
      headline: "Explosions dans les dépôts d’armes des milices",
      text: "Depuis le 19 juillet, quatre dépôts des milices pro-iraniennes (Hachd al-Chaabi) ont explosé, à Amerli, au camp Ashraf, au sud de Bagdad et à Balad ; des responsables accusent des drones israéliens, et un chef du Hachd accuse les États-Unis. Bagdad interdit les vols non autorisés au-dessus de l’Irak.",
    },
    "ev-aden-airstrikes": {
      headline: "Des avions émiriens frappent les forces gouvernementales près d’Aden",
      text: "Le 29 août, alors que les troupes du gouvernement avancent sur Aden, des avions émiriens les bombardent, en affirmant avoir visé des « milices terroristes ». Le gouvernement accuse son allié de soutenir la rébellion contre lui.",
    },
    "ev-abqaiq": {
      headline: "Abqaiq et Khurais frappés",
      text: "Avant l’aube du 14 septembre, des drones et des missiles de croisière frappent l’usine de traitement d’Abqaiq et le champ pétrolier de Khurais : la production saoudienne est divisée par deux pendant plusieurs jours. Les Houthis revendiquent l’attaque ; Washington affirme qu’elle est venue d’Iran, qui dément ; des experts de l’ONU concluront que les armes n’ont pas pu être lancées depuis le Yémen.",
    },

    // --- Pour l’animateur
    "ev-hodeidah-ports": {
      headline: "Les Houthis remettent les ports de Hodeïda",
      text: "L’ONU confirme que les Houthis ont retiré leurs combattants des ports de Hodeïda, de Salif et de Ras Isa : c’est la première étape de l’accord de Stockholm.",
    },
    "ev-oman-mediates": {
      headline: "Oman transmet des messages entre Washington et Téhéran",
      text: "Mascate, qui avait accueilli les négociations secrètes à l’origine de l’accord sur le nucléaire iranien, propose de nouveau ses bons offices.",
    },
    "ev-cholera": {
      headline: "Le choléra se propage de nouveau au Yémen",
      text: "L’ONU signale cette année des centaines de milliers de cas suspects de choléra ; 24 millions de Yéménites, quatre sur cinq, ont besoin d’aide.",
    },
  },
  presets: { lesson45: "Cours de 45 minutes", lesson60: "Cours de 60 minutes" },
};
