/**
 * Builds the Phaser client: root client/, output dist/ at the repository's top (served by the
 * server). `npm run build` = `vite build --config client/vite.config.ts`.
 * In development (`npx vite --config client/vite.config.ts`) the API and WebSocket go to the
 * server on port 2567 (see src/net/api.ts).
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const clientDir = fileURLToPath(new URL(".", import.meta.url));
const repoDir = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root: clientDir,
  base: "./",
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL("../dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // Phaser alone is ~1.2 MB minified; warn only above that.
    chunkSizeWarningLimit: 1600,
    reportCompressedSize: true,
    // Two pages: the game, and the printable match report (no Phaser).
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("./index.html", import.meta.url)),
        report: fileURLToPath(new URL("./report.html", import.meta.url)),
      },
    },
  },
  server: { fs: { allow: [repoDir] } },
});
