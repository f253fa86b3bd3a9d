/**
 * A log's events by kind, in log order: the objective tests each read one or two kinds, and a
 * whole-log scan per test (per treaty, for pledges) is what a bot reading every power's standing
 * paid. Kept per log array and extended as it grows; built again if the array was emptied and
 * refilled (a client's mirror does so on a restart), which its first and last events tell.
 */
import type { GameEvent } from "../events";

type Kind = GameEvent["kind"];
export type EventOf<K extends Kind> = Extract<GameEvent, { kind: K }>;

interface Index {
  length: number;
  first: GameEvent | undefined;
  last: GameEvent | undefined;
  byKind: Map<Kind, GameEvent[]>;
}

const INDEXES = new WeakMap<readonly GameEvent[], Index>();
const NONE: readonly GameEvent[] = [];

export function eventsOfKind<K extends Kind>(log: readonly GameEvent[], kind: K): readonly EventOf<K>[] {
  let index = INDEXES.get(log);
  if (!index || index.length > log.length || log[0] !== index.first || (index.length > 0 && log[index.length - 1] !== index.last)) {
    INDEXES.set(log, (index = { length: 0, first: log[0], last: undefined, byKind: new Map() }));
  }
  for (; index.length < log.length; index.length++) {
    const event = log[index.length]!;
    const list = index.byKind.get(event.kind);
    if (list) list.push(event);
    else index.byKind.set(event.kind, [event]);
  }
  index.last = log[index.length - 1];
  return (index.byKind.get(kind) ?? NONE) as readonly EventOf<K>[];
}
