/**
 * The teacher's recovery code: the lesson's facilitator key, shown once when the lesson is
 * created (and printable), with a teacher link that opens the console in any other browser.
 * Losing this browser (a wiped school PC, guest mode) then never loses the lesson. The link
 * keeps the code after "#", which browsers never send to a server.
 */
import { button, h } from "../ui/dom";
import { ui } from "../lang/ui";

/** The page's address that recovers a lesson from its code (the teacher's page). */
export function recoveryLink(href: string, key: string): string {
  const url = new URL(href);
  url.search = "?teach";
  url.hash = `recover=${encodeURIComponent(key)}`;
  return url.toString();
}

/** The code in a recovery link, if this page was opened with one. */
export function recoveryFromHash(hash: string): string | null {
  const m = /^#recover=([A-Za-z0-9_\-%]+)$/.exec(hash);
  return m ? decodeURIComponent(m[1]!) : null;
}

const SHOWN = "overflight.recovery.shown";

/** This browser's localStorage, or null where it is disabled. */
export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Shows the card once per lesson (this browser remembers it was shown). */
export function showRecoveryOnce(matchId: string, lessonName: string, key: string, storage: Storage | null): void {
  const shown = new Set((storage?.getItem(SHOWN) ?? "").split(",").filter(Boolean));
  if (shown.has(matchId)) return;
  shown.add(matchId);
  try {
    storage?.setItem(SHOWN, [...shown].slice(-100).join(","));
  } catch {
    // Not remembered: shown again next time, which is harmless.
  }
  const link = recoveryLink(location.href, key);
  const w = ui().classroom.recoveryCard;
  const card = h(
    "div",
    { class: "recovery-card", "data-testid": "recovery-card" },
    h("p", {}, w.keep(lessonName)),
    h("p", { class: "small" }, w.code),
    h("p", { class: "recovery-code", "data-testid": "recovery-code" }, key),
    h("p", { class: "small" }, w.link),
    h("p", { class: "recovery-link" }, h("a", { href: link, "data-testid": "recovery-link" }, link)),
    h("p", { class: "small dim" }, w.elsewhere),
  );
  // Not modal: the lesson goes on around it (students join meanwhile); it stays until put away.
  const panel = h("aside", { class: "recovery-panel", role: "region", "aria-label": w.title, "data-testid": "recovery" }, h("h2", {}, w.title), card);
  panel.append(
    h(
      "div",
      { class: "inline" },
      button(w.print, () => {
        document.body.classList.add("printing-recovery");
        window.print();
        document.body.classList.remove("printing-recovery");
      }, { "data-testid": "recovery-print" }),
      button(w.copy, () => void navigator.clipboard?.writeText(link).catch(() => undefined)),
      button(w.done, () => panel.remove(), { class: "primary", "data-testid": "recovery-done" }),
    ),
  );
  document.body.append(panel);
}
