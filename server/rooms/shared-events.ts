/**
 * Event entities shared among the slots whose viewers are told an event alike. The log is
 * append-only and an entry carries no number of its own (its place gives it), so one entity can
 * sit in several slots' logs: the rules' event told unchanged is one entity for all who see it;
 * an event fog changed for a viewer (eventSeen) is one entity per distinct telling.
 */
import { $changes } from "@colyseus/schema";
import { canSee } from "../../shared/events";
import type { GameEvent, Viewer } from "../../shared";
import type { EventEntry } from "../../shared/protocol/state/events";

export class SharedEvents {
  private byEvent = new WeakMap<GameEvent, Map<string, EventEntry>>();

  /**
   * The rules' events from index `from` that `told` (a viewer's view of them, in order) tells, or
   * null when they do not line up one to one (nothing is shared then).
   */
  sources(log: readonly GameEvent[], from: number, viewer: Viewer, told: readonly GameEvent[]): GameEvent[] | null {
    const sources: GameEvent[] = [];
    for (let i = from; i < log.length; i++) if (canSee(log[i]!.visibleTo, viewer)) sources.push(log[i]!);
    if (sources.length !== told.length) return null;
    for (let i = 0; i < told.length; i++) if (sources[i]!.kind !== told[i]!.kind || sources[i]!.turn !== told[i]!.turn) return null;
    return sources;
  }

  /**
   * The entity made for this telling of `source` since the last patch. An older one is not shared:
   * a client holding the slot would be sent only the new place of an entity it never got.
   */
  get(source: GameEvent, told: GameEvent): EventEntry | undefined {
    const entry = this.byEvent.get(source)?.get(telling(source, told));
    const tree = (entry as unknown as Record<symbol, { isNew: boolean; root?: unknown } | undefined> | undefined)?.[$changes];
    return tree?.root && tree.isNew ? entry : undefined;
  }

  set(source: GameEvent, told: GameEvent, entry: EventEntry): void {
    let tellings = this.byEvent.get(source);
    if (!tellings) this.byEvent.set(source, (tellings = new Map()));
    tellings.set(telling(source, told), entry);
  }

  clear(): void {
    this.byEvent = new WeakMap();
  }
}

/** "" for the event as the rules hold it (its number aside), else the telling itself. */
function telling(source: GameEvent, told: GameEvent): string {
  if (told === source) return "";
  const a = told as unknown as Record<string, unknown>;
  const b = source as unknown as Record<string, unknown>;
  let same = true;
  for (const key in a) if (key !== "seq" && a[key] !== b[key]) same = false;
  for (const key in b) if (!(key in a)) same = false;
  if (same) return "";
  const { seq: _seq, ...rest } = told;
  return JSON.stringify(rest);
}
