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

export function joinCard(code: string, options: { qrSize?: number; projector?: string | null } = {}): HTMLElement {
  const link = joinLink(location.href, code);
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
