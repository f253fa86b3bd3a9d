/**
 * GET /api/join-address: the address students should use to join, for a teacher whose page was
 * opened on this computer's loopback address (localhost: useless on a student's device). It is
 * PUBLIC_URL when set, else this machine's first network (non-loopback) IPv4 address on the port
 * the request came in on, if the server listens on every interface (not on loopback alone);
 * `loopback` says whether the asker used a loopback address, `reachable` whether students can
 * reach this server at all.
 */
import { networkInterfaces } from "node:os";
import type { Application, Request } from "express";

function isLoopback(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, "").replace(/:\d+$/, "").toLowerCase();
  return name === "localhost" || name.endsWith(".localhost") || name === "::1" || /^127\./.test(name);
}

export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return null;
}

export function mountJoinAddress(app: Application, publicUrl: string | null, listenHost: string): void {
  const reachable = publicUrl !== null || !isLoopback(listenHost);
  app.get("/api/join-address", (req: Request, res) => {
    const loopback = isLoopback(req.get("host") ?? "");
    const lan = reachable ? lanAddress() : null;
    const url = publicUrl ?? (loopback && lan ? `${req.protocol}://${lan}:${req.socket.localPort}/` : null);
    res.json({ url, loopback, reachable });
  });
}
