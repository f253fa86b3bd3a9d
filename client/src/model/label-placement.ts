/**
 * Where a marker's label goes: to its right unless that covers another label or marker, then
 * to its left, above, below or a corner, whichever covers least. Greedy, in the order given (the first
 * labels keep their preferred side). Positions are in map units; sizes in screen pixels,
 * multiplied by `scale` (map units per screen pixel at the current zoom).
 */
export type LabelSide = "right" | "left" | "above" | "below" | "above-right" | "below-right" | "above-left" | "below-left";

export interface LabelToPlace {
  id: string;
  /** The marker's position, map units. */
  x: number;
  y: number;
  /** The label's size on screen, pixels. */
  width: number;
  height: number;
}

export interface LabelPlacement {
  side: LabelSide;
  x: number;
  y: number;
  originX: number;
  originY: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const SIDES: readonly LabelSide[] = ["right", "left", "above", "below", "above-right", "below-right", "above-left", "below-left"];

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function placementOn(side: LabelSide, label: LabelToPlace, scale: number, gap: number): { placement: LabelPlacement; rect: Rect } {
  const w = label.width * scale;
  const h = label.height * scale;
  const off = gap * scale;
  const { x, y } = label;
  // Corners: the label's near corner a gap away from the marker, diagonally.
  const d = off * Math.SQRT1_2;
  const corner = (originX: 0 | 1, originY: 0 | 1) => {
    const px = originX === 0 ? x + d : x - d;
    const py = originY === 0 ? y + d : y - d;
    const left = px - originX * w;
    const top = py - originY * h;
    return { placement: { side, x: px, y: py, originX, originY }, rect: { left, top, right: left + w, bottom: top + h } };
  };
  switch (side) {
    case "above-right":
      return corner(0, 1);
    case "below-right":
      return corner(0, 0);
    case "above-left":
      return corner(1, 1);
    case "below-left":
      return corner(1, 0);
    case "right":
      return { placement: { side, x: x + off, y, originX: 0, originY: 0.5 }, rect: { left: x + off, top: y - h / 2, right: x + off + w, bottom: y + h / 2 } };
    case "left":
      return { placement: { side, x: x - off, y, originX: 1, originY: 0.5 }, rect: { left: x - off - w, top: y - h / 2, right: x - off, bottom: y + h / 2 } };
    case "above":
      return { placement: { side, x, y: y - off, originX: 0.5, originY: 1 }, rect: { left: x - w / 2, top: y - off - h, right: x + w / 2, bottom: y - off } };
    case "below":
      return { placement: { side, x, y: y + off, originX: 0.5, originY: 0 }, rect: { left: x - w / 2, top: y + off, right: x + w / 2, bottom: y + off + h } };
  }
}

/**
 * `gap`: screen pixels between a marker's centre and its label; `markerRadius`: the screen
 * half-size of every marker, which labels avoid too. A first greedy pass, then a few passes in
 * which each label moves to a side that covers less, given where the others are now.
 */
export function placeLabels(labels: readonly LabelToPlace[], scale: number, gap: number, markerRadius: number): Map<string, LabelPlacement> {
  const r = markerRadius * scale;
  const markers: Rect[] = labels.map((l) => ({ left: l.x - r, top: l.y - r, right: l.x + r, bottom: l.y + r }));
  const chosen: ({ placement: LabelPlacement; rect: Rect } | null)[] = labels.map(() => null);
  const costOf = (rect: Rect, self: number) => {
    let cost = 0;
    for (let j = 0; j < chosen.length; j++) if (j !== self && chosen[j]) cost += overlap(rect, chosen[j]!.rect);
    for (let j = 0; j < markers.length; j++) if (j !== self) cost += overlap(rect, markers[j]!);
    return cost;
  };
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    labels.forEach((label, i) => {
      const current = chosen[i];
      let best = current ? { ...current, cost: costOf(current.rect, i) } : null;
      for (const side of SIDES) {
        if (best?.cost === 0) break;
        const candidate = placementOn(side, label, scale, gap);
        const cost = costOf(candidate.rect, i);
        if (!best || cost < best.cost) best = { ...candidate, cost };
      }
      if (best!.placement.side !== current?.placement.side) moved = true;
      chosen[i] = best;
    });
    if (!moved) break;
  }
  return new Map(labels.map((l, i) => [l.id, chosen[i]!.placement]));
}
