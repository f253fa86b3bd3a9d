/** Toasts: short messages in a corner; errors stay longer and can be dismissed. */
import { button, byId, h } from "./dom";

export type ToastKind = "error" | "info" | "ok";

export function toast(text: string, kind: ToastKind = "info", ms = kind === "error" ? 8000 : 4000): void {
  const root = byId("toasts");
  const el = h("div", { class: `toast toast-${kind}`, role: kind === "error" ? "alert" : "status", "data-kind": kind }, h("span", {}, text));
  el.append(button("✕", () => el.remove(), { class: "toast-close", "aria-label": "Dismiss" }));
  root.append(el);
  while (root.children.length > 5) root.firstElementChild?.remove();
  setTimeout(() => el.remove(), ms);
}

/** The connection banner: shown while the link to the server is down. */
export function setBanner(text: string | null): void {
  const el = byId("banner");
  el.textContent = text ?? "";
  el.hidden = text === null;
  document.getElementById("app")?.setAttribute("data-banner", text === null ? "hidden" : "shown");
}
