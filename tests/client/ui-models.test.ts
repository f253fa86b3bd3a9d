/** Chat channels and unread counts; map geometry helpers. */
import { describe, expect, it } from "vitest";
import { getScenario } from "../../shared";
import { powerIds } from "../../shared/scenario/ids-of";
import { project } from "../../client/src/map/projection";
import { ChatModel, channelKey } from "../../client/src/model/chat";
import type { ChatMessage } from "../../client/src/model/chat";
import { convexHull, paddedHull } from "../../client/src/model/geometry";
import { countryLabels, countryStyle, rangeRing } from "../../client/src/model/map-style";
import { mix, ownedFill, RIGHTS_STYLE } from "../../client/src/model/palette";

const scenario = getScenario("caspian-salvo");
const msg = (seq: number, from: ChatMessage["from"], to: ChatMessage["to"], text = "x"): ChatMessage => ({ seq, at: seq, from, name: String(from), to, text, turn: 1, phase: "diplomacy" });

describe("ChatModel", () => {
  it("sorts messages into public, bilateral and group channels, with unread counts", () => {
    const chat = new ChatModel(scenario, "russia");
    expect(chat.list().map((c) => c.key)).toEqual(["public", "russia+usa", "russia+iran", "russia+iraq", "russia+turkey", "russia+syria"]);
    chat.add([msg(1, "iran", null), msg(2, "iran", ["russia", "iran"]), msg(3, "syria", ["russia", "iran", "syria"]), msg(4, "russia", null)]);
    expect(chat.get("public")!.unread).toBe(1); // not on screen: unread; one's own never counts
    expect(chat.get("russia+iran")!.unread).toBe(1);
    expect(chat.get(channelKey(["syria", "iran", "russia"], powerIds(scenario)))!.label).toBe("IRN + SYR");
    expect(chat.totalUnread()).toBe(3);
    expect(chat.add([msg(1, "iran", null)])).toBe(0); // seen already
    chat.setVisible(true);
    expect(chat.get("public")!.unread).toBe(0);
    chat.add([msg(5, "usa", null)]);
    expect(chat.get("public")!.unread).toBe(0); // on screen
    chat.setActive("russia+iran");
    expect(chat.totalUnread()).toBe(1);
    const group = chat.openGroup(["turkey", "usa"]);
    expect(group.to).toEqual(["usa", "turkey"]);
    expect(chat.active).toBe(group.key);
  });

  it("gives spectators the public channel only", () => {
    expect(new ChatModel(scenario, "spectator").list().map((c) => c.key)).toEqual(["public"]);
  });
});

describe("map helpers", () => {
  it("hulls and rings", () => {
    expect(convexHull([[0, 0], [2, 0], [1, 1], [2, 2], [0, 2]]).length).toBe(8);
    const hull = paddedHull([[0, 0], [10, 0]], 5);
    const xs = hull.filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeCloseTo(-5, 6);
    expect(Math.max(...xs)).toBeCloseTo(15, 6);
    const ring = rangeRing([49.5, 41.8], 2500);
    expect(ring.length).toBe(2 * 121);
    const [cx, cy] = project([49.5, 41.8]);
    expect(Math.hypot(ring[0]! - cx, ring[1]! - cy)).toBeGreaterThan(1000);
  });

  it("colours countries by airspace owner and labels the scenario's countries", () => {
    expect(countryStyle(scenario, "364", "Iran")).toMatchObject({ owner: "iran", inScenario: true, fill: ownedFill(scenario.powers.iran!.color) });
    expect(countryStyle(scenario, "400", "Jordan").owner).toBeNull();
    expect(countryStyle(scenario, "616", "Poland").inScenario).toBe(false);
    const labels = countryLabels(scenario);
    expect(labels.find((l) => l.id === "760")).toMatchObject({ text: "SYRIA", major: true });
    expect(labels.some((l) => l.id === "616")).toBe(false);
    expect(mix(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    // Rights never differ by colour alone: "none" is also dashed.
    expect(RIGHTS_STYLE.none.dashed).toBe(true);
    expect(new Set(Object.values(RIGHTS_STYLE).map((s) => s.color)).size).toBe(4);
  });
});
