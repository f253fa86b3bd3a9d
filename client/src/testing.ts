/**
 * What browser tests (and curious players) can read: `window.__overflight` and `data-*`
 * attributes on #app. The ready flag is set after the first rendered frame of a map scene.
 */
export interface PlacedPoint {
  /** Game (canvas) pixels, with the camera as it is now. */
  x: number;
  y: number;
  worldX: number;
  worldY: number;
  visible: boolean;
}

export interface OverflightHook {
  ready: boolean;
  /** performance.now() when the map first became interactive. */
  readyAt: number | null;
  scene: string;
  renderer: "webgl" | "canvas" | "unknown";
  viewer: string | null;
  matchId: string | null;
  turn: number | null;
  phase: string | null;
  status: string | null;
  connection: string;
  /** Connection drops seen (each shows the banner until reconnected). */
  drops: number;
  zones(): Record<string, PlacedPoint>;
  assets(): Record<string, PlacedPoint>;
  /** What sits on the map (country names, platforms, influence bars, zone markers and labels), as screen rectangles. */
  mapBoxes(): { kind: string; id: string; left: number; top: number; right: number; bottom: number }[];
  toScreen(worldX: number, worldY: number): [number, number];
  lonLatToScreen(lon: number, lat: number): [number, number];
  selection: unknown;
  route: unknown;
  playback: { playing: boolean; t: number; flights: number; markers: number } | null;
  camera: { zoom: number; scrollX: number; scrollY: number; width: number; height: number } | null;
  /** Last error toasts shown, newest last. */
  errors: string[];
  game: unknown;
}

declare global {
  interface Window {
    __overflight: OverflightHook;
  }
}

const none = () => ({}) as Record<string, PlacedPoint>;

export function installHook(): OverflightHook {
  const hook: OverflightHook = {
    ready: false,
    readyAt: null,
    scene: "boot",
    renderer: "unknown",
    viewer: null,
    matchId: null,
    turn: null,
    phase: null,
    status: null,
    connection: "idle",
    drops: 0,
    zones: none,
    assets: none,
    mapBoxes: () => [],
    toScreen: (x, y) => [x, y],
    lonLatToScreen: () => [0, 0],
    selection: null,
    route: null,
    playback: null,
    camera: null,
    errors: [],
    game: null,
  };
  window.__overflight = hook;
  return hook;
}

export function hook(): OverflightHook {
  return window.__overflight;
}

/** Mirrors a value on #app as data-<name>. */
export function mirror(name: string, value: string | number | boolean | null): void {
  const app = document.getElementById("app");
  if (!app) return;
  if (value === null) app.removeAttribute(`data-${name}`);
  else app.setAttribute(`data-${name}`, String(value));
}
