/** The languages the game speaks, and the locale each formats numbers, plurals, lists and dates in. */
export const LANGUAGES = ["en", "fr"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "en";

/** The BCP 47 tag Intl formats with, per language. */
export const LOCALES: { readonly [L in Language]: string } = { en: "en-GB", fr: "fr-FR" };

/** Each language's own name, as the language switch shows it. */
export const LANGUAGE_NAMES: { readonly [L in Language]: string } = { en: "English", fr: "Français" };

const KNOWN: ReadonlySet<string> = new Set(LANGUAGES);

export function isLanguage(x: unknown): x is Language {
  return typeof x === "string" && KNOWN.has(x);
}
