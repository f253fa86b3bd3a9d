import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, getScenario } from "../../shared";
import type { Params } from "../../shared";
import { errorText } from "../../shared/catalog";
import { errorText as clientErrorText } from "../../client/src/model/format";

const root = resolve(import.meta.dirname, "../..");
const scenario = getScenario("caspian-salvo");

/** Every parameter any error takes, with a value the scenario knows. */
const every: Params = {
  strike: "k1", asset: "caspian-flotilla", zone: "idlib", available: 2, used: 3, power: "russia", km: 1500, weapon: "kalibr", range: 1200, have: 3, given: 4,
  faction: "isis", flown: 2, treaty: "t5", status: "expired", proposal: "p4", term: "overflight", most: 4, card: "ev-air-safety-memo", country: "792",
  command: "pause", turn: 1, phase: "orders", now: 2, at: "orders.strikes.0", detail: "Too big", message: "nonsense", what: "draft", scenario: "nowhere",
  key: "seat", max: 5, whose: "teacher", who: "captain", powers: "russia iran", why: "turn", seconds: 30, cap: 4, teams: 0,
};

/** How a code is given: by the rules and the server, the HTTP server's own answers, and the browser client's own errors. */
const GIVEN = [
  /\bfail\(\s*"([a-z_]+\/[a-z_]+)"/g,
  /parseWith\([^;]*?"([a-z_]+\/malformed)"/g,
  /[eE]rror\(res, [\w.]+, "([a-z_]+\/[a-z_]+)"/g,
  /errorBody\("([a-z_]+\/[a-z_]+)"/g,
  /(?:refuse|refusalText)\(\{ code: "([a-z_]+\/[a-z_]+)"/g,
  /\bcode: "(http\/[a-z_]+)"/g,
  /\bfail\([\w.]+, "([a-z_]+\/[a-z_]+)"/g,
  /(?:emitOwn|ApiError\.own)\("([a-z_]+\/[a-z_]+)"/g,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("error words", () => {
  it.each(ERROR_CODES.map((c) => [c]))("%s has words, with its parameters and without", (code) => {
    const full = errorText({ code, params: every }, scenario);
    expect(full).toMatch(/^[A-Z"]/);
    expect(full).not.toMatch(/undefined|NaN|\{|\}|\[object|unknown/);
    expect(errorText({ code, params: {} }, scenario)).not.toMatch(/undefined|NaN|\{|\}|\[object/);
  });

  it("names a code the rules and the server give, and only those", () => {
    const given = new Set<string>();
    for (const file of [...sources(join(root, "shared")), ...sources(join(root, "server")), ...sources(join(root, "client/src"))]) {
      const text = readFileSync(file, "utf8");
      for (const pattern of GIVEN) for (const m of text.matchAll(pattern)) given.add(m[1]!);
    }
    expect(given.size).toBeGreaterThan(60);
    for (const code of ["http/refused", "http/too_many_connections", "http/bad_encoding", "server/internal", "net/offline", "net/unreachable", "net/room_error"]) expect(given, code).toContain(code);
    for (const code of given) expect(ERROR_CODES, code).toContain(code);
    // The classroom's malformed codes are made from its message names.
    const unused = ERROR_CODES.filter((c) => !given.has(c) && !/^(roster|assign|kick|bots|broadcast|teamcap|readyrule|entry|rename|realmatch)\/malformed$/.test(c));
    expect(unused).toEqual([]);
  });

  it("words errors with the scenario's names and plurals", () => {
    expect(errorText({ code: "seat/taken", params: { power: "usa" } }, scenario)).toBe("United States' seat is already held.");
    expect(errorText({ code: "order/out_of_range", params: { zone: "idlib", km: 2590, weapon: "kalibr", range: 1500 } }, scenario)).toBe("The route to Idlib is 2,590 km; Kalibr cruise missile reaches 1,500 km.");
    expect(errorText({ code: "extend/too_little_left", params: { seconds: 1 } }, scenario)).toBe("Less than 1 second is left: use the next-phase button to end the phase now.");
    expect(errorText({ code: "roster/seat_held", params: { powers: "russia iran" } }, scenario)).toBe("Russia and Iran: students hold this seat; move them first.");
    expect(errorText({ code: "no/such_code" }, scenario)).toBeNull();
  });

  it("the client words a server error from its code, and keeps the message of a code it does not know", () => {
    expect(clientErrorText({ code: "seat/taken", params: { power: "russia" }, message: "(the server's words)" }, scenario)).toBe("Russia's seat is already held.");
    expect(clientErrorText({ code: "net/no_reply", message: "(whatever)" })).toBe("The server sent no answer.");
    expect(clientErrorText({ code: "net/later_code", message: "The words that came with it." })).toBe("The words that came with it.");
  });
});
