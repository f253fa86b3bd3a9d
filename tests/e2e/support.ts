/**
 * Browser end-to-end support: builds the client if dist/ is missing or older than its sources,
 * starts the real server (on a free port, temp DATA_DIR, serving dist/), launches Debian's
 * Chromium through playwright-core, and helpers that read `window.__overflight` and click the
 * map in game coordinates. Any page error fails the test at the next wait.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createApp } from "../../server/app";
import type { App } from "../../server/app";

export const ROOT = resolve(import.meta.dirname, "../..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "tests/artifacts");

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with Vite when it is missing or older than client/, shared/ or assets/. */
export function ensureBuilt(): { built: boolean; ms: number } {
  const index = join(DIST, "index.html");
  const sources = Math.max(...["client", "shared", "assets"].map((d) => newestMtime(join(ROOT, d))));
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return { built: false, ms: 0 };
  const start = Date.now();
  execFileSync(process.execPath, [join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--config", "client/vite.config.ts", "--logLevel", "warn"], { cwd: ROOT, stdio: "inherit" });
  return { built: true, ms: Date.now() - start };
}

export interface TestServer {
  app: App;
  url: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "overflight-e2e-"));
  const app = await createApp({ port: 0, host: "127.0.0.1", dataDir, distDir: DIST, verbose: false });
  const { url } = await app.listen();
  return {
    app,
    url,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** A page that records page errors; `check()` throws the first one. */
export interface TestPage {
  context: BrowserContext;
  page: Page;
  errors: Error[];
  check(): void;
}

/** Every page of the context is opened for tests: it installs the hook (client/src/testing.ts) the helpers read. */
export async function forTests(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(() => {
    window.__overflightTest = true;
  });
  return context;
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 720 }): Promise<TestPage> {
  const context = await forTests(await browser.newContext({ viewport }));
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(url);
  return {
    context,
    page,
    errors,
    check() {
      if (errors.length > 0) throw new Error(`page error: ${errors[0]!.message}\n${errors[0]!.stack ?? ""}`);
    },
  };
}

/** Waits for a condition in the page, failing at once on a page error. */
export async function until<T>(tp: TestPage, fn: () => T | Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    tp.check();
    let value: T | undefined;
    try {
      value = await fn();
    } catch {
      value = undefined;
    }
    if (value !== undefined && value !== null && value !== false) return value as NonNullable<T>;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function attr(tp: TestPage, name: string): Promise<string | null> {
  return tp.page.evaluate((n) => document.getElementById("app")!.getAttribute(`data-${n}`), name);
}

export async function waitScene(tp: TestPage, scene: string, timeoutMs = 20_000): Promise<void> {
  await until(tp, () => tp.page.evaluate((s) => window.__overflight?.scene === s && window.__overflight.ready === true, scene), `scene ${scene} ready`, timeoutMs);
}

export async function waitPhase(tp: TestPage, phase: string, turn: number, timeoutMs = 15_000): Promise<void> {
  await until(tp, async () => (await attr(tp, "phase")) === phase && (await attr(tp, "turn")) === String(turn), `phase ${phase} of turn ${turn}`, timeoutMs);
}

/** A student opens the lesson's join link, types a name and joins: the page waits in the waiting room. */
export async function joinByLink(browser: Browser, serverUrl: string, code: string, name: string, viewport = { width: 1280, height: 720 }): Promise<TestPage> {
  const tp = await openPage(browser, `${serverUrl}?join=${code}&renderer=canvas`, viewport);
  await waitScene(tp, "join");
  await until(tp, async () => (await attr(tp, "join")) === "ready", "the code looked up");
  await tp.page.fill("[data-testid=student-name]", name);
  await tp.page.click("[data-testid=student-join-go]");
  await until(tp, () => tp.page.locator("[data-testid=waiting-room]").count(), "the waiting room");
  return tp;
}

/** Clicks the map at game coordinates (canvas pixels of the game's scale). */
export async function clickGame(tp: TestPage, x: number, y: number, button: "left" | "right" = "left"): Promise<void> {
  const canvas = tp.page.locator("#game canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no canvas");
  const size = await tp.page.evaluate(() => {
    const g = window.__overflight.game as { scale: { width: number; height: number } };
    return { w: g.scale.width, h: g.scale.height };
  });
  await tp.page.mouse.click(box.x + (x * box.width) / size.w, box.y + (y * box.height) / size.h, { button });
}

export async function clickLonLat(tp: TestPage, lon: number, lat: number): Promise<void> {
  const [x, y] = await tp.page.evaluate(([a, b]) => window.__overflight.lonLatToScreen(a!, b!), [lon, lat]);
  await clickGame(tp, x, y);
}

export async function screenshot(tp: TestPage, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await tp.page.screenshot({ path });
  return path;
}

/** Frames the page draws in `ms` (requestAnimationFrame count), as frames per second. */
export async function measureFps(tp: TestPage, ms = 2000): Promise<number> {
  const frames = await tp.page.evaluate(
    (duration) =>
      new Promise<number>((done) => {
        let n = 0;
        const start = performance.now();
        const step = (t: number) => {
          n++;
          if (t - start < duration) requestAnimationFrame(step);
          else done(n);
        };
        requestAnimationFrame(step);
      }),
    ms,
  );
  return (frames * 1000) / ms;
}

/** From the lobby: a private one-turn match on quick timers, as Russia, bots in the other seats. */
export async function createOneTurnMatch(tp: TestPage, name: string): Promise<void> {
  const p = tp.page;
  await p.fill("[data-testid=player-name]", name);
  await p.fill("[data-testid=turns]", "1");
  await p.locator("[data-testid=turns]").blur();
  await p.selectOption("[data-testid=timers]", "quick");
  await p.selectOption("[data-testid=visibility]", "private");
  await p.click("[data-testid=create]");
  await waitScene(tp, "match");
}

/** Another page of the same browser (its language chosen already). */
export async function pageBeside(of: TestPage, url: string): Promise<TestPage> {
  const page = await of.context.newPage();
  const errors: Error[] = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto(url);
  const check = () => {
    if (errors.length > 0) throw new Error(`page error: ${errors[0]!.message}`);
  };
  return { context: of.context, page, errors, check };
}
