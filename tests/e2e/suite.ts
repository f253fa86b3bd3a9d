/**
 * What every browser suite sets up: the built client, the real server, headless Chromium, and
 * figures (timings, sizes) printed at the end and written to tests/artifacts/<name>-metrics.json,
 * where `npm run bench` reads the client's.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { ARTIFACTS, ensureBuilt, launchBrowser, startServer } from "./support";
import type { TestServer } from "./support";

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  readonly metrics: Record<string, number | string>;
  /** Notes how long the suite has run when a step is reached. */
  mark(step: string): void;
}

export function browserSuite(name: string): BrowserSuite {
  const started = Date.now();
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const metrics: Record<string, number | string> = {};

  beforeAll(async () => {
    const build = ensureBuilt();
    if (build.built) metrics.buildMs = build.ms;
    server = await startServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (Object.keys(metrics).length === 0) return;
    console.log(`[${name} metrics]`, JSON.stringify(metrics));
    writeFileSync(join(ARTIFACTS, `${name}-metrics.json`), JSON.stringify(metrics, null, 1));
  });

  return {
    get server() {
      if (!server) throw new Error("the server is not started yet");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("the browser is not launched yet");
      return browser;
    },
    metrics,
    mark(step) {
      metrics[`t_${step}`] = Date.now() - started;
    },
  };
}
