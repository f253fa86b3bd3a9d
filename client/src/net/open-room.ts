/**
 * Opens a match room as the game's client does: decoded with its own copy of the state's types
 * (shared/protocol/state/), so the server skips the handshake that would describe them (8 KB),
 * and refuses the join with join/outdated_client if its types are not these.
 */
import type { Client, Room } from "@colyseus/sdk";
import { ROOM_NAME } from "../../../shared/protocol";
import type { JoinOptions } from "../../../shared/protocol";
import { stateTypesId } from "../../../shared/protocol/state/fingerprint";
import { MatchRoomState } from "../../../shared/protocol/state/room-state";

export function createRoom(client: Client, options: JoinOptions): Promise<Room> {
  return client.create(ROOM_NAME, { ...options, stateTypes: stateTypesId() }, MatchRoomState);
}

export function joinRoom(client: Client, matchId: string, options: JoinOptions): Promise<Room> {
  return client.joinById(matchId, { ...options, stateTypes: stateTypesId() }, MatchRoomState);
}
