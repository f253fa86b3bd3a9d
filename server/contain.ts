/**
 * The one guard around everything the server runs on behalf of someone (a room message, a
 * timer, a bot's turn): an unexpected exception is logged with where it happened and answered
 * by the caller's fallback, so that it cannot take the process (and every other match) down.
 */

/** Where unexpected exceptions are written (tests may listen). */
export type FaultLog = (where: string, error: unknown) => void;

const listeners = new Set<FaultLog>();

/** Logs an unexpected exception with its stack, for the operator only (never sent to a client). */
export function reportFault(where: string, error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[overflight] unexpected error in ${where}: ${text}`);
  for (const listener of listeners) listener(where, error);
}

/** Hears every fault reported from now on; returns the function that stops it. */
export function onFault(listener: FaultLog): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs `run`; if it throws (or the promise it returns rejects), reports the fault under `where`
 * and returns (or resolves with) `fallback(error)` instead.
 */
export function contained<T>(where: string, run: () => T, fallback: (error: unknown) => T): T {
  let result: T;
  try {
    result = run();
  } catch (error) {
    reportFault(where, error);
    return fallback(error);
  }
  if (result instanceof Promise) {
    return result.catch((error: unknown) => {
      reportFault(where, error);
      return fallback(error);
    }) as T;
  }
  return result;
}

/** A callback for a timer or an event: what it throws is reported and goes no further. */
export function containedCallback<A extends unknown[]>(where: string | (() => string), fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) =>
    contained(
      typeof where === "string" ? where : where(),
      () => fn(...args),
      () => undefined,
    );
}
