/** A team draft's changes as codes (shared/draft-change.ts), and in each screen language's words. */
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeChange, encodeChange } from "../../shared/draft-change";
import type { DraftChangeWhat } from "../../shared/draft-change";
import { caspianSalvo } from "../../shared/scenario/caspian-salvo";
import { changeText } from "../../client/src/model/draft-change";
import { setLanguage } from "../../client/src/lang/language";

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
const count = fc.integer({ min: 0, max: 100 });
const change: fc.Arbitrary<DraftChangeWhat> = fc.oneof(
  fc.record({ code: fc.constantFrom("strikeAdded" as const, "strikeChanged" as const, "strikeRemoved" as const), strike: id }),
  fc.record({ code: fc.constant("support" as const), points: count, faction: id, zone: id }),
  fc.record({ code: fc.constant("posture" as const), posture: fc.constantFrom("open", "watch", "engage") }),
  fc.record({ code: fc.constant("patrol" as const), treaty: id, units: count }),
  fc.record({ code: fc.constantFrom("revoke" as const, "keep" as const), treaty: id }),
  fc.constantFrom<DraftChangeWhat>({ code: "supportRemoved" }, { code: "replaced" }),
);

afterEach(() => setLanguage("en"));

describe("a draft change", () => {
  it("reads back as it was written", () => {
    fc.assert(
      fc.property(change, (c) => {
        expect(decodeChange(encodeChange(c))).toEqual(c);
      }),
    );
  });

  it("an older record in words, or anything else, is not a code", () => {
    for (const what of ["added strike s1", "posture: watch", "", "support x regime damascus", "strikeAdded", "replaced now"]) expect(decodeChange(what), what).toBeNull();
    expect(changeText("posture: watch", caspianSalvo)).toBe("posture: watch");
  });

  it("is worded in the screen's language, with the scenario's names", async () => {
    const support = encodeChange({ code: "support", points: 4, faction: "regime", zone: "damascus" });
    expect(changeText(support, caspianSalvo)).toBe("support: 4 points to Syrian Arab Army in Damascus");
    expect(changeText("strikeAdded s2", caspianSalvo)).toBe("added strike s2");
    await setLanguage("fr");
    expect(changeText("strikeAdded s2", caspianSalvo)).toBe("frappe s2 ajoutée");
    expect(changeText("posture engage", caspianSalvo)).toBe("posture : interception");
    expect(changeText(support, caspianSalvo)).toBe("soutien : 4 points à Syrian Arab Army dans la zone Damascus");
  });
});
