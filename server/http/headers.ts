/**
 * Headers on every HTTP answer: a Content-Security-Policy that lets the built client (Vite's
 * bundle, Phaser, Chart.js) run and nothing else, no framing by another site (a page that frames
 * the game could trick a facilitator into clicking), no MIME sniffing, and no Referer (export
 * links carry the facilitator key in their query).
 */
import type { Application } from "express";
import { connectSources } from "./origins";

/**
 * The policy. Scripts and styles come only from this origin (the bundle has no inline script);
 * `style-src 'unsafe-inline'` is for the style attributes the UI sets on its elements; images may be
 * data: and blob: URLs (Phaser's built-in textures, charts saved as images, the join card's QR code).
 */
export function contentSecurityPolicy(allowedOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${connectSources(allowedOrigins).join(" ")}`.trim(),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function mountSecurityHeaders(app: Application, allowedOrigins: readonly string[]): void {
  const headers = {
    "content-security-policy": contentSecurityPolicy(allowedOrigins),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
  };
  app.use((_req, res, next) => {
    res.set(headers);
    next();
  });
}
