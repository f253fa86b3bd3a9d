/**
 * Powers, factions and zones are ids of the match's scenario, so a record keyed by them is
 * typed as holding any string. Where the scenario guarantees the entry (a power of the match,
 * a zone of its map), `at` reads it, and a missing one throws at once, naming it, instead of
 * letting undefined travel on.
 */
export function at<V>(record: Readonly<Record<string, V>>, key: string): V {
  const value = record[key];
  if (value === undefined) throw new Error(`no entry "${key}"`);
  return value;
}
