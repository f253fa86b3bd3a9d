/**
 * Every size limit a client's message must keep, as plain numbers: the validators
 * (shared/commands.ts, shared/protocol/validators.ts) check them, and the client's forms use the
 * same numbers without pulling in the schemas (zod stays out of the browser bundle).
 */
export const LIMITS = {
  idLength: 40,
  noteLength: 500,
  headlineLength: 120,
  cardTextLength: 1000,
  terms: 8,
  zonesPerTerm: 16,
  strikes: 40,
  waypoints: 12,
  supportOrders: 20,
  patrols: 10,
  revocations: 20,
  effects: 12,
  turns: 30,
  unitsPerStrike: 100,
  points: 100,
  /** A chat line or a facilitator's broadcast. */
  chatLength: 500,
  /** A player's name. */
  nameLength: 40,
  /** A match's (or a lesson's) name. */
  matchNameLength: 60,
  /** Most powers a scenario may have (seats), and most factions. */
  powers: 12,
  factions: 16,
  /** Most players one power may hold with teams. */
  teamCap: 40,
} as const;
