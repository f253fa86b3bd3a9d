/**
 * Colours of the map and the panels. The powers' colours come from the scenario (Okabe–Ito,
 * colour-blind safe); everything else here is chosen to stay apart from them: greys for
 * countries without a seat, a dark sea, and for route rights the one Okabe–Ito colour no power
 * uses (yellow) plus line styles, so that rights never depend on hue alone.
 */
import type { RightsStatus } from "../../../shared/geo/plan-route";

export const SEA = 0x0b1622;
export const SEA_CSS = "#0b1622";
/** Countries of the scenario without a seat. */
export const NEUTRAL_FILL = 0x3d434b;
/** Countries outside the scenario (drawn for context only). */
export const OUTSIDE_FILL = 0x2a2f35;
export const BORDER = 0x0b1622;
export const LABEL = "#e8edf2";
export const LABEL_DIM = "#9aa7b4";

/** How a route passage is drawn, by the rights the flyer holds there. */
export const RIGHTS_STYLE: Readonly<Record<RightsStatus, { color: number; css: string; dashed: boolean }>> = {
  own: { color: 0xffffff, css: "#ffffff", dashed: false },
  international: { color: 0x8fb3d9, css: "#8fb3d9", dashed: false },
  granted: { color: 0xf0e442, css: "#f0e442", dashed: false },
  none: { color: 0xff5a5a, css: "#ff5a5a", dashed: true },
};

export function hexToNumber(hex: string): number {
  return Number.parseInt(hex.replace("#", ""), 16);
}

/** Mixes colour a towards b by t (0: a, 1: b). */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const m = (s: number) => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t) << s;
  return m(16) | m(8) | m(0);
}

export function numberToCss(n: number): string {
  return `#${n.toString(16).padStart(6, "0")}`;
}

/** Fill of a power's country: its colour, toned down so that markers and routes stand out. */
export function ownedFill(powerColor: string): number {
  return mix(hexToNumber(powerColor), NEUTRAL_FILL, 0.45);
}
