/**
 * The browser tests' hook: `window.__overflight` and `data-*` attributes on #app, filled from what
 * production code publishes (observe.ts). Loaded by main.ts, as its own chunk, only on a page
 * opened for tests (tests/e2e/support.ts sets `window.__overflightTest` before the page loads);
 * no production module imports it. The ready flag is set after the first rendered frame of a
 * map scene.
 */
import { watch } from "./observe";
import type { MapBox, Observed, PlacedPoint } from "./observe";

export type { PlacedPoint };

/** What the page publishes, as the tests read it: the probes as functions that always answer. */
export interface OverflightHook extends Omit<Observed, "zones" | "assets" | "mapBoxes" | "toScreen" | "lonLatToScreen" | "selection" | "camera" | "errors"> {
  zones(): Record<string, PlacedPoint>;
  assets(): Record<string, PlacedPoint>;
  /** What sits on the map (country names, platforms, influence bars, zone markers and labels), as screen rectangles. */
  mapBoxes(): MapBox[];
  toScreen(worldX: number, worldY: number): [number, number];
  lonLatToScreen(lon: number, lat: number): [number, number];
  selection: unknown;
  camera: { zoom: number; scrollX: number; scrollY: number; width: number; height: number } | null;
  /** Last error toasts shown, newest last. */
  errors: string[];
}

declare global {
  interface Window {
    __overflight: OverflightHook;
    /** Set by the browser tests before the page loads: install the hook. */
    __overflightTest?: boolean;
  }
}

const none = () => ({}) as Record<string, PlacedPoint>;

/** Probes read when the test reads the field; the rest are plain values. */
const PROBES: Partial<Record<keyof Observed, () => unknown>> = {};

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
  for (const name of ["selection", "camera"] as const) {
    Object.defineProperty(hook, name, { get: () => PROBES[name]?.() ?? null, enumerable: true, configurable: true });
  }
  const defaults: Pick<OverflightHook, "zones" | "assets" | "mapBoxes" | "toScreen" | "lonLatToScreen"> = {
    zones: hook.zones,
    assets: hook.assets,
    mapBoxes: hook.mapBoxes,
    toScreen: hook.toScreen,
    lonLatToScreen: hook.lonLatToScreen,
  };
  window.__overflight = hook;
  watch({
    expose(name, value) {
      if (name === "selection" || name === "camera") PROBES[name] = (value as (() => unknown) | null) ?? undefined;
      else if (name in defaults) Object.assign(hook, { [name]: value ?? defaults[name as keyof typeof defaults] });
      else if (name === "errors") hook.errors = [...(value as readonly string[])];
      else Object.assign(hook, { [name]: value });
    },
    mirror(name, value) {
      const app = document.getElementById("app");
      if (!app) return;
      if (value === null) app.removeAttribute(`data-${name}`);
      else app.setAttribute(`data-${name}`, String(value));
    },
  });
  return hook;
}
