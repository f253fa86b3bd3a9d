/**
 * Pan (drag) and zoom (wheel, buttons) of the map camera, and conversions between world pixels
 * (the baked projection's) and game pixels (the canvas). Listeners hear every zoom change, so
 * that markers and labels keep their size on screen.
 */
import * as Phaser from "phaser";

/** The area the camera may look at: the world plus the seas where platforms sit. */
export const VIEW_BOUNDS = { x: -150, y: -60, width: 2350, height: 1720 } as const;
/** The theatre shown at first: from the eastern Mediterranean to the Caspian. */
export const HOME_VIEW = { x: 560, y: 250, width: 1060, height: 880 } as const;

export class CameraControl {
  readonly camera: Phaser.Cameras.Scene2D.Camera;
  private readonly listeners = new Set<(zoom: number) => void>();
  minZoom = 0.3;
  maxZoom = 5;

  constructor(private readonly scene: Phaser.Scene) {
    this.camera = scene.cameras.main;
  }

  onZoom(listener: (zoom: number) => void): void {
    this.listeners.add(listener);
  }

  get zoom(): number {
    return this.camera.zoom;
  }

  /** Game pixels hidden at the bottom of the view (the panel laid over the map on a phone). */
  coveredBottom: () => number = () => 0;

  /** What "Fit the theatre" shows: HOME_VIEW unless the scene knows better (every zone and platform). */
  home: { x: number; y: number; width: number; height: number } = HOME_VIEW;

  /** Fits a world rectangle into the part of the view nothing covers. */
  fit(rect: { x: number; y: number; width: number; height: number } = this.home): void {
    const cam = this.camera;
    const covered = Math.min(cam.height * 0.7, Math.max(0, this.coveredBottom()));
    const zoom = Math.min(cam.width / rect.width, (cam.height - covered) / rect.height);
    this.minZoom = Math.min(0.9 * Math.min(cam.width / VIEW_BOUNDS.width, cam.height / VIEW_BOUNDS.height), zoom);
    this.setZoom(zoom);
    this.centerOn(rect.x + rect.width / 2, rect.y + rect.height / 2 + covered / 2 / cam.zoom);
  }

  centerOn(x: number, y: number): void {
    this.camera.centerOn(x, y);
    this.clamp();
  }

  panBy(dxScreen: number, dyScreen: number): void {
    const cam = this.camera;
    cam.scrollX -= dxScreen / cam.zoom;
    cam.scrollY -= dyScreen / cam.zoom;
    this.clamp();
  }

  /** Zooms by a factor keeping the world point under (sx, sy) in place. */
  zoomAt(factor: number, sx: number, sy: number): void {
    const cam = this.camera;
    const before = this.toWorld(sx, sy);
    this.setZoom(cam.zoom * factor);
    const ox = cam.width * cam.originX;
    const oy = cam.height * cam.originY;
    cam.scrollX = before[0] - ox - (sx - cam.x - ox) / cam.zoom;
    cam.scrollY = before[1] - oy - (sy - cam.y - oy) / cam.zoom;
    this.clamp();
  }

  zoomBy(factor: number): void {
    this.zoomAt(factor, this.camera.x + this.camera.width / 2, this.camera.y + this.camera.height / 2);
  }

  private setZoom(zoom: number): void {
    const z = Math.min(this.maxZoom, Math.max(this.minZoom, zoom));
    this.camera.setZoom(z);
    for (const l of this.listeners) l(z);
  }

  /** Keeps the view's centre inside the bounds. */
  private clamp(): void {
    const cam = this.camera;
    const cx = cam.scrollX + cam.width * cam.originX;
    const cy = cam.scrollY + cam.height * cam.originY;
    const x = Math.min(VIEW_BOUNDS.x + VIEW_BOUNDS.width, Math.max(VIEW_BOUNDS.x, cx));
    const y = Math.min(VIEW_BOUNDS.y + VIEW_BOUNDS.height, Math.max(VIEW_BOUNDS.y, cy));
    cam.scrollX += x - cx;
    cam.scrollY += y - cy;
  }

  /** World pixels → game (canvas) pixels, with the camera as it is now. */
  toScreen(wx: number, wy: number): [number, number] {
    const cam = this.camera;
    const ox = cam.width * cam.originX;
    const oy = cam.height * cam.originY;
    return [cam.x + ox + cam.zoom * (wx - cam.scrollX - ox), cam.y + oy + cam.zoom * (wy - cam.scrollY - oy)];
  }

  /** Game (canvas) pixels → world pixels. */
  toWorld(sx: number, sy: number): [number, number] {
    const cam = this.camera;
    const ox = cam.width * cam.originX;
    const oy = cam.height * cam.originY;
    return [(sx - cam.x - ox) / cam.zoom + cam.scrollX + ox, (sy - cam.y - oy) / cam.zoom + cam.scrollY + oy];
  }
}
