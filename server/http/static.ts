/** The built client from dist/, or a plain page saying it is not built yet. */
import express from "express";
import type { Application } from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Overflight</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>Overflight</h1>
<p>The server is running, but the client is not built. Run <code>npm run build</code>, or <code>npm start</code>, which builds it first.</p>
<p>API: <a href="/health">/health</a>, <a href="/api/matches">/api/matches</a>.</p>
</body></html>`;

export function mountClient(app: Application, distDir: string): void {
  const index = join(distDir, "index.html");
  if (existsSync(index)) {
    app.use(express.static(distDir, { index: "index.html", maxAge: "1h" }));
    app.get("/", (_req, res) => res.sendFile(index));
    return;
  }
  app.get("/", (_req, res) => res.type("html").send(NOT_BUILT));
}
