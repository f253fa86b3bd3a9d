/** The first-match guide's memory: each phase once, nothing after a skip, bad storage read as new. */
import { describe, expect, it } from "vitest";
import { guideFor, readGuide } from "../../client/src/model/guide";

describe("guide", () => {
  it("explains each phase once, and nothing once skipped", () => {
    const fresh = readGuide(null);
    expect(guideFor(fresh, "briefing")).toBe("briefing");
    expect(guideFor(fresh, "resolution")).toBeNull();
    expect(guideFor({ seen: ["briefing"], skipped: false }, "briefing")).toBeNull();
    expect(guideFor({ seen: ["briefing"], skipped: false }, "orders")).toBe("orders");
    expect(guideFor({ seen: [], skipped: true }, "orders")).toBeNull();
    expect(readGuide("{not json")).toEqual({ seen: [], skipped: false });
    expect(readGuide(JSON.stringify({ seen: ["orders", "nonsense"], skipped: 1 }))).toEqual({ seen: ["orders"], skipped: false });
  });
});
