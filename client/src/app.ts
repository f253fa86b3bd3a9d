/** What the scenes share: the connection and a few navigation helpers. */
import type { Connection } from "./net/connection";

export interface App {
  conn: Connection;
}

/** The match in the address (#match=<id>), so that a refresh comes back to it. */
export function matchInUrl(): string | null {
  const m = /(?:^|[#&])match=([A-Za-z0-9_-]+)/.exec(location.hash);
  return m ? m[1]! : null;
}

export function setMatchInUrl(id: string | null): void {
  const url = `${location.pathname}${location.search}${id ? `#match=${id}` : ""}`;
  history.replaceState(null, "", url);
}
