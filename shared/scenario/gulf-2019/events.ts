/**
 * Gulf 2019: the event deck. A turn is a fortnight from 12 May 2019: turn n covers
 * 12 May + 14(n−1) days to the day before the next, so turn 1 is 12–25 May, turn 3 is 9–22 June,
 * turn 9 is 1–14 September. A card is announced at the start of the turn whose fortnight holds
 * its date. Cards announce context; the strikes themselves are players' orders. Cards with turn
 * null are for the facilitator to play when the class needs them. Each card's source is on the
 * line above it.
 */
import type { EventCard } from "../types";

export const events: readonly EventCard[] = [
  // --- Scheduled
  // source: US National Security Adviser's statement, 5 May 2019; US Central Command
  {
    id: "ev-lincoln-sent", turn: 1,
    headline: "A carrier and bombers sent to the Gulf",
    text: "On 5 May Washington announces that the USS Abraham Lincoln strike group and a bomber task force are heading for the region, citing threats from Iran. Three days before, the waivers that let eight countries buy Iranian oil ran out.",
    effects: [{ kind: "track", power: "usa", track: "prestige", delta: 1 }, { kind: "track", power: "iran", track: "cost", delta: 3 }],
  },
  // source: UAE, Saudi and Norwegian joint statement to the UN Security Council, 6 June 2019
  {
    id: "ev-fujairah", turn: 1,
    headline: "Four tankers sabotaged off Fujairah",
    text: "On 12 May limpet mines hole four tankers, two Saudi, one Emirati and one Norwegian, at anchor off the Emirati port of Fujairah. The Emirates' inquiry will blame \"a state actor\" without naming one.",
    effects: [{ kind: "track", power: "uae", track: "prestige", delta: -2 }, { kind: "escalation", delta: 0.5 }],
  },
  // source: Saudi Energy Ministry, 14 May 2019; Wall Street Journal, 28 June 2019 (US officials: launched from southern Iraq)
  {
    id: "ev-pipeline", turn: 1,
    headline: "Drones hit the East–West pipeline",
    text: "On 14 May drones strike two pumping stations of Saudi Aramco's East–West pipeline, near Afif and Dawadmi, 800 km from Yemen. The Houthis claim the attack; US officials will later say the drones came from Iraq, which Baghdad denies.",
    effects: [{ kind: "track", power: "saudi", track: "prestige", delta: -2 }, { kind: "track", power: "iraq", track: "legitimacy", delta: -1 }],
  },
  // source: US Central Command, 13–14 June 2019; Iranian Foreign Ministry, 13 June 2019
  {
    id: "ev-gulf-of-oman", turn: 3,
    headline: "Two tankers ablaze in the Gulf of Oman",
    text: "On 13 June the Front Altair and the Kokuka Courageous are struck by explosions. US Central Command releases a video it says shows an IRGC boat removing an unexploded mine from one hull; Tehran denies any part in it.",
    effects: [{ kind: "track", power: "iran", track: "legitimacy", delta: -2 }, { kind: "escalation", delta: 1 }],
  },
  // source: US Central Command and IRGC statements, 20 June 2019; the US President, 21 June 2019
  {
    id: "ev-global-hawk", turn: 3,
    headline: "Iran shoots down a US Global Hawk",
    text: "On 20 June an IRGC surface-to-air missile brings down a US Navy RQ-4A over the Strait of Hormuz: in Iranian airspace, Tehran says; over international waters, says Washington. The US President calls off retaliatory strikes ten minutes before launch.",
    effects: [{ kind: "track", power: "usa", track: "prestige", delta: -3 }, { kind: "track", power: "iran", track: "prestige", delta: 3 }, { kind: "escalation", delta: 1 }],
  },
  // source: Government of Gibraltar, 4 July 2019
  {
    id: "ev-grace-1", turn: 4,
    headline: "Gibraltar detains the Grace 1",
    text: "On 4 July Royal Marines board the supertanker Grace 1 off Gibraltar, suspected of carrying Iranian crude to Syria against EU sanctions. Tehran calls it piracy.",
    effects: [{ kind: "track", power: "iran", track: "prestige", delta: -2 }],
  },
  // source: IRGC statement and UK Foreign Office, 19 July 2019; US Department of Defense, 19 July 2019
  {
    id: "ev-stena-impero", turn: 5,
    headline: "The IRGC seizes the Stena Impero",
    text: "On 19 July Revolutionary Guards board the British-flagged tanker Stena Impero in the Strait of Hormuz and take it to Bandar Abbas. The same day Washington confirms US troops are going to Prince Sultan Air Base in Saudi Arabia, for the first time since 2003.",
    effects: [{ kind: "track", power: "iran", track: "prestige", delta: 2 }, { kind: "track", power: "iran", track: "legitimacy", delta: -2 }, { kind: "escalation", delta: 1 }],
  },
  // source: UAE and Iranian statements on the coast-guard meeting in Tehran, 30–31 July 2019
  {
    id: "ev-uae-tehran", turn: 6,
    headline: "Emirati coast guards in Tehran",
    text: "On 30 July an Emirati coast-guard delegation meets its Iranian counterparts in Tehran on maritime security, the first such talks in six years. Abu Dhabi is also drawing its troops down from Yemen.",
    effects: [{ kind: "influence", power: "uae", country: "512", delta: 3 }, { kind: "escalation", delta: -0.5 }],
  },
  // source: UK Ministry of Defence, 5 August 2019; US Central Command (Operation Sentinel)
  {
    id: "ev-sentinel", turn: 7,
    headline: "Britain joins a US-led maritime mission",
    text: "On 5 August the UK joins the US in escorting merchant ships through the Strait of Hormuz, the start of the International Maritime Security Construct headquartered in Bahrain; Saudi Arabia and the Emirates join in September.",
    effects: [{ kind: "track", power: "usa", track: "prestige", delta: 2 }, { kind: "influence", power: "usa", country: "634", delta: 2 }],
  },
  // source: UN Special Envoy for Yemen, 11 August 2019; ICRC, August 2019
  {
    id: "ev-aden", turn: 7,
    headline: "Southern separatists take Aden",
    text: "After four days of fighting from 7 August, forces of the UAE-backed Southern Transitional Council seize the government's bases and the presidential palace in Aden. Saudi Arabia calls for a ceasefire and talks in Jeddah.",
    effects: [{ kind: "strength", zone: "aden", faction: "stc", delta: 12 }, { kind: "strength", zone: "aden", faction: "yemeni-govt", delta: -15 }, { kind: "civilians", zone: "aden", delta: -5 }],
  },
  // source: PMF statements, July–August 2019; Iraqi Prime Minister's office, 15 August 2019
  {
    id: "ev-pmf-depots", turn: 7,
    headline: "Explosions at the militias' arms depots",
    text: "Since 19 July four depots of the Popular Mobilisation Forces have blown up, at Amerli, Camp Ashraf, south Baghdad and Balad; officials blame Israeli drones, and one PMF leader blames the United States. Baghdad bans unauthorised flights over Iraq.",
    effects: [{ kind: "strength", zone: "diyala", faction: "pmf", delta: -5 }, { kind: "influence", power: "usa", country: "368", delta: -3 }],
  },
  // source: Yemeni government and UAE statements, 29–30 August 2019
  {
    id: "ev-aden-airstrikes", turn: 8,
    headline: "Emirati jets strike government forces near Aden",
    text: "On 29 August, as government troops advance on Aden, Emirati aircraft strike them, saying they targeted \"terrorist militias\". The government accuses its ally of backing the rebellion against it.",
    effects: [{ kind: "strength", zone: "aden", faction: "yemeni-govt", delta: -5 }, { kind: "track", power: "uae", track: "legitimacy", delta: -2 }, { kind: "track", power: "saudi", track: "prestige", delta: -1 }],
  },
  // source: Saudi Aramco and Saudi Energy Ministry, 14–16 September 2019; US Secretary of State, 14 September 2019; UN Panel of Experts on Yemen, January 2020
  {
    id: "ev-abqaiq", turn: 9,
    headline: "Abqaiq and Khurais struck",
    text: "Before dawn on 14 September drones and cruise missiles hit the Abqaiq processing plant and the Khurais oil field, halving Saudi output for days. The Houthis claim it; Washington says the attack came from Iran, which denies it; UN experts will find the weapons could not have been launched from Yemen.",
    effects: [{ kind: "track", power: "saudi", track: "prestige", delta: -5 }, { kind: "track", power: "iran", track: "legitimacy", delta: -2 }, { kind: "escalation", delta: 1.5 }],
  },

  // --- For the facilitator
  // source: UN Redeployment Coordination Committee, 14 May 2019
  {
    id: "ev-hodeidah-ports", turn: null,
    headline: "Houthis hand over Hodeidah's ports",
    text: "The UN confirms that the Houthis have withdrawn their fighters from the ports of Hodeidah, Salif and Ras Isa, the first step of the Stockholm Agreement.",
    effects: [{ kind: "strength", zone: "hodeidah", faction: "houthis", delta: -5 }, { kind: "escalation", delta: -0.5 }],
  },
  // source: Omani Foreign Ministry statements, 2019
  {
    id: "ev-oman-mediates", turn: null,
    headline: "Oman passes messages between Washington and Tehran",
    text: "Muscat, which hosted the secret talks that led to the nuclear deal, offers its good offices again.",
    effects: [{ kind: "escalation", delta: -1 }],
  },
  // source: UN OCHA, Yemen Humanitarian Response Plan 2019
  {
    id: "ev-cholera", turn: null,
    headline: "Cholera spreads again in Yemen",
    text: "The UN reports hundreds of thousands of suspected cholera cases this year; 24 million Yemenis, four in five, need aid.",
    effects: [{ kind: "civilians", zone: "hodeidah", delta: -10 }, { kind: "civilians", zone: "sanaa", delta: -10 }],
  },
];
