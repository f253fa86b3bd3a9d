/**
 * The one place production code says what the page shows, for whoever watches: named values
 * (`expose`: the scene, whether it is ready, the route planned, the playback…), probes that read
 * the map when asked (zone positions, the camera), and short page facts (`mirror`: the phase, the
 * tab…). Nothing watches in a player's browser: values are only kept. The browser tests' hook
 * (testing.ts, its own chunk) watches, loaded by main.ts when the page is opened for tests, and
 * is handed what was kept before it came.
 */

/** A map point as the tests read it. */
export interface PlacedPoint {
  /** Game (canvas) pixels, with the camera as it is now. */
  x: number;
  y: number;
  worldX: number;
  worldY: number;
  visible: boolean;
}

export interface MapBox {
  kind: string;
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Everything published by name, with its type. Probes are functions, called when read. */
export interface Observed {
  scene: string;
  ready: boolean;
  /** performance.now() when the map first became interactive. */
  readyAt: number | null;
  renderer: "webgl" | "canvas" | "unknown";
  viewer: string | null;
  matchId: string | null;
  turn: number | null;
  phase: string | null;
  status: string | null;
  connection: string;
  /** Connection drops seen (each shows the banner until reconnected). */
  drops: number;
  /** Last error toasts shown, newest last. */
  errors: readonly string[];
  route: unknown;
  playback: { playing: boolean; t: number; flights: number; markers: number } | null;
  game: unknown;
  zones: (() => Record<string, PlacedPoint>) | null;
  assets: (() => Record<string, PlacedPoint>) | null;
  mapBoxes: (() => MapBox[]) | null;
  toScreen: ((worldX: number, worldY: number) => [number, number]) | null;
  lonLatToScreen: ((lon: number, lat: number) => [number, number]) | null;
  selection: (() => unknown) | null;
  camera: (() => { zoom: number; scrollX: number; scrollY: number; width: number; height: number }) | null;
}

export type Fact = string | number | boolean | null;

export interface Watcher {
  expose<K extends keyof Observed>(name: K, value: Observed[K]): void;
  mirror(name: string, value: Fact): void;
}

const exposed = new Map<keyof Observed, unknown>();
const facts = new Map<string, Fact>();
let watcher: Watcher | null = null;

export function expose<K extends keyof Observed>(name: K, value: Observed[K]): void {
  exposed.set(name, value);
  watcher?.expose(name, value);
}

/** The value last exposed under a name. */
export function exposedValue<K extends keyof Observed>(name: K): Observed[K] | undefined {
  return exposed.get(name) as Observed[K] | undefined;
}

/** A short fact about the page (null: none). */
export function mirror(name: string, value: Fact): void {
  facts.set(name, value);
  watcher?.mirror(name, value);
}

/** Starts watching: the watcher is handed everything published so far, then each change. */
export function watch(w: Watcher): void {
  watcher = w;
  for (const [name, value] of exposed) w.expose(name, value as never);
  for (const [name, value] of facts) w.mirror(name, value);
}
