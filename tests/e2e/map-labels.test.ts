/**
 * The map at its default framing, at 1280×720 and 1920×1080: every power's platforms and every
 * zone are on the map beside the panel (the Caspian flotilla to the Mediterranean coast), and no
 * zone label covers another label, a country name, a platform, an influence bar or a marker.
 */
import { describe, expect, it } from "vitest";
import { openPage, screenshot, waitScene } from "./support";
import { browserSuite } from "./suite";

const suite = browserSuite("map-labels");

interface Box {
  kind: string;
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  describe(`the map at ${size.width}×${size.height}`, { timeout: 60_000 }, () => {
    it("frames every platform and zone, and keeps zone labels clear of everything else", async () => {
      const tp = await openPage(suite.browser, `${suite.server.url}?renderer=canvas`, size);
      await waitScene(tp, "lobby");
      const p = tp.page;
      await p.fill("[data-testid=player-name]", "Map");
      await p.selectOption("[data-testid=visibility]", "private");
      await p.click("[data-testid=create]");
      await waitScene(tp, "match");
      const canvas = (await p.locator("#game canvas").boundingBox())!;
      const side = (await p.locator("#side").boundingBox())!;
      expect(canvas.x + canvas.width).toBeLessThanOrEqual(side.x + 1);

      const assets = await p.evaluate(() => window.__overflight.assets());
      const zones = await p.evaluate(() => window.__overflight.zones());
      const off = [...Object.entries(assets), ...Object.entries(zones)].filter(([, a]) => !a.visible).map(([id]) => id);
      expect(off, "off the map at the default framing").toEqual([]);
      // Nor under the zoom buttons and legend.
      const controls = (await p.locator(".map-controls").boundingBox())!;
      const covered = Object.entries(assets).filter(([, a]) => a.x + canvas.x >= controls.x - 10 && a.x + canvas.x <= controls.x + controls.width + 10 && a.y + canvas.y >= controls.y - 10 && a.y + canvas.y <= controls.y + controls.height + 10).map(([id]) => id);
      expect(covered, "under the map controls").toEqual([]);

      const boxes = await p.evaluate(() => window.__overflight.mapBoxes());
      const inView = (b: Box) => b.right > 0 && b.bottom > 0 && b.left < canvas.width && b.top < canvas.height;
      const labels = boxes.filter((b) => b.kind === "zoneLabel" && inView(b));
      expect(labels.length).toBe(Object.keys(zones).length);
      const clashes: string[] = [];
      for (const label of labels) {
        for (const other of boxes) {
          if (other === label || !inView(other) || (other.kind === "zone" && other.id === label.id)) continue;
          if (overlap(label, other) > 4) clashes.push(`${label.id} label over ${other.kind} ${other.id} (${Math.round(overlap(label, other))} px²)`);
        }
      }
      await screenshot(tp, `map-labels-${size.width}.png`);
      expect(clashes).toEqual([]);
      await tp.context.close();
    });
  });
}
