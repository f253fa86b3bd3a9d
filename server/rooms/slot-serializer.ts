/**
 * The room's schema serializer, with one change to the state a client gets whole (on joining,
 * on reconnecting): the walk skips the other viewers' slots.
 *
 * An event entity can sit in several slots' logs (shared-events.ts). @colyseus/schema 5.0.34's
 * full-state walk (Encoder.encodeFullSync) visits each entity once, at its first reach, and emits
 * it there if the client's view sees the entity itself — even when it reaches it through another
 * viewer's slot the client does not see. The client then gets the entity's fields before the ADD
 * that names it ("refId" not found) and, at its own slot, an empty entry. Slots a view does not
 * see hold nothing it may get, so the walk is told it has already been there (the same stamp it
 * leaves on every tree it visits, renewed for each walk and each retry with a larger buffer).
 */
import { SchemaSerializer } from "@colyseus/core";
import { $changes } from "@colyseus/schema";
import type { StateView } from "@colyseus/schema";
import type { MatchRoomState } from "../../shared/protocol/state/room-state";

interface Tree {
  _fullSyncGen: number;
}
interface FullSync {
  _fullSyncGen: number;
  encodeFullSync(it: unknown, buffer: Uint8Array, emitFiltered: boolean, view?: StateView, initialOffset?: number): Uint8Array;
}

export class SlotSerializer extends SchemaSerializer<MatchRoomState> {
  override reset(state: MatchRoomState): void {
    super.reset(state);
    const encoder = this.encoder as unknown as FullSync;
    const walk = encoder.encodeFullSync.bind(encoder);
    encoder.encodeFullSync = (it, buffer, emitFiltered, view, initialOffset) => {
      if (view) {
        const next = encoder._fullSyncGen + 1;
        state.slots.forEach((slot) => {
          const tree = (slot as unknown as Record<symbol, Tree & Parameters<StateView["isVisible"]>[0]>)[$changes]!;
          if (!view.isVisible(tree)) tree._fullSyncGen = next;
        });
      }
      return walk(it, buffer, emitFiltered, view, initialOffset);
    };
  }
}
