/**
 * The player's language: read from localStorage (overflight.language) at start, applied to
 * <html lang>, and changed by the lobby's switch. Everything worded on screen asks here for the
 * catalog (events, causes, errors), the UI strings and the locale numbers and dates are formatted in.
 */
import { DEFAULT_LANGUAGE, isLanguage, loadMessages, LOCALES, messagesFor } from "../../../shared/catalog";
import type { Language, Messages } from "../../../shared/catalog";
import { loadUi } from "./ui";

const KEY = "overflight.language";
const listeners = new Set<(language: Language) => void>();

function stored(): Language {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

let current: Language = stored();

export function language(): Language {
  return current;
}

/** The BCP 47 tag for Intl (numbers, dates) in the current language. */
export function locale(): string {
  return LOCALES[current];
}

/** The catalog's messages (events, causes, errors) in the current language. */
export function messages(): Messages {
  return messagesFor(current);
}

/** Sets <html lang> to the current language (at start, and on every change). */
export function applyLanguage(): void {
  if (typeof document !== "undefined") document.documentElement.lang = current;
}

/**
 * Fetches a language's words (its interface catalog and the game's messages, each a chunk of its
 * own) before anything is shown in it: at the start of a page, and before a switch.
 */
export async function loadLanguage(wanted: Language): Promise<void> {
  await Promise.all([loadUi(wanted), loadMessages(wanted)]);
}

/**
 * Changes the language once its words are loaded, remembers it in this browser and tells
 * whoever listens (the lobby redraws). A language whose words cannot be fetched is not switched to.
 */
export async function setLanguage(next: Language): Promise<void> {
  if (next === current) return;
  await loadLanguage(next);
  current = next;
  try {
    globalThis.localStorage?.setItem(KEY, next);
  } catch {
    // No storage (private browsing): the choice holds for this page only.
  }
  applyLanguage();
  for (const listener of listeners) listener(next);
}

export function onLanguage(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
