/**
 * "How to play": docs/rules.md itself, or its French translation docs/rules.fr.md (imported as
 * text at build time, so there is one source per language, each its own chunk), shown in a dialog
 * with a table of contents.
 */
import type { Language } from "../../../shared/catalog";
import { language } from "../lang/language";
import { ui } from "../lang/ui";
import { parseMarkdown } from "../model/markdown";
import type { Block, Inline } from "../model/markdown";
import { openDialog } from "./dialog";
import type { Dialog } from "./dialog";
import { h } from "./dom";

function inline(parts: readonly Inline[]): (Node | string)[] {
  return parts.map((p) => {
    switch (p.kind) {
      case "text":
        return p.text;
      case "strong":
        return h("strong", {}, p.text);
      case "em":
        return h("em", {}, p.text);
      case "code":
        return h("code", {}, p.text);
      case "link":
        return p.href.startsWith("#") ? h("a", { href: p.href }, p.text) : h("span", { class: "doc-ref", title: `docs/${p.href}` }, p.text);
    }
  });
}

function block(b: Block): HTMLElement {
  switch (b.kind) {
    case "heading": {
      const tag = (["h2", "h3", "h4", "h5", "h6"] as const)[Math.min(4, Math.max(0, b.level - 2))]!;
      return h(tag, { id: `rules-${b.id}` }, ...inline(b.inline));
    }
    case "paragraph":
      return h("p", {}, ...inline(b.inline));
    case "list":
      return h("ul", {}, ...b.items.map((item) => h("li", {}, ...inline(item))));
    case "table":
      return h(
        "div",
        { class: "table-wrap", tabindex: 0, role: "region", "aria-label": ui().objectives.rulesPage.table(b.head.map((c) => c.map((p) => p.text).join(""))) },
        h("table", {}, h("thead", {}, h("tr", {}, ...b.head.map((c) => h("th", { scope: "col" }, ...inline(c))))), h("tbody", {}, ...b.rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, ...inline(c))))))),
      );
  }
}

const RULES: { readonly [L in Language]: () => Promise<string> } = {
  en: () => import("../../../docs/rules.md?raw").then((m) => m.default),
  fr: () => import("../../../docs/rules.fr.md?raw").then((m) => m.default),
};

/** The dialog being opened (its text still loading) or open: a second click while it loads opens no second one. */
let current: Promise<Dialog> | null = null;

export function openRules(section?: string): Promise<Dialog> {
  if (!current) {
    current = showRules(section);
    current.then(
      (dialog) => dialog.root.addEventListener("close", () => (current = null)),
      () => (current = null),
    );
  }
  return current;
}

async function showRules(section?: string): Promise<Dialog> {
  const w = ui().objectives.rulesPage;
  const blocks = parseMarkdown(await RULES[language()]()).filter((b, i) => !(i === 0 && b.kind === "heading"));
  const toc = h(
    "nav",
    { class: "rules-toc", "aria-label": w.sections },
    h("ul", {}, ...blocks.filter((b) => b.kind === "heading" && b.level === 2).map((b) => h("li", {}, h("a", { href: `#rules-${(b as { id: string }).id}` }, ...inline((b as { inline: Inline[] }).inline))))),
  );
  const dialog = openDialog(w.title, "rules", [toc, h("article", { class: "rules" }, ...blocks.map(block))]);
  dialog.root.classList.add("wide");
  dialog.body.addEventListener("click", (e) => {
    const link = (e.target as Element).closest("a[href^='#']");
    if (!link) return;
    e.preventDefault();
    dialog.body.querySelector(link.getAttribute("href")!)?.scrollIntoView();
  });
  if (section) dialog.body.querySelector(`#rules-${section}`)?.scrollIntoView();
  return dialog;
}
