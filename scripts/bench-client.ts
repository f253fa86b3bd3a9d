/**
 * The client's figures: the gzip size of the built JavaScript (dist/, if built), and in headless
 * Chromium against a real server (in this process, serving dist/): the JavaScript the match page
 * fetches from opening it through Quick play to an interactive map, chunk by chunk, the time to an
 * interactive lobby and the time from pressing Quick play to an interactive map.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import type { Page } from "playwright-core";
import { createApp } from "../server/app";
import { DEFAULT_LANGUAGE } from "../shared/catalog";
import type { Language } from "../shared/catalog";

/** The match page's JavaScript budget (issue 19), gzip. */
export const MATCH_PAGE_JS_BUDGET_KB = 450;

export interface ClientSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

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
        out.gzipBytes += gzipSize(bytes);
      }
    }
  };
  walk(distDir);
  return out;
}

export interface Chunk {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface MatchPageLoad {
  /** The JavaScript fetched until the map is interactive, in the order it was requested. */
  chunks: Chunk[];
  gzipBytes: number;
  /** Opening the page to an interactive lobby, median of the runs (ms). */
  toLobbyMs: number;
  /** Pressing Quick play to an interactive map, median of the runs (ms). */
  quickPlayToMapMs: number;
  runs: number;
  renderer: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function waitScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((s) => window.__overflight?.scene === s && window.__overflight.ready === true, scene, { timeout: 30_000, polling: 10 });
}

/**
 * Opens the built match page in Chromium `runs` times (a fresh profile each: nothing cached), in
 * `language` (the one a player chose before: each language's words are chunks of their own), and
 * presses Quick play.
 */
export async function measureMatchPage(distDir: string, runs = 3, language: Language = DEFAULT_LANGUAGE): Promise<MatchPageLoad> {
  const manifest = JSON.parse(readFileSync(join(distDir, ".vite/manifest.json"), "utf8")) as Record<string, { file: string; src?: string }>;
  const hookFile = Object.values(manifest).find((c) => c.src === "src/testing.ts")?.file;
  const dataDir = mkdtempSync(join(tmpdir(), "overflight-bench-client-"));
  const app = await createApp({ port: 0, host: "127.0.0.1", dataDir, distDir, verbose: false });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  try {
    const { url } = await app.listen();
    const toLobby: number[] = [];
    const toMap: number[] = [];
    let chunks: Chunk[] = [];
    let renderer = "unknown";
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      // The browser tests' hook (window.__overflight) tells when the map is interactive; its chunk
      // (src/testing.ts) is fetched only on such a page and is left out of the figure.
      await context.addInitScript((chosen) => {
        window.__overflightTest = true;
        localStorage.setItem("overflight.language", chosen);
      }, language);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const seen: Promise<Chunk>[] = [];
      let counting = true;
      page.on("response", (response) => {
        const path = new URL(response.url()).pathname;
        if (!counting || !/\.m?js$/.test(path)) return;
        seen.push(response.body().then((body) => ({ file: path.replace(/^\//, ""), rawBytes: body.length, gzipBytes: gzipSize(body) })));
      });
      const opened = Date.now();
      await page.goto(url);
      await waitScene(page, "lobby");
      toLobby.push(Date.now() - opened);
      await page.fill("[data-testid=player-name]", "Bench");
      if ((await page.getAttribute("html", "lang")) !== language) throw new Error(`the page is not in ${language}`);
      const pressed = Date.now();
      await page.click("[data-testid=quick-play]");
      await waitScene(page, "match");
      toMap.push(Date.now() - pressed);
      counting = false;
      if (errors.length > 0) throw new Error(`page error: ${errors[0]}`);
      chunks = (await Promise.all(seen)).filter((c) => c.file !== hookFile);
      renderer = (await page.evaluate(() => window.__overflight.renderer)) ?? renderer;
      await context.close();
    }
    return { chunks, gzipBytes: chunks.reduce((s, c) => s + c.gzipBytes, 0), toLobbyMs: median(toLobby), quickPlayToMapMs: median(toMap), runs, renderer };
  } finally {
    await browser.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
