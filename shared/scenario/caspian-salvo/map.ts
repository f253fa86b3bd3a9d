/**
 * Caspian Salvo's map: from the Aegean to Afghanistan, the Caucasus to the Gulf. The grid reaches
 * 24–62°E, 24–50°N, so that every route of the scenario (the Caspian to the Levant, the Gulf, the
 * Red Sea) stays on it; the screen is fitted to the play area.
 */
import type { MapBox } from "../types";

export const map: MapBox = {
  id: "caspian-salvo",
  grid: { lon0: 24, lon1: 62, lat0: 24, lat1: 50 },
  display: { lon0: 20, lon1: 64, lat0: 22, lat1: 52 },
  playArea: { lon0: 26, lon1: 56, lat0: 28, lat1: 47 },
  projection: { parallels: [31, 44], rotate: [-41, 0] },
  loadGrid: () => import("./airspace-grid.json").then((m) => m.default),
};
