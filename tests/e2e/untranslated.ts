/**
 * What of the English UI catalog a page still shows: every text node and every placeholder,
 * title and aria-label in `root`, compared whole against the English catalog's strings (those
 * the other language words differently; a name such as "Briefing" that is the same in both is
 * not a sign of anything).
 */
import { UI_CATALOGS } from "../support/ui-catalogs";
import type { Language } from "../../shared/catalog";
import type { TestPage } from "./support";

/** The English strings of the UI catalog that `language` words differently, with their ids. */
export function englishOnly(language: Language): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (en: unknown, other: unknown, id: string) => {
    if (typeof en === "string") {
      if (en !== other) found.set(en.trim(), id);
    } else if (en && typeof en === "object") {
      for (const [key, value] of Object.entries(en)) walk(value, (other as Record<string, unknown>)[key], id ? `${id}.${key}` : key);
    }
  };
  walk(UI_CATALOGS.en, UI_CATALOGS[language], "");
  return found;
}

/**
 * Every piece of text in `root` a player can read or hear: text nodes and labelling attributes,
 * except inside `except` (what players named: a match's name).
 */
export function textsIn(tp: TestPage, root: string, except = ""): Promise<string[]> {
  return tp.page.evaluate(([selector, skip]) => {
    const texts: string[] = [];
    const kept = (node: Node) => !skip || !(node instanceof Element ? node : node.parentElement)?.closest(skip);
    for (const el of document.querySelectorAll(selector!)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (text && kept(node)) texts.push(text);
      }
      for (const labelled of [el, ...el.querySelectorAll("[placeholder], [title], [aria-label]")].filter(kept)) {
        for (const name of ["placeholder", "title", "aria-label"]) {
          const value = labelled.getAttribute(name)?.trim();
          if (value) texts.push(value);
        }
      }
    }
    return texts;
  }, [root, except] as const);
}

/** The English UI strings left in `root`, as "id: text". */
export async function untranslated(tp: TestPage, root: string, language: Language, except = ""): Promise<string[]> {
  const english = englishOnly(language);
  return (await textsIn(tp, root, except)).filter((t) => english.has(t)).map((t) => `${english.get(t)}: ${t}`);
}
