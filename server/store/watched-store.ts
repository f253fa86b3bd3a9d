/**
 * A store whose writes report how they went to StoreHealth: a write that throws or whose promise
 * rejects marks writes as failing (until one succeeds again); the error still reaches the caller,
 * which refuses the command or closes the match as before.
 */
import type { StoreHealth } from "./health";
import type { MatchStore } from "./store";

const WRITES = new Set<string>([
  "createMatch",
  "addMember",
  "appendCommand",
  "appendChat",
  "moveMember",
  "removeMember",
  "renameMember",
  "saveSettings",
  "saveClock",
  "saveTeam",
  "savePractice",
  "endPractice",
  "finish",
  "abandon",
] satisfies (keyof MatchStore)[]);

export function watchWrites(store: MatchStore, health: StoreHealth): MatchStore {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof name !== "string" || !WRITES.has(name)) return method.bind(target);
      return (...args: unknown[]) => {
        let written: unknown;
        try {
          written = method.apply(target, args);
        } catch (error) {
          health.wrote(error);
          throw error;
        }
        if (!(written instanceof Promise)) {
          health.wrote();
          return written;
        }
        return written.then(
          (v: unknown) => {
            health.wrote();
            return v;
          },
          (error: unknown) => {
            health.wrote(error);
            throw error;
          },
        );
      };
    },
  });
}
