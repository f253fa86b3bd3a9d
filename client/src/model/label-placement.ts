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
  /** How far out, in gaps (1: beside the marker; more: a leader line joins them). */
  reach: number;
  x: number;
  y: number;
  originX: number;
  originY: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Distances tried, in gaps: the nearest that covers nothing wins. */
const REACHES = [1, 1.8, 2.8, 4, 5.5] as const;

const SIDES: readonly LabelSide[] = ["right", "left", "above", "below", "above-right", "below-right", "above-left", "below-left"];

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function placementOn(side: LabelSide, label: LabelToPlace, scale: number, gap: number, reach = 1): { placement: LabelPlacement; rect: Rect } {
  const placed = placementAt(side, label, scale, gap * reach);
  return { placement: { ...placed.placement, reach }, rect: placed.rect };
}

function placementAt(side: LabelSide, label: LabelToPlace, scale: number, gap: number): { placement: Omit<LabelPlacement, "reach">; rect: Rect } {
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
 * half-size of every marker, which labels avoid too; `obstacles`: other things to keep clear of
 * (country names, platforms, influence bars), in map units. A first greedy pass, then a few
 * passes in which each label moves to a side that covers less, given where the others are now.
 */
export function rectsOverlap(a: Rect, b: Rect): number {
  return overlap(a, b);
}

export function placeLabels(labels: readonly LabelToPlace[], scale: number, gap: number, markerRadius: number, obstacles: readonly Rect[] = []): Map<string, LabelPlacement> {
  const r = markerRadius * scale;
  const markers: Rect[] = labels.map((l) => ({ left: l.x - r, top: l.y - r, right: l.x + r, bottom: l.y + r }));
  // Greedy placement depends on who goes first: where the given order leaves overlaps, other orders are tried and the least covered result kept.
  const orders: (() => number[])[] = [
    () => labels.map((_, i) => i),
    () => labels.map((_, i) => i).sort((a, b) => labels[a]!.x - labels[b]!.x),
    () => labels.map((_, i) => i).sort((a, b) => labels[b]!.x - labels[a]!.x),
    () => labels.map((_, i) => i).sort((a, b) => labels[a]!.y - labels[b]!.y),
    () => labels.map((_, i) => i).reverse(),
  ];
  let best: { chosen: Chosen[]; cost: number } | null = null;
  for (const order of orders) {
    const result = placeInOrder(labels, order(), markers, obstacles, scale, gap);
    if (!best || result.cost < best.cost) best = result;
    if (best.cost === 0) break;
  }
  return new Map(labels.map((l, i) => [l.id, best!.chosen[i]!.placement]));
}

type Chosen = { placement: LabelPlacement; rect: Rect };

function placeInOrder(labels: readonly LabelToPlace[], order: readonly number[], markers: readonly Rect[], obstacles: readonly Rect[], scale: number, gap: number): { chosen: Chosen[]; cost: number } {
  const chosen: (Chosen | null)[] = labels.map(() => null);
  const costOf = (rect: Rect, self: number) => {
    let cost = 0;
    for (let j = 0; j < chosen.length; j++) if (j !== self && chosen[j]) cost += overlap(rect, chosen[j]!.rect);
    // Covering a marker hides what the map is about: it weighs more than covering a label.
    for (let j = 0; j < markers.length; j++) if (j !== self) cost += 4 * overlap(rect, markers[j]!);
    for (const o of obstacles) cost += 2 * overlap(rect, o);
    return cost;
  };
  for (let pass = 0; pass < 6; pass++) {
    let moved = false;
    for (const i of order) {
      const label = labels[i]!;
      const current = chosen[i];
      let best = current ? { ...current, cost: costOf(current.rect, i) } : null;
      // Beside the marker first; where the map is crowded, a little farther out.
      for (const reach of REACHES) {
        for (const side of SIDES) {
          if (best?.cost === 0) break;
          const candidate = placementOn(side, label, scale, gap, reach);
          const cost = costOf(candidate.rect, i);
          if (!best || cost < best.cost) best = { ...candidate, cost };
        }
      }
      if (best!.placement.side !== current?.placement.side || best!.placement.reach !== current?.placement.reach) moved = true;
      chosen[i] = best;
    }
    if (!moved) break;
  }
  let cost = 0;
  for (let i = 0; i < chosen.length; i++) cost += costOf(chosen[i]!.rect, i);
  return { chosen: chosen as Chosen[], cost };
}
