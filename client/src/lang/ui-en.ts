/**
 * The screen's own words in English, keyed by UI id (section.name). Its shape is the UI catalog's
 * type: another language (ui-fr.ts) must have every key, with the same parameters.
 */
import { formatFor, LOCALES } from "../../../shared/catalog";

const f = formatFor(LOCALES.en);

export const uiEn = {
  common: {
    phases: { briefing: "Briefing", diplomacy: "Diplomacy", orders: "Orders", resolution: "Resolution", report: "Report" },
    practiceTurn: "Practice turn",
    /** "Turn 2/8", or with `of` " of ": "Turn 2 of 8". */
    turn: (turn: number, turns: number, long: boolean) => (long ? `Turn ${turn} of ${turns}` : `Turn ${turn}/${turns}`),
    spectator: "Spectator",
    facilitator: "Facilitator",
    somethingWrong: "Something went wrong.",
  },
  lobby: {
    language: "Language",
    defaultName: "Player",
    yourName: "Your name",
    quickPower: "Power to play in quick play",
    anyPower: "Any power",
    anyFreePower: "Any free power",
    quickPlay: "Quick play",
    quickPlayTitle: "A fast match (2-minute diplomacy) against bots",
    practice: "Practice against bots",
    practiceTitle: "A private match on quick timers, every other seat a bot, with the guide from its first step",
    practiceMatchName: "Practice",
    teach: "Teachers: run a class",
    teachTitle: "Create a lesson for a class, with a join code, teams, injects and a debrief",
    create: "Create a match",
    matchName: "Match name",
    matchNamePlaceholder: "Match name (optional)",
    visibility: "Visibility",
    public: "Public (listed)",
    private: "Private (join code)",
    turns: "Turns",
    timers: "Timers",
    timerLesson: "Lesson (diplomacy 4 min, orders 2 min)",
    timerOnline: "Online (diplomacy 10 min, orders 5 min)",
    timerQuick: "Quick (diplomacy 2 min, orders 1 min)",
    youPlay: "You play",
    botSeats: "Seats kept for bots (other empty seats are played by bots until someone joins)",
    createMatch: "Create match",
    joinByCode: "Join by code",
    joinCode: "Join code",
    power: "Power",
    join: "Join",
    spectate: "Spectate",
    typeCode: "Type the join code first.",
    openMatches: "Open matches",
    refresh: "Refresh",
    noMatches: "No public match is waiting for players. Create one, or use quick play.",
    /** "turn 2/8 · Diplomacy · 3 players" */
    matchLine: (turn: number, turns: number, phase: string, players: number) => `turn ${turn}/${turns} · ${phase} · ${f.plural(players, { one: "# player", other: "# players" })}`,
    joinAs: (power: string) => `Join as ${power}`,
    yourMatches: "Your matches",
    /** "Russia · code ABC234" */
    seatLine: (who: string, code: string) => `${who} · code ${code}`,
    rejoin: "Rejoin",
    forget: "Forget this seat",
  },
};

export type UiStrings = typeof uiEn;
