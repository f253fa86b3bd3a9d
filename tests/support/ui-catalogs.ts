/** Every language's interface catalog at once, as the tests compare them (the page loads only its own: client/src/lang/ui.ts). */
import type { Language } from "../../shared/catalog";
import { uiEn } from "../../client/src/lang/ui-en";
import type { UiStrings } from "../../client/src/lang/ui-en";
import { uiFr } from "../../client/src/lang/ui-fr";

export const UI_CATALOGS: { readonly [L in Language]: UiStrings } = { en: uiEn, fr: uiFr };
