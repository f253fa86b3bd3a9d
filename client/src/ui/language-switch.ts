/** The labelled language <select> (the lobby's, the student's join page): each language named in itself. */
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "../../../shared/catalog";
import { language, setLanguage } from "../lang/language";
import { ui } from "../lang/ui";
import { h, select } from "./dom";

export function languageSwitch(): HTMLLabelElement {
  const languages = select({ "data-testid": "language" }, LANGUAGES.map((l) => [l, LANGUAGE_NAMES[l]] as const), language(), (v) => {
    // Words that cannot be fetched (offline): the select goes back to the language still shown.
    if (isLanguage(v)) setLanguage(v).catch(() => (languages.value = language()));
  });
  for (const option of languages.options) option.lang = option.value;
  return h("label", { class: "field language" }, ui().lobby.language, languages);
}
