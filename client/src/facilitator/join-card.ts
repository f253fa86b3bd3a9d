/**
 * How students find the match: the short join code in large type, the join link, and a QR code
 * of the link (drawn by the qrcode library into a data URL). Used by the facilitator's console
 * and the projector.
 */
import { toDataURL } from "qrcode";
import { joinLink, spacedCode } from "../model/classroom-links";
import { h } from "../ui/dom";

/** A QR code image of `text`; filled in once drawn. */
export function qrImage(text: string, size: number, attrs: Record<string, string> = {}): HTMLImageElement {
  const img = h("img", { class: "qr", width: size, height: size, alt: `QR code: ${text}`, ...attrs });
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
  const warning = h("p", { class: "small warn", "data-testid": "loopback-warning" }, "This page was opened on this computer's own address (localhost): students' devices cannot use it.");
  card.append(warning);
  void fetch(new URL("/api/join-address", location.href))
    .then((r) => r.json() as Promise<{ url: string | null; reachable: boolean }>)
    .then(({ url, reachable }) => {
      if (!url) {
        warning.textContent += reachable
          ? " Open the teacher's page by this computer's network address, or set PUBLIC_URL on the server."
          : " The server listens only on this computer: start it with HOST=0.0.0.0 (or set PUBLIC_URL) so that students can reach it.";
        return;
      }
      const better = buildJoinCard(code, joinLink(url, code), options);
      better.append(h("p", { class: "small warn", "data-testid": "loopback-warning" }, `This page was opened on localhost; the link and QR code use this computer's network address (${new URL(url).host}) so that students can reach it.`));
      card.replaceWith(better);
    })
    .catch(() => undefined);
  return card;
}

function buildJoinCard(code: string, link: string, options: { qrSize?: number; projector?: string | null }): HTMLElement {
  const copy = h("button", { type: "button", class: "small", "data-testid": "copy-link" }, "Copy link");
  copy.addEventListener("click", () => {
    void navigator.clipboard?.writeText(link).then(
      () => (copy.textContent = "Copied"),
      () => (copy.textContent = "Select and copy"),
    );
  });
  return h(
    "div",
    { class: "join-card" },
    h(
      "div",
      { class: "join-text" },
      h("div", { class: "small dim" }, "Join code"),
      h("div", { class: "join-code", "data-testid": "join-code-big", "data-code": code }, spacedCode(code)),
      h("a", { class: "join-link", href: link, target: "_blank", rel: "noopener", "data-testid": "join-link" }, link),
      h("div", { class: "inline" }, copy, options.projector ? h("a", { class: "button", href: options.projector, target: "_blank", rel: "noopener", "data-testid": "open-projector" }, "Open the projector view") : null),
    ),
    qrImage(link, options.qrSize ?? 132, { "data-testid": "join-qr" }),
  );
}
