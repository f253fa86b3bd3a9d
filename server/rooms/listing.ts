/**
 * Matches as every process sees them: each room lists its match's summary as Colyseus room
 * metadata (kept in Redis when several processes share it), so the public list and quick play
 * see every process's matches; a room is asked for its hash wherever it lives.
 */
import { matchMaker } from "@colyseus/core";
import type { MatchSession, MatchSummary } from "../match/session";
import { ROOM_NAME } from "../../shared/protocol";
import type { LiveAccess } from "./match-room";

export interface ListedMatch extends MatchSummary {
  /** Run by a facilitator (a lesson): never offered to quick play. */
  facilitated: boolean;
}

export function listingOf(session: MatchSession): ListedMatch {
  return { ...session.summary(), facilitated: session.settings.facilitator };
}

/** Every match with a room on any process. */
export async function listedMatches(): Promise<ListedMatch[]> {
  const rooms = await matchMaker.query({ name: ROOM_NAME });
  return rooms.map((r) => r.metadata as ListedMatch | undefined).filter((m): m is ListedMatch => m !== undefined && typeof m.id === "string");
}

/** Public matches still running with a seat a human can take, newest first. */
export async function openPublicMatches(): Promise<ListedMatch[]> {
  return (await listedMatches()).filter((m) => m.visibility === "public" && m.status === "running" && m.seatsFree.length > 0).sort((a, b) => b.createdAt - a.createdAt);
}

/** A live match's summary and hash from its room, on whichever process hosts it; null if none answers. */
export async function describeLive(matchId: string, access: LiveAccess = {}): Promise<(MatchSummary & { hash: string; host: string; liveHash?: string }) | null> {
  try {
    const described = (await matchMaker.remoteRoomCall(matchId, "describe", [access], 2000)) as (MatchSummary & { hash: string; host: string; liveHash?: string }) | undefined;
    return described ?? null;
  } catch {
    return null;
  }
}
