/**
 * A modal dialog over the page (the native <dialog>: focus is trapped inside while it is open
 * and Escape closes it). Focus moves to the dialog's heading when it opens and back to what
 * had it when it closes.
 */
import { button, h } from "./dom";
import type { Child } from "./dom";
import { ui } from "../lang/ui";

export interface Dialog {
  readonly root: HTMLDialogElement;
  readonly body: HTMLElement;
  close(): void;
}

export function openDialog(title: string, testid: string, content: Child | Child[], onClose?: () => void): Dialog {
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const titleId = `${testid}-title`;
  const heading = h("h2", { id: titleId, tabindex: -1 }, title);
  const body = h("div", { class: "dialog-body", tabindex: 0, "aria-labelledby": titleId }, ...(Array.isArray(content) ? content : [content]));
  const root = h("dialog", { class: "dialog", "aria-labelledby": titleId, "data-testid": testid });
  const close = () => root.close();
  root.append(h("div", { class: "dialog-head" }, heading, button(ui().common.close, close, { "data-testid": `${testid}-close` })), body);
  root.addEventListener("close", () => {
    root.remove();
    onClose?.();
    if (back?.isConnected) back.focus();
  });
  document.body.append(root);
  root.showModal();
  heading.focus();
  return { root, body, close };
}
