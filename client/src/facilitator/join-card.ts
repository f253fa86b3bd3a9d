/**
 * How students find the match: the short join code in large type, the join link, and a QR code
 * of the link (drawn by the qrcode library into a data URL). Used by the facilitator's console
 * and the projector.
 */
import { toDataURL } from "qrcode";
import { joinLink, spacedCode } from "../model/classroom-links";
import { h } from "../ui/dom";
import { ui } from "../lang/ui";

/** A QR code image of `text`; filled in once drawn. */
export function qrImage(text: string, size: number, attrs: Record<string, string> = {}): HTMLImageElement {
  const img = h("img", { class: "qr", width: size, height: size, alt: ui().classroom.joinCard.qr(text), ...attrs });
  toDataURL(text, { margin: 1, width: size * 2, errorCorrectionLevel: "M", color: { dark: "#0b1622", light: "#ffffff" } }).then(
    (url) => {
      img.src = url;
      img.setAttribute("data-ready", "true");
    },
    () => img.setAttribute("data-ready", "error"),
  );
  return img;
}

/** A page opened on localhost gives students a useless link: the server says which address they can use. */
function isLoopbackPage(): boolean {
  const host = location.hostname.toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || host === "::1" || /^127\./.test(host);
}

export function joinCard(code: string, options: { qrSize?: number; projector?: string | null } = {}): HTMLElement {
  const card = buildJoinCard(code, joinLink(location.href, code), options);
  if (!isLoopbackPage()) return card;
  const warning = h("p", { class: "small warn", "data-testid": "loopback-warning" }, ui().classroom.joinCard.loopback);
  card.append(warning);
  void fetch(new URL("/api/join-address", location.href))
    .then((r) => r.json() as Promise<{ url: string | null; reachable: boolean }>)
    .then(({ url, reachable }) => {
      if (!url) {
        warning.textContent += reachable ? ui().classroom.joinCard.loopbackReachable : ui().classroom.joinCard.loopbackLocal;
        return;
      }
      const better = buildJoinCard(code, joinLink(url, code), options);
      better.append(h("p", { class: "small warn", "data-testid": "loopback-warning" }, ui().classroom.joinCard.networkAddress(new URL(url).host)));
      card.replaceWith(better);
    })
    .catch(() => undefined);
  return card;
}

function buildJoinCard(code: string, link: string, options: { qrSize?: number; projector?: string | null }): HTMLElement {
  const w = ui().classroom.joinCard;
  const copy = h("button", { type: "button", class: "small", "data-testid": "copy-link" }, w.copy);
  copy.addEventListener("click", () => {
    void navigator.clipboard?.writeText(link).then(
      () => (copy.textContent = w.copied),
      () => (copy.textContent = w.selectAndCopy),
    );
  });
  return h(
    "div",
    { class: "join-card" },
    h(
      "div",
      { class: "join-text" },
      h("div", { class: "small dim" }, w.joinCode),
      h("div", { class: "join-code", "data-testid": "join-code-big", "data-code": code }, spacedCode(code)),
      h("a", { class: "join-link", href: link, target: "_blank", rel: "noopener", "data-testid": "join-link" }, link),
      h("div", { class: "inline" }, copy, options.projector ? h("a", { class: "button", href: options.projector, target: "_blank", rel: "noopener", "data-testid": "open-projector" }, w.openProjector) : null),
    ),
    qrImage(link, options.qrSize ?? 132, { "data-testid": "join-qr" }),
  );
}
