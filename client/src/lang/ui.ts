/** The UI catalog in the player's language: `ui().lobby.join`. */
import type { Language } from "../../../shared/catalog";
import { language } from "./language";
import { uiEn } from "./ui-en";
import type { UiStrings } from "./ui-en";
import { uiFr } from "./ui-fr";

export type { UiStrings } from "./ui-en";

export const UI_CATALOGS: { readonly [L in Language]: UiStrings } = { en: uiEn, fr: uiFr };

export function ui(): UiStrings {
  return UI_CATALOGS[language()];
}
