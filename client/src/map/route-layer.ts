/**
 * The route being planned, drawn live: each airspace passage in the colour and line style of
 * the rights held there, waypoint handles, the end (target or cursor), the platform's range
 * ring, and, faintly, the strikes already in the orders draft.
 */
import type * as Phaser from "phaser";
import type { LonLat } from "../../../shared/geo/great-circle";
import { project } from "./projection";
import type { Scenario } from "../../../shared/scenario/types";
import type { DraftStrike } from "../model/orders-draft";
import { hexToNumber, RIGHTS_STYLE } from "../model/palette";
import { rangeRing } from "../model/map-style";
import type { RoutePreview } from "../model/route-planner";
import { pathOf } from "../model/route-path";
import { closed, dashedPolyline, polyline } from "./draw";

export class RouteLayer {
  private readonly drafts: Phaser.GameObjects.Graphics;
  private readonly route: Phaser.GameObjects.Graphics;
  private readonly handles: Phaser.GameObjects.Graphics;
  private zoom = 1;
  private preview: RoutePreview | null = null;
  private strikes: readonly DraftStrike[] = [];
  private ring: number[] | null = null;
  private ringColor = 0xffffff;
  /** Waypoint being dragged (drawn larger). */
  dragging: number | null = null;

  constructor(
    scene: Phaser.Scene,
    private readonly scenario: Scenario,
  ) {
    this.drafts = scene.add.graphics().setDepth(6.5);
    this.route = scene.add.graphics().setDepth(7);
    this.handles = scene.add.graphics().setDepth(8);
  }

  setZoom(zoom: number): void {
    this.zoom = zoom;
    this.redraw();
  }

  setPreview(preview: RoutePreview | null): void {
    this.preview = preview;
    if (preview) {
      this.ring = closed(rangeRing(preview.asset.lonLat, preview.weapon.rangeKm));
      this.ringColor = hexToNumber(this.scenario.powers[preview.asset.owner]!.color);
    } else this.ring = null;
    this.redraw();
  }

  setDraftStrikes(strikes: readonly DraftStrike[], editing: string | null): void {
    this.strikes = strikes.filter((s) => s.id !== editing);
    this.redraw();
  }

  private redraw(): void {
    const z = this.zoom;
    const d = this.drafts;
    d.clear();
    for (const s of this.strikes) {
      const asset = this.scenario.assets.find((a) => a.id === s.asset);
      const zone = this.scenario.zones.find((x) => x.id === s.zone);
      if (!asset || !zone) continue;
      const path = pathOf([asset.lonLat, ...s.waypoints, zone.lonLat] as LonLat[]);
      d.lineStyle(5 / z, 0x0b1622, 0.6);
      polyline(d, path.xy);
      d.lineStyle(2.5 / z, hexToNumber(this.scenario.powers[asset.owner]!.color), 0.9);
      polyline(d, path.xy);
      const [tx, ty] = project(zone.lonLat);
      d.lineStyle(2 / z, 0xffffff, 0.9);
      d.strokeCircle(tx, ty, 14 / z);
    }

    const g = this.route;
    const h = this.handles;
    g.clear();
    h.clear();
    const p = this.preview;
    if (!p) return;
    if (this.ring) {
      g.lineStyle(1.5 / z, this.ringColor, 0.8);
      dashedPolyline(g, this.ring, 6 / z, 6 / z);
    }
    for (const passage of p.passages) {
      g.lineStyle(8 / z, 0x0b1622, 0.75);
      polyline(g, passage.xy);
    }
    for (const passage of p.passages) {
      const style = RIGHTS_STYLE[passage.rights];
      g.lineStyle(4 / z, style.color, 1);
      if (style.dashed) dashedPolyline(g, passage.xy, 10 / z, 6 / z);
      else polyline(g, passage.xy);
    }
    p.waypointsXY.forEach(([x, y], i) => {
      const r = (this.dragging === i ? 9 : 7) / z;
      h.fillStyle(0x0b1622, 1);
      h.fillCircle(x, y, r + 2 / z);
      h.fillStyle(0xffffff, 1);
      h.fillCircle(x, y, r);
    });
    const [ex, ey] = p.endXY;
    if (p.zone) {
      h.lineStyle(3 / z, 0xffffff, 1);
      h.strokeCircle(ex, ey, 15 / z);
      h.lineBetween(ex - 21 / z, ey, ex - 11 / z, ey);
      h.lineBetween(ex + 11 / z, ey, ex + 21 / z, ey);
      h.lineBetween(ex, ey - 21 / z, ex, ey - 11 / z);
      h.lineBetween(ex, ey + 11 / z, ex, ey + 21 / z);
    } else if (p.plan.lengthKm > 0) {
      h.lineStyle(2 / z, 0xffffff, 0.8);
      h.strokeCircle(ex, ey, 5 / z);
    }
  }
}
