/**
 * A player's invalid command is data, not an exception: a stable code and its parameters. The
 * words are in shared/catalog (errorText), so the rules hold none.
 */

/** An error's parameters: ids and numbers the catalog words the error with. */
export type Params = Record<string, string | number>;

/**
 * Every error code the rules and the server give ("area/what"), with the parameters each takes.
 * The catalog has a message for each (a missing one is a compile error there).
 */
export const ERROR_CODES = [
  // apply(): who may send what, when
  "seat/unknown_actor",
  "match/ended",
  /** command: the command's type. */
  "seat/not_a_power",
  /** command: a command or message type the facilitator alone may send. */
  "seat/not_facilitator",
  /** power, scenario: a seat asked for by a power the match's scenario does not have. */
  "seat/unknown_power",
  /** turn, phase: the command's; now, at: the match's turn and phase. */
  "command/stale",
  /** command, phase. */
  "phase/not_now",
  /** at: where in the payload (a dotted path, or ""); detail: the validator's words. */
  "command/malformed",
  /** at: where in the payload; power: an id the match's scenario has no power of. */
  "command/unknown_power",
  /** at; faction: an id the match's scenario has no faction of. */
  "command/unknown_faction",
  // orders
  /** strike. */
  "order/bad_id",
  /** strike. */
  "order/duplicate_id",
  /** asset. */
  "order/not_your_asset",
  /** zone. */
  "order/unknown_zone",
  /** asset, available, used. */
  "order/over_capacity",
  /** asset, power: the host whose consent it needs. */
  "order/no_basing",
  /** zone, km, weapon, range. */
  "order/out_of_range",
  /** have, given. */
  "order/over_support",
  /** faction, zone. */
  "order/unreachable",
  /** have, flown. */
  "order/over_patrols",
  /** treaty. */
  "order/not_your_nfz",
  /** treaty. */
  "order/unknown_treaty",
  /** treaty. */
  "order/not_bound",
  /** treaty, status. */
  "order/treaty_not_in_force",
  // diplomacy
  "proposal/duplicate_party",
  "proposal/no_counterparty",
  /** proposal. */
  "proposal/not_found",
  /** proposal, status. */
  "proposal/closed",
  /** proposal. */
  "proposal/already_accepted",
  "proposal/own",
  "proposal/not_yours",
  /** term: its kind. */
  "term/duplicate",
  /** term. */
  "term/no_party",
  /** power, term. */
  "term/not_a_party",
  /** zone. */
  "term/unknown_zone",
  /** term: "overflight" or "basing". */
  "term/self",
  /** power. */
  "term/no_airspace",
  "term/duplicate_member",
  /** power, most. */
  "term/pledge_too_large",
  "term/no_pledge",
  // the facilitator's injects
  /** card. */
  "inject/unknown_card",
  /** zone. */
  "inject/unknown_zone",
  /** asset. */
  "inject/unknown_asset",
  /** country. */
  "inject/unknown_country",
  // the server's messages (server/)
  /** message. */
  "message/unknown_type",
  "server/internal",
  /** what: "draft", "command", "seat", "roster", "chat", "realmatch" (the start of the real match) or "message" (lost before it was recorded); absent: anything. */
  "server/storage",
  /** at, detail (as command/malformed), for each message's payload. */
  "join/malformed",
  "create/malformed",
  "draft/malformed",
  "chat/malformed",
  "claim/malformed",
  "pause/malformed",
  "extend/malformed",
  "roster/malformed",
  "assign/malformed",
  "kick/malformed",
  "bots/malformed",
  "broadcast/malformed",
  "teamcap/malformed",
  "readyrule/malformed",
  "entry/malformed",
  "rename/malformed",
  /** scenario. */
  "create/unknown_scenario",
  /** count, errors (each "field: what is wrong", one a line). */
  "create/bad_scenario",
  "create/practice_needs_facilitator",
  "practice/none",
  "realmatch/malformed",
  "seat/removed",
  /** key: "facilitator" or "seat". */
  "seat/bad_key",
  /** max. */
  "seat/spectators_full",
  /** whose: "facilitator" (a name kept for the one running the lesson) or "teacher". */
  "join/reserved_name",
  "seat/assign_only",
  "seat/none_free",
  "seat/spectator",
  /** what: "commands" or "changes". */
  "command/rate_limited",
  "seat/no_team",
  "chat/spectator",
  "chat/rate_limited",
  "chat/no_recipient",
  "seat/already_seated",
  /** power. */
  "seat/reserved_for_bot",
  /** power; teams: 0 when the match has none (a move between seats). */
  "seat/taken",
  /** power, cap. */
  "seat/team_full",
  /** who: "player", "student" (waiting to be assigned) or "captain" (with power). */
  "roster/unknown_player",
  /** powers: the seats' names, listed. */
  "roster/seat_held",
  "match/closed",
  /** why: "turn" (for another turn) or "teammate" (changed first). */
  "draft/stale",
  "draft/closed",
  "draft/too_large",
  "extend/untimed",
  /** seconds. */
  "extend/too_little_left",
  "join/removed",
  "join/locked",
  /** A page whose copy of the state's types is not the server's (shared/protocol/state/fingerprint.ts). */
  "join/outdated_client",
  // the HTTP API (server/http)
  "match/not_found",
  "match/abandoned",
  "match/not_finished",
  /** detail: why its rows cannot be read. */
  "match/damaged",
  "code/unknown",
  "quickplay/malformed",
  "create/rate_limited",
  "server/create_failed",
  "archive/no_key",
  "archive/rate_limited",
  /** what: "link" (an export link) or "students" (the per-student table). */
  "export/not_facilitator",
  // the HTTP server's own refusals, before any route (server/http: fault.ts, origins.ts, connections.ts)
  "http/not_found",
  "http/malformed_body",
  "http/too_large",
  /** what: "encoding" or "charset". */
  "http/bad_encoding",
  /** status: the HTTP status of a request refused without a code (by Express itself: a path it cannot decode, a bad range). */
  "http/refused",
  "http/origin_not_allowed",
  "http/too_many_connections",
  // the browser client's own (client/src/net)
  "net/unreachable",
  "net/lost",
  "net/no_view",
  "net/offline",
  "net/no_reply",
  /** detail: what went wrong, in the SDK's words. */
  "net/request_failed",
  /** status: the SDK's error code; detail: its words. */
  "net/room_error",
  /** detail: the error's words. */
  "net/error",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RuleError {
  /** Stable, machine-readable: "area/what", e.g. "order/out_of_range". */
  code: ErrorCode;
  params: Params;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RuleError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, params: Params = {}): Result<T> {
  return { ok: false, error: { code, params } };
}
