import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The scenario maps and the languages load asynchronously; every test starts with them loaded.
    setupFiles: ["tests/support/setup.ts"],
    // Server tests boot real Colyseus servers; the matchmaker is one per process.
    fileParallelism: true,
    testTimeout: 30_000,
    // The JSON report lets CI print a one-line summary (.ci/run).
    reporters: ["default", ["json", { outputFile: "tests/artifacts/vitest-report.json" }]],
    hookTimeout: 60_000,
  },
});
