/** A player's invalid command is data, not an exception: a stable code and a readable message. */

export interface RuleError {
  /** Stable, machine-readable: "area/what", e.g. "order/out_of_range". */
  code: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RuleError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
