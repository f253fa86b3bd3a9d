/**
 * Structural sharing between two versions of plain JSON data (the match state): every part of
 * `next` deeply equal to the same place in `prev`, keys in the same order, is replaced by
 * `prev`'s object. The result is equal to `next`, byte for byte as JSON; what did not change keeps
 * its identity from one state to the next, so whoever reads a state (the views, the server's
 * mirror) can tell an unchanged part by reference. `next` is changed in place and returned (or
 * `prev`, when the two are equal); `prev` is never changed.
 */
export function shareUnchanged<T>(next: T, prev: T): T {
  if (next === prev || typeof next !== "object" || next === null || typeof prev !== "object" || prev === null) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = next.length === prev.length;
    for (let i = 0; i < next.length; i++) {
      if (i >= prev.length) break;
      const shared = shareUnchanged(next[i], prev[i]);
      if (shared !== next[i]) next[i] = shared;
      if (shared !== prev[i]) same = false;
    }
    return same ? prev : next;
  }
  if (Array.isArray(prev)) return next;
  const into = next as Record<string, unknown>;
  const from = prev as Record<string, unknown>;
  const keys = Object.keys(into);
  const before = Object.keys(from);
  let same = keys.length === before.length;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== before[i]) same = false;
    if (!Object.hasOwn(from, key)) {
      same = false;
      continue;
    }
    const shared = shareUnchanged(into[key], from[key]);
    if (shared !== into[key]) into[key] = shared;
    if (shared !== from[key]) same = false;
  }
  return same ? prev : next;
}
