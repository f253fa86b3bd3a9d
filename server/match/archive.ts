/** The archive of a finished match: everything a debrief needs, written once when it ends. */
import { powersOf } from "../../shared/scenario/ids-of";
import { scoreMatch, viewForSeat } from "../../shared";
import type { MatchState, MatchView, PowerId } from "../../shared";
import type { MatchScores } from "../../shared/rules/scoring";
import { scenarioOfSettings } from "../../shared/scenario/file";
import type { MatchStore } from "../store/store";
import { memberId } from "./roster";
import type { SeatTable } from "./seats";
import type { ChatMessage, LoggedCommand, MatchRecord, MatchSettings } from "./types";

export interface MatchArchive {
  id: string;
  name: string;
  createdAt: number;
  setup: { scenarioId: string; seed: string; turns: number; settings: MatchSettings };
  seats: { power: PowerId; players: string[]; bot: string | null }[];
  /** The seat holders at the end, with their public ids (absent from archives written before it). */
  members?: { id: string; name: string; power: PowerId }[];
  commands: LoggedCommand[];
  ending: MatchState["ending"];
  /** Each power's objectives, met or not, and its total (the debrief's scores). */
  scoring: MatchScores;
  finalHash: string;
  /** The facilitator's view of the final state, with the whole event log. */
  final: MatchView;
  /** Every message, private ones included (the HTTP route filters them). */
  chat: ChatMessage[];
}

export function buildArchive(input: {
  record: MatchRecord;
  state: MatchState;
  seats: SeatTable;
  commands: readonly LoggedCommand[];
  chat: readonly ChatMessage[];
  hash: string;
}): MatchArchive {
  const { record, state } = input;
  const settings = record.settings;
  return {
    id: record.id,
    name: settings.name,
    createdAt: record.createdAt,
    setup: { scenarioId: settings.scenarioId, seed: record.seed, turns: settings.turns, settings },
    seats: powersOf(settings).map((p) => ({ power: p, players: input.seats.membersOf(p).map((m) => m.name), bot: settings.bots[p] ?? null })),
    members: input.seats.all().map((m) => ({ id: memberId(m.keyHash), name: m.name, power: m.power })),
    commands: [...input.commands],
    ending: state.ending,
    scoring: scoreMatch(state),
    finalHash: input.hash,
    final: viewForSeat(state, "facilitator"),
    chat: [...input.chat],
  };
}

/**
 * A finished match's archive from the store, its scenario known to this process: a teacher's file
 * is registered again after a restart, so the exports and the replay can look it up by id.
 */
export async function readArchive(store: Pick<MatchStore, "archive">, matchId: string): Promise<MatchArchive | null> {
  const archive = (await store.archive(matchId)) as MatchArchive | null;
  if (archive) scenarioOfSettings(archive.setup.settings);
  return archive;
}
