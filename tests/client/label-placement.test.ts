import { describe, expect, it } from "vitest";
import { project } from "../../client/src/map/projection";
import { getScenario } from "../../shared/scenario";
import { placeLabels } from "../../client/src/model/label-placement";
import type { LabelPlacement, LabelToPlace } from "../../client/src/model/label-placement";

const GAP = 11;
const RADIUS = 8;

function rectOf(label: LabelToPlace, p: LabelPlacement, scale: number) {
  const w = label.width * scale;
  const h = label.height * scale;
  const left = p.x - p.originX * w;
  const top = p.y - p.originY * h;
  return { left, top, right: left + w, bottom: top + h };
}

function overlaps(labels: LabelToPlace[], placed: Map<string, LabelPlacement>, scale: number): number {
  const rects = labels.map((l) => rectOf(l, placed.get(l.id)!, scale));
  let n = 0;
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const [a, b] = [rects[i]!, rects[j]!];
      if (Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top)) n++;
    }
  }
  return n;
}

const allRight = (labels: LabelToPlace[], scale: number) =>
  new Map(labels.map((l) => [l.id, { side: "right" as const, x: l.x + GAP * scale, y: l.y, originX: 0, originY: 0.5, reach: 1 }]));

describe("zone labels", () => {
  it("go to the right of their marker when there is room", () => {
    const labels = [
      { id: "a", x: 0, y: 0, width: 80, height: 18 },
      { id: "b", x: 0, y: 200, width: 80, height: 18 },
    ];
    const placed = placeLabels(labels, 1, GAP, RADIUS);
    expect([...placed.values()].map((p) => p.side)).toEqual(["right", "right"]);
    expect(placed.get("a")).toEqual({ side: "right", x: 11, y: 0, originX: 0, originY: 0.5, reach: 1 });
  });

  it("move to another side rather than cover a label or a marker", () => {
    // b sits just right of a's marker, under a's label; b's own right side is free.
    const labels = [
      { id: "a", x: 0, y: 0, width: 100, height: 18 },
      { id: "b", x: 40, y: 8, width: 100, height: 18 },
    ];
    const placed = placeLabels(labels, 1, GAP, RADIUS);
    expect(placed.get("a")!.side).not.toBe("right");
    expect(overlaps(labels, placed, 1)).toBe(0);
  });

  it("of the scenario do not overlap at the default zoom, where all on the right would", () => {
    const scenario = getScenario("caspian-salvo");
    // 1280×720 and 1600×900 both show the map at 1.26 map units per screen pixel.
    const scale = 1.26;
    const labels = scenario.zones.map((z) => {
      const [x, y] = project(z.lonLat);
      return { id: z.id, x, y, width: 7.5 * `${z.name} · contested`.length, height: 20 };
    });
    expect(overlaps(labels, allRight(labels, scale), scale)).toBeGreaterThan(0);
    expect(overlaps(labels, placeLabels(labels, scale, GAP, RADIUS), scale)).toBe(0);
  });
});
