/**
 * What the match page fetches, in real Chromium against the real server: from opening it through
 * Quick play to an interactive map, none of the chunks it does not need at first (the debrief and
 * chart.js, the classroom's pages and the QR code, the projector, the rules); the debrief's chunks
 * come when the debrief is opened, under the server's Content-Security-Policy; and a chunk that
 * cannot be fetched (the debrief's, the game's own) is said in words, not left as a blank map.
 * Which file holds what comes from the build's manifest (dist/.vite/manifest.json). Sizes are the
 * bench's (npm run bench).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { attr, DIST, forTests, screenshot, until, waitScene } from "./support";
import type { TestPage } from "./support";
import { browserSuite } from "./suite";

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
}

const suite = browserSuite("first-load");
const manifest = () => JSON.parse(readFileSync(join(DIST, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;

/** The file of a lazily imported module, or of a named library chunk. */
function fileOf(what: { src: string } | { name: string }): string {
  const chunk = Object.values(manifest()).find((c) => ("src" in what ? c.src === what.src && c.isDynamicEntry : c.name === what.name));
  if (!chunk) throw new Error(`no chunk for ${JSON.stringify(what)} in the manifest`);
  return chunk.file;
}

/** A page whose every requested .js file (path under dist/) and CSP violation is noted. */
async function tracedPage(url: string, setup?: (context: BrowserContext) => Promise<unknown>): Promise<TestPage & { scripts: string[]; csp: () => Promise<string[]> }> {
  const context = await forTests(await suite.browser.newContext({ viewport: { width: 1280, height: 720 } }));
  await setup?.(context);
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors: Error[] = [];
  const scripts: string[] = [];
  page.on("pageerror", (e) => errors.push(e));
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname.replace(/^\//, "");
    if (path.endsWith(".js")) scripts.push(path);
  });
  await page.goto(url);
  return {
    context,
    page,
    errors,
    scripts,
    csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    check() {
      if (errors.length > 0) throw new Error(`page error: ${errors[0]!.message}`);
    },
  };
}

describe.sequential("the match page's first load", { timeout: 60_000 }, () => {
  const lazy = () => ({
    rules: fileOf({ src: "src/ui/rules-page.ts" }),
    debrief: fileOf({ src: "src/debrief/debrief-scene.ts" }),
    chartJs: fileOf({ name: "chart" }),
    facilitator: fileOf({ src: "src/facilitator/facilitator-scene.ts" }),
    classroomPages: fileOf({ src: "src/facilitator/page-scenes.ts" }),
    qrcode: fileOf({ name: "qrcode" }),
    projector: fileOf({ src: "src/projector/projector-scene.ts" }),
    // What the bots know of each scenario: only the server plays bots.
    caspianBots: fileOf({ src: "../shared/scenario/caspian-salvo/bots/index.ts" }),
    gulfBots: fileOf({ src: "../shared/scenario/gulf-2019/bots/index.ts" }),
    // The other language's interface words.
    frenchWords: fileOf({ src: "src/lang/ui-fr.ts" }),
  });
  let matchId = "";

  it("fetches neither the debrief nor chart.js, the classroom's pages, the QR code, the projector or the rules until the map is interactive", async () => {
    const tp = await tracedPage(suite.server.url);
    await waitScene(tp, "lobby");
    await tp.page.fill("[data-testid=player-name]", "Lee");
    await tp.page.click("[data-testid=quick-play]");
    await waitScene(tp, "match");
    matchId = (await attr(tp, "match"))!;
    const fetched = [...tp.scripts];
    // What it does fetch: the game's entry, Phaser and the scenes (so the list is the real one).
    expect(fetched).toContain(fileOf({ name: "phaser" }));
    expect(fetched).toContain(fileOf({ src: "src/scenes/game-scenes.ts" }));
    expect(fetched).toContain(fileOf({ src: "src/lang/ui-en.ts" }));
    for (const [what, file] of Object.entries(lazy())) expect(fetched, `${what} (${file})`).not.toContain(file);
    expect(await tp.csp()).toEqual([]);
    await tp.context.close();
  });

  it("fetches the debrief and chart.js when the debrief is opened, under the CSP", async () => {
    const tp = await tracedPage(`${suite.server.url}?debrief=${matchId}`);
    await until(tp, () => tp.page.evaluate(() => window.__overflight?.scene === "debrief"), "the debrief scene");
    expect(tp.scripts).toContain(lazy().debrief);
    expect(tp.scripts).toContain(lazy().chartJs);
    expect(tp.scripts).not.toContain(lazy().facilitator);
    expect(await tp.csp()).toEqual([]);
    tp.check();
    await tp.context.close();
  });

  it("says so in words when the debrief's chunk cannot be fetched", async () => {
    const debrief = lazy().debrief;
    const tp = await tracedPage(`${suite.server.url}?debrief=${matchId}`, (context) => context.route((u) => u.pathname.endsWith(debrief), (route) => route.abort("internetdisconnected")));
    await until(tp, async () => (await attr(tp, "scene-error")) === "debrief", "the failed chunk noted");
    const toast = await tp.page.locator("#toasts [data-kind=error] span").first().innerText();
    expect(toast).toMatch(/^Could not load the debrief: .+\. Check the connection, then reload the page\.$/);
    expect(await tp.page.evaluate(() => window.__overflight.scene)).toBe("loading");
    await screenshot(tp, "first-load-debrief-unreachable.png");
    await tp.context.close();
  });

  it("says so in words when the game's own chunk cannot be fetched", async () => {
    const scenes = fileOf({ src: "src/scenes/game-scenes.ts" });
    const tp = await tracedPage(suite.server.url, (context) => context.route((u) => u.pathname.endsWith(scenes), (route) => route.abort("internetdisconnected")));
    const toast = tp.page.locator("#toasts [data-kind=error] span").first();
    // The boot scene rethrows the error (a page error), so wait for the toast without check().
    await toast.waitFor({ timeout: 15_000 });
    expect(await toast.innerText()).toMatch(/^Could not load the game: .+\. Check the connection, then reload the page\.$/);
    await tp.context.close();
  });
});
