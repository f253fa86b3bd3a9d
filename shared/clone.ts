/**
 * A deep copy of plain JSON data (the match state and everything in it is plain data: no
 * undefined, NaN or -0): the same result as a JSON round trip, a few times faster.
 */
export function clone<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = clone(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = clone(value[key]);
  return out as T;
}
