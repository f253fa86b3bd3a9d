/** A tooltip over the map, placed at a point of the game canvas; text only. */
import { byId, fill, h } from "./dom";
import type { Child } from "./dom";

export function showTooltip(canvas: HTMLCanvasElement, gameX: number, gameY: number, gameWidth: number, gameHeight: number, title: string, lines: Child[]): void {
  const tip = byId("tooltip");
  fill(tip, h("strong", {}, title), ...lines.map((l) => h("div", {}, l)));
  tip.hidden = false;
  const box = canvas.getBoundingClientRect();
  const px = box.left + (gameX * box.width) / gameWidth;
  const py = box.top + (gameY * box.height) / gameHeight;
  const w = tip.offsetWidth;
  const hgt = tip.offsetHeight;
  const left = px + 16 + w > window.innerWidth ? px - 16 - w : px + 16;
  const top = Math.min(window.innerHeight - hgt - 4, Math.max(4, py - hgt / 2));
  tip.style.left = `${Math.max(4, left)}px`;
  tip.style.top = `${top}px`;
}

export function hideTooltip(): void {
  const tip = document.getElementById("tooltip");
  if (tip) tip.hidden = true;
}
