/**
 * Entity types with subtypes (events, effects, treaty terms): the subtype for each `kind` a base
 * type's values carry. The server writes a value as the subtype its kind names
 * (server/rooms/sync-entity.ts); the wire names each entry's subtype.
 */
const byBase = new Map<unknown, Readonly<Record<string, unknown>>>();

export function variants(base: unknown, byKind: Readonly<Record<string, unknown>>): void {
  byBase.set(base, byKind);
}

export function variantsOf(base: unknown): Readonly<Record<string, unknown>> | undefined {
  return byBase.get(base);
}
