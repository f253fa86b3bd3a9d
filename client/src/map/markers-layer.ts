/**
 * What sits on the map and changes with the view: zones (control colour, name and holder,
 * no-fly-zone ring), platforms (an icon per kind in the owner's colour), influence bars per
 * influence country, and no-fly zones drawn over their zones. Markers and labels keep their
 * size on screen whatever the zoom.
 */
import { powerIds } from "../../../shared/scenario/ids-of";
import type * as Phaser from "phaser";
import { project } from "./projection";
import type { AssetSetup, Scenario } from "../../../shared/scenario/types";
import type { MatchView } from "../../../shared/view";
import { paddedHull } from "../model/geometry";
import { placeLabels } from "../model/label-placement";
import type { Rect } from "../model/label-placement";
import { countryLabels, influenceAnchor } from "../model/map-style";
import { hexToNumber } from "../model/palette";
import type { Selection } from "../model/match-store";
import { ringPath } from "./countries-layer";
import { closed, dashedPolyline } from "./draw";
import { FONT } from "./fonts";
import { assetTexture, ICON_RES, zoneTexture } from "./icons";
import { ui } from "../lang/ui";

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const NFZ_RADIUS = 46;
/** Screen pixels from a zone's centre to its label, and the half-size of a zone's icon. */
const LABEL_GAP = 11;
const ZONE_RADIUS = 8;
/** Screen half-size of a platform's icon. */
const ASSET_RADIUS = 9;
const CONTESTED = "#8a939c";
/** Influence bars, in screen pixels below the country's label point. */
const BAR = { width: 6, gap: 2, height: 24, top: 12 } as const;

export class MarkersLayer {
  readonly zones = new Map<string, { setup: Placed; icon: Phaser.GameObjects.Image; label: Phaser.GameObjects.Text }>();
  readonly assets = new Map<string, { setup: AssetSetup & Placed; icon: Phaser.GameObjects.Image }>();
  readonly influence = new Map<string, { x: number; y: number }>();
  /** Country names, baked into the map's texture: fixed rectangles in map units. */
  private readonly countryNames: { id: string; rect: Rect }[];
  private readonly influenceBars: Phaser.GameObjects.Graphics;
  /** Thin lines from a zone to its label when the label had to sit farther out. */
  private readonly leaders: Phaser.GameObjects.Graphics;
  private readonly nfz: Phaser.GameObjects.Graphics;
  private zoom = 1;
  /** Markers and labels grow a little on big screens and projectors. */
  private uiScale = 1;
  private view: MatchView | null = null;
  private selection: Selection = null;
  private targeting = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly scenario: Scenario,
    private readonly me: string | null,
  ) {
    this.countryNames = measureCountryNames(scenario);
    this.influenceBars = scene.add.graphics().setDepth(3);
    this.leaders = scene.add.graphics().setDepth(5);
    this.nfz = scene.add.graphics().setDepth(4);
    for (const country of scenario.influenceCountries) {
      const at = influenceAnchor(country);
      if (at) this.influence.set(country, { x: at[0], y: at[1] });
    }
    for (const zone of scenario.zones) {
      const [x, y] = project(zone.lonLat);
      const icon = scene.add.image(x, y, zoneTexture(scene, { color: CONTESTED, contested: true, selected: false, targeting: false, nfz: false })).setDepth(5);
      const label = scene.add
        .text(x, y, zone.name, { fontFamily: FONT, fontSize: "13px", color: "#ffffff", stroke: "#0b1622", strokeThickness: 4, resolution: 2 })
        .setOrigin(0, 0.5)
        .setDepth(5);
      this.zones.set(zone.id, { setup: { id: zone.id, x, y }, icon, label });
    }
    for (const asset of scenario.assets) {
      const [x, y] = project(asset.lonLat);
      const icon = scene.add.image(x, y, this.assetKey(asset, false)).setDepth(6);
      this.assets.set(asset.id, { setup: { ...asset, x, y }, icon });
    }
    this.setZoom(1);
  }

  setUiScale(k: number): void {
    this.uiScale = k;
    this.setZoom(this.zoom);
  }

  setZoom(zoom: number): void {
    this.zoom = zoom;
    const s = this.uiScale / zoom;
    for (const z of this.zones.values()) {
      z.icon.setScale(s / ICON_RES);
      z.label.setScale(s);
    }
    this.placeLabels();
    for (const a of this.assets.values()) a.icon.setScale(s / ICON_RES);
    this.drawInfluence();
    this.drawNfz();
  }

  /** Emphasises zones (they are the targets to pick while planning). */
  setTargeting(on: boolean): void {
    if (this.targeting === on) return;
    this.targeting = on;
    this.update(this.view);
  }

  setSelection(selection: Selection): void {
    this.selection = selection;
    for (const a of this.assets.values()) a.icon.setTexture(this.assetKey(a.setup, selection?.kind === "asset" && selection.id === a.setup.id));
    this.update(this.view);
  }

  update(view: MatchView | null): void {
    this.view = view;
    if (!view) return;
    const nfzZones = this.nfzZones(view);
    for (const [id, z] of this.zones) {
      const control = view.zones[id]?.control ?? null;
      const key = zoneTexture(this.scene, {
        color: control ? this.scenario.factions[control]!.color : CONTESTED,
        contested: !control,
        selected: this.selection?.kind === "zone" && this.selection.id === id,
        targeting: this.targeting,
        nfz: nfzZones.has(id),
      });
      if (z.icon.texture.key !== key) z.icon.setTexture(key);
      const name = this.scenario.zones.find((x) => x.id === id)?.name ?? id;
      const text = `${name} · ${control ? this.scenario.factions[control]!.short : ui().mapTips.contested}`;
      if (z.label.text !== text) z.label.setText(text);
    }
    this.placeLabels();
    this.drawInfluence();
    this.drawNfz();
  }

  /**
   * Everything on the map a label must not cover, in map units at the current zoom: country
   * names, platforms, influence bars, zone markers and zone labels (each with what it is).
   */
  boxes(): { kind: "countryName" | "asset" | "influence" | "zone" | "zoneLabel"; id: string; rect: Rect }[] {
    const s = this.uiScale / this.zoom;
    const square = (x: number, y: number, r: number): Rect => ({ left: x - r * s, top: y - r * s, right: x + r * s, bottom: y + r * s });
    const total = powerIds(this.scenario).length * (BAR.width + BAR.gap) - BAR.gap;
    return [
      ...this.countryNames.map((c) => ({ kind: "countryName" as const, id: c.id, rect: c.rect })),
      ...[...this.assets.values()].map((a) => ({ kind: "asset" as const, id: a.setup.id, rect: square(a.setup.x, a.setup.y, ASSET_RADIUS) })),
      ...[...this.influence.entries()].map(([id, at]) => ({
        kind: "influence" as const,
        id,
        rect: { left: at.x - (total / 2 + 3) * s, top: at.y + (BAR.top - 3) * s, right: at.x + (total / 2 + 3) * s, bottom: at.y + (BAR.top + BAR.height + 3) * s },
      })),
      ...[...this.zones.values()].map((z) => ({ kind: "zone" as const, id: z.setup.id, rect: square(z.setup.x, z.setup.y, ZONE_RADIUS) })),
      ...[...this.zones.values()].map((z) => {
        const b = z.label.getBounds();
        return { kind: "zoneLabel" as const, id: z.setup.id, rect: { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height } };
      }),
    ];
  }

  /** Zone labels beside their zones, on whichever side keeps them off each other and off names, platforms and bars (labels change width with control). */
  private placeLabels(): void {
    const zones = [...this.zones.values()];
    const labels = zones.map((z) => ({ id: z.setup.id, x: z.setup.x, y: z.setup.y, width: z.label.width, height: z.label.height }));
    const obstacles = this.boxes()
      .filter((b) => b.kind === "countryName" || b.kind === "asset" || b.kind === "influence")
      .map((b) => b.rect);
    const placed = placeLabels(labels, this.uiScale / this.zoom, LABEL_GAP, ZONE_RADIUS, obstacles);
    const s = this.uiScale / this.zoom;
    this.leaders.clear();
    this.leaders.lineStyle(1.5 * s, 0xffffff, 0.8);
    for (const z of zones) {
      const p = placed.get(z.setup.id)!;
      z.label.setOrigin(p.originX, p.originY).setPosition(p.x, p.y);
      if (p.reach <= 1) continue;
      // From the marker's edge to the label's near side (a gap short of the anchor).
      const dx = p.x - z.setup.x;
      const dy = p.y - z.setup.y;
      const d = Math.hypot(dx, dy) || 1;
      const from = (ZONE_RADIUS + 1) * s;
      const to = d - 3 * s;
      this.leaders.lineBetween(z.setup.x + (dx / d) * from, z.setup.y + (dy / d) * from, z.setup.x + (dx / d) * to, z.setup.y + (dy / d) * to);
    }
  }

  private assetKey(a: AssetSetup, selected: boolean): string {
    return assetTexture(this.scene, a.kind, this.scenario.powers[a.owner]!.color, a.owner === this.me, selected);
  }

  private drawInfluence(): void {
    const g = this.influenceBars;
    g.clear();
    const view = this.view;
    if (!view) return;
    const s = this.uiScale / this.zoom;
    const total = powerIds(this.scenario).length * (BAR.width + BAR.gap) - BAR.gap;
    for (const [country, at] of this.influence) {
      const left = at.x - (total / 2) * s;
      const top = at.y + BAR.top * s;
      g.fillStyle(0x0b1622, 0.8);
      g.fillRect(left - 3 * s, top - 3 * s, (total + 6) * s, (BAR.height + 6) * s);
      powerIds(this.scenario).forEach((p, k) => {
        const value = view.powers[p]?.influence[country] ?? 0;
        const h = Math.max(1, (value / 100) * BAR.height);
        g.fillStyle(hexToNumber(this.scenario.powers[p]!.color), 1);
        g.fillRect(left + k * (BAR.width + BAR.gap) * s, top + (BAR.height - h) * s, BAR.width * s, h * s);
      });
    }
  }

  /** Zones under a no-fly zone in force. */
  private nfzZones(view: MatchView): Set<string> {
    const out = new Set<string>();
    for (const t of view.treaties) if (t.term.kind === "nfz" && view.nfzInForce.includes(t.id)) for (const z of t.term.zones) out.add(z);
    return out;
  }

  /** No-fly zones in force (filled), and those agreed but not (yet) in force (dashed). */
  private drawNfz(): void {
    const g = this.nfz;
    g.clear();
    const view = this.view;
    if (!view) return;
    for (const t of view.treaties) {
      if (t.term.kind !== "nfz") continue;
      const inForce = view.nfzInForce.includes(t.id);
      const pending = !inForce && (t.status === "agreed" || t.status === "active");
      if (!inForce && !pending) continue;
      const pts = t.term.zones.map((id) => this.zones.get(id)?.setup).filter((p): p is Placed => !!p).map((p) => [p.x, p.y] as [number, number]);
      if (pts.length === 0) continue;
      const hull = paddedHull(pts, NFZ_RADIUS);
      if (inForce) {
        g.fillStyle(0xf0e442, 0.14);
        ringPath(g, hull);
        g.fillPath();
        g.lineStyle(2.5 / this.zoom, 0xf0e442, 0.95);
        ringPath(g, hull);
        g.strokePath();
      } else {
        g.lineStyle(1.5 / this.zoom, 0xf0e442, 0.7);
        dashedPolyline(g, closed(hull), 10 / this.zoom);
      }
    }
  }
}

/** Where the baked country names sit, measured with the fonts the bake draws them in (countries-layer.ts). */
function measureCountryNames(scenario: Scenario): { id: string; rect: Rect }[] {
  const ctx = document.createElement("canvas").getContext("2d");
  return countryLabels(scenario).map((l) => {
    let width = l.text.length * (l.major ? 15 : 10);
    if (ctx) {
      ctx.font = `${l.major ? "bold 19px" : "14px"} ${FONT}`;
      (ctx as CanvasRenderingContext2D & { letterSpacing?: string }).letterSpacing = l.major ? "3px" : "1px";
      width = ctx.measureText(l.text).width;
    }
    const height = l.major ? 20 : 15;
    return { id: l.id, rect: { left: l.x - width / 2, top: l.y - height / 2, right: l.x + width / 2, bottom: l.y + height / 2 } };
  });
}
