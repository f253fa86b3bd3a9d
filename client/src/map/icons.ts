/**
 * Marker textures drawn once on a canvas and reused by images: zone markers (control colour,
 * contested slash, rings for selection, targeting and no-fly zones) and platform icons (a shape
 * per kind in the owner's colour). Images batch far better than per-marker vector graphics.
 */
import type * as Phaser from "phaser";
import type { AssetSetup } from "../../../shared/scenario/types";

/** Texture pixels per screen pixel, for sharp markers on high-density screens and projectors. */
export const ICON_RES = 2;
const SIZE = 44;

export interface ZoneMarkerStyle {
  color: string;
  contested: boolean;
  selected: boolean;
  targeting: boolean;
  nfz: boolean;
}

export function zoneTexture(scene: Phaser.Scene, s: ZoneMarkerStyle): string {
  const key = `zone:${s.color}:${+s.contested}${+s.selected}${+s.targeting}${+s.nfz}`;
  if (scene.textures.exists(key)) return key;
  const ctx = canvas(scene, key);
  const c = SIZE / 2;
  const r = s.targeting ? 9 : 7;
  if (s.selected || s.targeting) ring(ctx, c, r + 5, 2, s.selected ? "#ffffff" : "rgba(255,255,255,0.6)");
  disc(ctx, c, r + 2, "#0b1622");
  disc(ctx, c, r, s.color);
  if (s.contested) {
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(c - r * 0.7, c + r * 0.7);
    ctx.lineTo(c + r * 0.7, c - r * 0.7);
    ctx.stroke();
  }
  if (s.nfz) ring(ctx, c, r + 3, 2, "#f0e442");
  done(scene, key);
  return key;
}

export function assetTexture(scene: Phaser.Scene, kind: AssetSetup["kind"], color: string, mine: boolean, selected: boolean): string {
  const key = `asset:${kind}:${color}:${+mine}${+selected}`;
  if (scene.textures.exists(key)) return key;
  const ctx = canvas(scene, key);
  const c = SIZE / 2;
  if (selected) ring(ctx, c, 15, 2.5, "#ffffff");
  ctx.fillStyle = color;
  ctx.strokeStyle = mine ? "#ffffff" : "#0b1622";
  ctx.lineWidth = mine ? 2.5 : 1.5;
  ctx.lineJoin = "round";
  const s = 8;
  ctx.beginPath();
  switch (kind) {
    case "ship":
      ctx.moveTo(c - s * 1.2, c - s * 0.2);
      ctx.lineTo(c + s * 1.2, c - s * 0.2);
      ctx.lineTo(c + s * 0.7, c + s * 0.7);
      ctx.lineTo(c - s * 0.7, c + s * 0.7);
      ctx.closePath();
      ctx.rect(c - s * 0.3, c - s * 0.9, s * 0.6, s * 0.7);
      break;
    case "carrier":
      ctx.rect(c - s * 1.3, c - s * 0.45, s * 2.6, s * 0.9);
      break;
    case "airbase":
      ctx.moveTo(c, c - s);
      ctx.lineTo(c + s * 0.95, c + s * 0.7);
      ctx.lineTo(c - s * 0.95, c + s * 0.7);
      ctx.closePath();
      break;
    case "launcher":
      ctx.rect(c - s * 0.75, c - s * 0.75, s * 1.5, s * 1.5);
      break;
  }
  ctx.fill();
  ctx.stroke();
  done(scene, key);
  return key;
}

function canvas(scene: Phaser.Scene, key: string): CanvasRenderingContext2D {
  const texture = scene.textures.createCanvas(key, SIZE * ICON_RES, SIZE * ICON_RES);
  if (!texture) throw new Error(`cannot create texture ${key}`);
  const ctx = texture.getContext();
  ctx.scale(ICON_RES, ICON_RES);
  return ctx;
}

function done(scene: Phaser.Scene, key: string): void {
  (scene.textures.get(key) as Phaser.Textures.CanvasTexture).refresh();
}

function disc(ctx: CanvasRenderingContext2D, c: number, r: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(c, c, r, 0, Math.PI * 2);
  ctx.fill();
}

function ring(ctx: CanvasRenderingContext2D, c: number, r: number, width: number, color: string): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.arc(c, c, r, 0, Math.PI * 2);
  ctx.stroke();
}
