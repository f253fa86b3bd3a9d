/**
 * The baked countries, filled by airspace owner with thin dark borders, rasterised once into a
 * canvas texture with the scenario's country names (drawing ~7,000 vertices as vector paths,
 * and dozens of text objects, every frame costs too much in software WebGL).
 */
import * as Phaser from "phaser";
import type { Scenario } from "../../../shared/scenario/types";
import { countryLabels, countryStyle } from "../model/map-style";
import { shownMap, shownMapId } from "./projection";
import { LABEL, LABEL_DIM, numberToCss, SEA_CSS } from "../model/palette";
import { VIEW_BOUNDS } from "./camera-control";
import { FONT } from "./fonts";

export interface CountriesLayer {
  image: Phaser.GameObjects.Image;
}

/** Texture pixels per world pixel: sharp up to about 1.5× zoom. */
const RASTER_SCALE = 1.25;

export function drawCountries(scene: Phaser.Scene, scenario: Scenario): CountriesLayer {
  const key = `countries-${shownMapId()}-${scenario.id}`;
  if (!scene.textures.exists(key)) bake(scene, key, scenario);
  const image = scene.add.image(VIEW_BOUNDS.x, VIEW_BOUNDS.y, key).setOrigin(0, 0).setScale(1 / RASTER_SCALE).setDepth(0);
  return { image };
}

function bake(scene: Phaser.Scene, key: string, scenario: Scenario): void {
  const w = Math.ceil(VIEW_BOUNDS.width * RASTER_SCALE);
  const h = Math.ceil(VIEW_BOUNDS.height * RASTER_SCALE);
  const texture = scene.textures.createCanvas(key, w, h);
  if (!texture) throw new Error("cannot create the map texture");
  const ctx = texture.getContext();
  ctx.fillStyle = SEA_CSS;
  ctx.fillRect(0, 0, w, h);
  ctx.setTransform(RASTER_SCALE, 0, 0, RASTER_SCALE, -VIEW_BOUNDS.x * RASTER_SCALE, -VIEW_BOUNDS.y * RASTER_SCALE);
  const paths = shownMap().countries.map((country) => {
    const path = new Path2D();
    for (const polygon of country.polygons) for (const ring of polygon) addRing(path, ring);
    return { country, path };
  });
  // Even-odd filling keeps enclaves' holes; the enclave itself is the other country's polygon.
  for (const { country, path } of paths) {
    ctx.fillStyle = numberToCss(countryStyle(scenario, country.id, country.name).fill);
    ctx.fill(path, "evenodd");
  }
  ctx.strokeStyle = SEA_CSS;
  ctx.lineWidth = 1.1;
  ctx.lineJoin = "round";
  for (const { path } of paths) ctx.stroke(path);
  // Country names are static: they are part of the texture (drawn with a dark halo).
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  for (const l of countryLabels(scenario)) {
    ctx.font = `${l.major ? "bold 19px" : "14px"} ${FONT}`;
    (ctx as CanvasRenderingContext2D & { letterSpacing?: string }).letterSpacing = l.major ? "3px" : "1px";
    ctx.strokeStyle = "rgba(11, 22, 34, 0.7)";
    ctx.lineWidth = 4;
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillStyle = l.major ? LABEL : LABEL_DIM;
    ctx.globalAlpha = l.major ? 0.85 : 0.8;
    ctx.fillText(l.text, l.x, l.y);
    ctx.globalAlpha = 1;
  }
  texture.refresh();
}

function addRing(path: Path2D, ring: readonly number[]): void {
  if (ring.length < 6) return;
  path.moveTo(ring[0]!, ring[1]!);
  for (let i = 2; i + 1 < ring.length; i += 2) path.lineTo(ring[i]!, ring[i + 1]!);
  path.closePath();
}

export function ringPath(g: Phaser.GameObjects.Graphics, ring: readonly number[]): void {
  g.beginPath();
  g.moveTo(ring[0]!, ring[1]!);
  for (let i = 2; i + 1 < ring.length; i += 2) g.lineTo(ring[i]!, ring[i + 1]!);
  g.closePath();
}
