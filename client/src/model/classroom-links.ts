/**
 * The classroom's addresses: a teacher's setup page (?teach), a student's join link (?join=CODE,
 * what the QR code holds), the projector (?projector=<match>), a finished match's debrief
 * (?debrief=<match>) and its printable report (report.html?match=<match>). Query parameters, so
 * that a refresh lands on the same page.
 */

export type ClassroomRoute =
  | { kind: "teach" }
  | { kind: "join"; code: string }
  | { kind: "projector"; matchId: string }
  | { kind: "debrief"; matchId: string };

const ID = /^[A-Za-z0-9_-]{1,40}$/;

/** The classroom page a query string asks for, or null for the ordinary game. */
export function parseClassroomRoute(search: string): ClassroomRoute | null {
  const q = new URLSearchParams(search);
  const join = q.get("join");
  if (join !== null) {
    const code = join.toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 12);
    return { kind: "join", code };
  }
  const projector = q.get("projector");
  if (projector && ID.test(projector)) return { kind: "projector", matchId: projector };
  const debrief = q.get("debrief");
  if (debrief && ID.test(debrief)) return { kind: "debrief", matchId: debrief };
  if (q.has("teach")) return { kind: "teach" };
  return null;
}

/** The page's address without query or hash ("http://host:2567/"). */
export function baseOf(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname.replace(/[^/]*$/, "")}`;
}

/** Keeps a dev-server `?server=` parameter so links work under Vite too. */
function withServer(url: URL, href: string): string {
  const server = new URL(href).searchParams.get("server");
  if (server) url.searchParams.set("server", server);
  return url.toString();
}

export function joinLink(href: string, code: string): string {
  const url = new URL(baseOf(href));
  url.searchParams.set("join", code);
  return withServer(url, href);
}

export function projectorLink(href: string, matchId: string): string {
  const url = new URL(baseOf(href));
  url.searchParams.set("projector", matchId);
  return withServer(url, href);
}

export function debriefLink(href: string, matchId: string): string {
  const url = new URL(baseOf(href));
  url.searchParams.set("debrief", matchId);
  return withServer(url, href);
}

export function teachLink(href: string): string {
  const url = new URL(baseOf(href));
  url.searchParams.set("teach", "");
  return withServer(url, href).replace(/teach=$/, "teach").replace(/teach=&/, "teach&");
}

export function reportLink(href: string, matchId: string): string {
  const url = new URL("report.html", baseOf(href));
  url.searchParams.set("match", matchId);
  return withServer(url, href);
}

/** A join code as people read it: "Q7M X4P". */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
