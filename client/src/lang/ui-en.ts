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
    tracks: { prestige: "Prestige", legitimacy: "Legitimacy", cost: "Cost", credibility: "Credibility" },
    /** The tracks' labels in the top bar. */
    tracksShort: { prestige: "Prest", legitimacy: "Legit", cost: "Cost", credibility: "Credi" },
    escalation: "Escalation",
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
  hud: {
    match: "Match",
    joinCode: "Join code",
    code: (code: string) => `code ${code}`,
    leave: "Leave",
    leaveTitle: "Back to the lobby (your seat stays yours)",
    ready: "Ready",
    readyDone: "Ready ✓",
    sendReady: "Send & ready",
    readyTitle: "Say you are done with this phase",
    teamTitle: (line: string, ready: boolean) => `Your team: ${line}.${ready ? " The team is ready." : ""}`,
    ruleAny: "any one",
    ruleMajority: "majority",
    ruleCaptain: (name: string) => `captain ${name}`,
    ruleNoCaptain: "majority (no captain here)",
    /** "2/3 ready · majority" */
    teamLine: (ready: number, connected: number, rule: string) => `${ready}/${connected} ready · ${rule}`,
    warnings: (n: number) => `${n === 1 ? "One warning" : `${f.number(n)} warnings`} about these orders (see "Before you send"). Press again to send them as they are.`,
    ended: "Ended",
    clockEnded: "ended",
    clockPaused: "paused",
    pausedEmpty: "Paused: nobody is connected",
    pausedFacilitator: "Paused by the facilitator",
    timeLeft: "Time left in this phase",
    pausedByTeacher: "Paused by your teacher: the clock is stopped.",
    practiceWaiting: "Practice turn: waiting for your teacher to start it. Nothing of it counts.",
    practiceOver: "The practice is over: turn 1 begins from the start when your teacher resumes.",
    lessonWaiting: "Waiting for your teacher to start the lesson.",
    practiceTitle: "A practice turn: nothing of it counts; the match starts over at turn 1 afterwards",
    bot: "bot",
    open: "open",
    /** "Russia: Nia, Sam (ready) (away)" */
    seatTitle: (power: string, who: string, ready: boolean, away: boolean) => `${power}: ${who}${ready ? " (ready)" : ""}${away ? " (away)" : ""}`,
  },
};

export type UiStrings = typeof uiEn;
