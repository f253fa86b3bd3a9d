/**
 * Building DOM without HTML strings: every piece of text goes in as a text node, so nothing a
 * player types (chat, names, notes) is ever parsed as markup.
 */
export type Child = Node | string | number | null | undefined | false;

export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener> & {
  class?: string;
};

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (key === "class") {
      el.className = String(value);
    } else if (key === "value" && "value" in el) {
      (el as HTMLInputElement).value = String(value);
    } else if (key === "checked" && "checked" in el) {
      (el as HTMLInputElement).checked = Boolean(value);
    } else if (key === "selected" && "selected" in el) {
      (el as HTMLOptionElement).selected = Boolean(value);
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return el as T;
}

/** A <select> of options [value, label]. */
export function select(attrs: Attrs, options: readonly (readonly [string, string])[], value: string, onChange: (value: string) => void): HTMLSelectElement {
  const el = h("select", attrs, ...options.map(([v, label]) => h("option", { value: v, selected: v === value }, label)));
  el.value = value;
  el.addEventListener("change", () => onChange(el.value));
  return el;
}

export function numberInput(attrs: Attrs, value: number, min: number, max: number, onChange: (value: number) => void): HTMLInputElement {
  const el = h("input", { type: "number", min, max, step: 1, value, ...attrs });
  el.addEventListener("change", () => {
    const n = Math.round(Number(el.value));
    const v = Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
    el.value = String(v);
    onChange(v);
  });
  return el;
}

export function button(label: Child | Child[], onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const el = h("button", { type: "button", ...attrs }, ...(Array.isArray(label) ? label : [label]));
  el.addEventListener("click", (e) => {
    e.preventDefault();
    onClick();
  });
  return el;
}

/** A small coloured swatch for a power or faction. */
export function swatch(color: string, label?: string): HTMLSpanElement {
  const el = h("span", { class: "swatch", "aria-hidden": label ? undefined : "true", title: label });
  el.style.background = color;
  return el;
}

/** What identifies a control across a re-render: its test id, else its label and text. */
function focusKey(el: Element): string {
  const id = el.getAttribute("data-testid");
  if (id) return `[data-testid="${CSS.escape(id)}"]`;
  return `${el.tagName}|${el.getAttribute("aria-label") ?? ""}|${el.textContent ?? ""}`;
}

/**
 * Runs a re-render of `root` and gives focus back to the control that had it (or its new copy),
 * so that a keyboard user is not thrown back to the top of the page when a panel is rebuilt.
 */
export function keepFocus(root: Element, render: () => void): void {
  const active = document.activeElement;
  const key = active && active !== document.body && root.contains(active) ? focusKey(active) : null;
  render();
  if (key === null || document.activeElement === active) return;
  let next: Element | null = null;
  if (active instanceof HTMLElement && active.isConnected && root.contains(active)) next = active;
  else if (key.startsWith("[")) next = root.querySelector(key);
  else for (const el of root.querySelectorAll("button, select, input, textarea, a, [tabindex]")) if (focusKey(el) === key) next = el;
  if (next instanceof HTMLElement) next.focus();
}
