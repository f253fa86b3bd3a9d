/**
 * Gulf 2019's map: from the Levant and the Nile to the Strait of Hormuz and the Arabian Sea, from
 * northern Iraq to the Gulf of Aden. The grid reaches 32–62°E, 10–38°N, so that every route of the
 * scenario (Iran to Yemen over the Gulf, the Red Sea to Iraq, Yemen to the Saudi oil province)
 * stays on it; the screen is fitted to the play area.
 */
import type { MapBox } from "../types";

export const map: MapBox = {
  id: "gulf-2019",
  grid: { lon0: 32, lon1: 62, lat0: 10, lat1: 38 },
  display: { lon0: 28, lon1: 64, lat0: 6, lat1: 40 },
  playArea: { lon0: 34, lon1: 60, lat0: 11, lat1: 36 },
  projection: { parallels: [16, 30], rotate: [-47, 0] },
  loadGrid: () => import("./airspace-grid.json").then((m) => m.default),
};
