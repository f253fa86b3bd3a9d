/**
 * Builds the Phaser client: root client/, output dist/ at the repository's top (served by the
 * server). `npm run build` = `vite build --config client/vite.config.ts`.
 * In development (`npx vite --config client/vite.config.ts`) the API and WebSocket go to the
 * server on port 2567 (see src/net/api.ts).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import type { Plugin } from "vite";

const clientDir = fileURLToPath(new URL(".", import.meta.url));
const repoDir = fileURLToPath(new URL("..", import.meta.url));
const phaserSrc = fileURLToPath(new URL("../node_modules/phaser/src", import.meta.url));

/**
 * Phaser's sources test build flags as `typeof FLAG` (its own builds replace them with webpack's
 * DefinePlugin); left alone each is the string "undefined", i.e. true. Both renderers are kept;
 * sound, the WebGL debugger and the optional plugins are left out.
 */
const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

function phaserFlags(): Plugin {
  const pattern = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join("|")})\\b`, "g");
  return {
    name: "phaser-flags",
    transform(code, id) {
      if (!id.startsWith(phaserSrc) || !code.includes("typeof ")) return null;
      return { code: code.replace(pattern, (_m, flag: string) => String(PHASER_FLAGS[flag])), map: null };
    },
  };
}

/**
 * Two places where Phaser's sources pull in much more than they use, given what they need instead:
 * a batch handler requires the whole renderer namespace (every shader and render node) for its
 * event names, and the render node manager requires all 26 filter nodes and their shaders (the
 * game uses no filters: one would throw in words, not draw wrongly).
 */
const PHASER_TRIM: { importer: string; source: RegExp; id: string; code: string }[] = [
  {
    importer: "renderer/webgl/renderNodes/BatchHandler.js",
    source: /^\.\.\/\.\.\/\.\.\/renderer$/,
    id: "\0phaser-renderer-events",
    code: `module.exports = { Events: require(${JSON.stringify(`${phaserSrc}/renderer/events/index.js`)}) };`,
  },
  {
    importer: "renderer/webgl/renderNodes/RenderNodeManager.js",
    source: /^\.\/filters\/Filter/,
    id: "\0phaser-no-filter",
    code: `module.exports = function NoFilter() { throw new Error("Phaser's filters are not in this build (client/vite.config.ts)"); };`,
  },
];

function phaserTrim(): Plugin {
  return {
    name: "phaser-trim",
    enforce: "pre",
    resolveId(source, importer) {
      if (!importer?.startsWith(phaserSrc)) return null;
      const from = importer.slice(phaserSrc.length + 1);
      return PHASER_TRIM.find((t) => t.importer === from && t.source.test(source))?.id ?? null;
    },
    load(id) {
      return PHASER_TRIM.find((t) => t.id === id)?.code ?? null;
    },
  };
}

// The build takes only the parts of Phaser the game uses (src/phaser-build.ts), from Phaser's own
// sources; the development server keeps the whole prebuilt Phaser, which its dependency
// optimizer bundles (it runs neither plugin above).
const trimmedPhaser = {
  plugins: [phaserFlags(), phaserTrim()],
  resolve: {
    alias: [
      { find: /^phaser$/, replacement: fileURLToPath(new URL("./src/phaser-build.ts", import.meta.url)) },
      { find: /^phaser-src\//, replacement: `${phaserSrc}/` },
    ],
  },
};

export default defineConfig(({ command }) => ({
  root: clientDir,
  base: "./",
  publicDir: false,
  ...(command === "build" ? trimmedPhaser : {}),
  build: {
    outDir: fileURLToPath(new URL("../dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1000,
    reportCompressedSize: true,
    // dist/.vite/manifest.json: which chunk holds what (tests/e2e/first-load.test.ts reads it).
    manifest: true,
    // Two pages: the game, and the printable match report (no Phaser). The scenes a match page
    // does not need at first (the debrief, the classroom's, the projector) are import()ed when
    // opened; the libraries get chunks by name, so that a look at what a page fetched says what it is.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("./index.html", import.meta.url)),
        report: fileURLToPath(new URL("./report.html", import.meta.url)),
      },
      // A scene using a part of Phaser that phaser-build.ts does not export fails the build, not the page.
      onwarn(warning, warn) {
        if (warning.code === "IMPORT_IS_UNDEFINED") throw new Error(`${warning.message}: add it to client/src/phaser-build.ts if it is Phaser`);
        warn(warning);
      },
      output: {
        codeSplitting: {
          groups: [
            { name: "phaser", test: /node_modules[\\/](phaser|eventemitter3)[\\/]|[\\/]src[\\/]phaser-build\.ts$/ },
            { name: "colyseus", test: /node_modules[\\/](@colyseus|msgpackr)[\\/]/ },
            { name: "chart", test: /node_modules[\\/](chart\.js|@kurkle)[\\/]/ },
            { name: "qrcode", test: /node_modules[\\/](qrcode|dijkstrajs|pngjs)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { fs: { allow: [repoDir] } },
}));
