/** A deep copy of plain JSON data (the match state and everything in it is plain data). */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
