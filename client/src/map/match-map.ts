/**
 * The map of a match as every scene shows it (player, facilitator, projector): the countries,
 * zone and asset markers (a seat's own assets marked as such), flights played back, and a
 * camera that fits the map again when the window is resized. Markers grow a little on tall
 * screens so that a projected map stays readable.
 */
import type * as Phaser from "phaser";
import type { PowerId } from "../../../shared/ids";
import type { Scenario } from "../../../shared/scenario/types";
import { project } from "./projection";
import { CameraControl } from "./camera-control";
import { drawCountries } from "./countries-layer";
import { MarkersLayer } from "./markers-layer";
import { PlaybackLayer } from "./playback-layer";

/** A layer whose drawing follows the camera's zoom. */
export interface Zoomable {
  setZoom(zoom: number): void;
}

function uiScaleFor(height: number): number {
  return Math.min(1.5, Math.max(1, height / 700));
}

export class MatchMap {
  readonly markers: MarkersLayer;
  readonly playback: PlaybackLayer;
  readonly cam: CameraControl;

  /** `alsoZoomed`: the scene's own layers that follow the zoom too (the player's routes). */
  constructor(
    private readonly scene: Phaser.Scene,
    scenario: Scenario,
    power: PowerId | null,
    alsoZoomed: Zoomable[] = [],
  ) {
    drawCountries(scene, scenario);
    this.markers = new MarkersLayer(scene, scenario, power);
    this.playback = new PlaybackLayer(scene, scenario);
    this.playback.obstacles = () => this.markers.boxes().map((b) => b.rect);
    this.cam = new CameraControl(scene);
    this.cam.home = theatreOf(scenario);
    const layers: Zoomable[] = [this.markers, this.playback, ...alsoZoomed];
    this.cam.onZoom((zoom) => {
      for (const layer of layers) layer.setZoom(zoom);
    });
    this.cam.fit();
    this.markers.setUiScale(uiScaleFor(scene.scale.height));
    scene.scale.on("resize", this.onResize, this);
  }

  destroy(): void {
    this.scene.scale.off("resize", this.onResize, this);
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.scene.cameras.main.setSize(size.width, size.height);
    this.cam.fit();
    this.markers.setUiScale(uiScaleFor(size.height));
  }
}

/** The world rectangle holding every zone and platform, with room for their labels. */
export function theatreOf(scenario: Scenario): { x: number; y: number; width: number; height: number } {
  const points = [...scenario.zones.map((z) => z.lonLat), ...scenario.assets.map((a) => a.lonLat)].map((p) => project(p));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = { left: 90, right: 60, top: 40, bottom: 40 };
  const x = Math.min(...xs) - pad.left;
  const y = Math.min(...ys) - pad.top;
  return { x, y, width: Math.max(...xs) + pad.right - x, height: Math.max(...ys) + pad.bottom - y };
}
