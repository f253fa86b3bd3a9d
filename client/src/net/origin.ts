/**
 * Which server a page talks to. Every key this browser holds (seat keys, facilitator keys) goes
 * to that server, so no page parameter may choose it on its own: the page talks to the origin
 * that served it, and `?server=` is followed only when that origin itself lists the asked-for
 * origin among its deployment's others (GET /api/origins, ALLOWED_ORIGINS on the server).
 */

export interface PageLocation {
  protocol: string;
  hostname: string;
  port: string;
  origin: string;
  search: string;
}

/** The page's own server: its origin, or port 2567 of the same host under the Vite dev server (5173). */
export function ownServer(location: PageLocation): string {
  if (location.port === "5173") return `${location.protocol}//${location.hostname}:2567`;
  return location.origin;
}

/** The origin a `?server=` parameter asks for, or null (absent, or not an http(s) address). */
export function askedServer(location: Pick<PageLocation, "search">): string | null {
  const param = new URLSearchParams(location.search).get("server");
  if (!param) return null;
  try {
    const url = new URL(param);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** The other origins the page's own server allows (none if it cannot say). */
export async function allowedOrigins(own: string, get: typeof fetch = fetch): Promise<string[]> {
  try {
    const res = await get(`${own}/api/origins`, { credentials: "omit" });
    if (!res.ok) return [];
    const body = (await res.json()) as { origins?: unknown };
    return Array.isArray(body.origins) ? body.origins.filter((o): o is string => typeof o === "string") : [];
  } catch {
    return [];
  }
}

/**
 * The server this page talks to: its own, unless `?server=` names an origin its own server
 * allows. A refused parameter is ignored (and said so in the console), never followed.
 */
export async function chooseServer(location: PageLocation, get: typeof fetch = fetch): Promise<string> {
  const own = ownServer(location);
  const asked = askedServer(location);
  if (!asked || asked === own) return own;
  if ((await allowedOrigins(own, get)).includes(asked)) return asked;
  console.warn(`Overflight: ?server=${asked} is not one of this server's allowed origins; talking to ${own}.`);
  return own;
}
