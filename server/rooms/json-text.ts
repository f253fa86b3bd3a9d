/**
 * JSON.stringify with a memo of the objects it has already written. Views of several viewers share
 * most of their objects (a treaty, a power's tracks, a zone): written through one memo, each
 * shared object becomes text once. The text is exactly JSON.stringify's, for plain data (no
 * toJSON, no cycles), which is what match states are.
 */

/** Objects already written, by identity. Valid while the objects do not change (one sync). */
export type JsonMemo = Map<object, string>;

/** Levels of nesting below which objects are written whole by JSON.stringify (and memoised). */
const DEPTH = 3;

export function jsonText(value: unknown, memo: JsonMemo, depth = DEPTH): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const known = memo.get(value);
  if (known !== undefined) return known;
  let text: string;
  if (depth <= 0) {
    text = JSON.stringify(value);
  } else if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) parts.push(item === undefined || typeof item === "function" || typeof item === "symbol" ? "null" : jsonText(item, memo, depth - 1));
    text = `[${parts.join(",")}]`;
  } else {
    const parts: string[] = [];
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
      parts.push(`${JSON.stringify(key)}:${jsonText(item, memo, depth - 1)}`);
    }
    text = `{${parts.join(",")}}`;
  }
  memo.set(value, text);
  return text;
}
