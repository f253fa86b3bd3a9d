/**
 * The client's figures: the gzip size of the built JavaScript (dist/, if built) and the time to an
 * interactive map, which the browser tests measure in Chromium and leave in
 * tests/artifacts/client-metrics.json (`{ "timeToInteractiveMs": number, … }`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface ClientSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

/** Every .js file under dist/, each gzipped at level 9 as a server would; null if not built. */
export function clientJsSize(distDir: string): ClientSize | null {
  if (!existsSync(join(distDir, "index.html"))) return null;
  const out: ClientSize = { files: 0, rawBytes: 0, gzipBytes: 0 };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.m?js$/.test(name)) {
        const bytes = readFileSync(path);
        out.files++;
        out.rawBytes += bytes.length;
        out.gzipBytes += gzipSync(bytes, { level: 9 }).length;
      }
    }
  };
  walk(distDir);
  return out;
}

/** The browser tests' measurements, if they left any. */
export function clientMetrics(file: string): Record<string, number> | null {
  if (!existsSync(file)) return null;
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(data).filter((e): e is [string, number] => typeof e[1] === "number"));
  } catch {
    return null;
  }
}
