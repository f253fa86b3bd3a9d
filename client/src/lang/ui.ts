/**
 * The UI catalog in the player's language: `ui().lobby.join`. Each language's catalog is its own
 * chunk, loaded (loadLanguage, language.ts) before anything is shown in it: a page fetches only
 * the words of the language it speaks.
 */
import type { Language } from "../../../shared/catalog";
import { language } from "./language";
import type { UiStrings } from "./ui-en";

export type { UiStrings } from "./ui-en";

const LOADERS: { readonly [L in Language]: () => Promise<UiStrings> } = {
  en: async () => (await import("./ui-en")).uiEn,
  fr: async () => (await import("./ui-fr")).uiFr,
};
const loaded: Partial<Record<Language, UiStrings>> = {};

export async function loadUi(language: Language): Promise<UiStrings> {
  return (loaded[language] ??= await LOADERS[language]());
}

export function ui(): UiStrings {
  const words = loaded[language()];
  if (!words) throw new Error(`the ${language()} interface words are not loaded (loadLanguage)`);
  return words;
}
