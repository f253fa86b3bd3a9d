/** Numbers, plurals and lists in a locale (Intl), for the catalog's messages. */

/** A text per plural category of the locale; "#" stands for the number, formatted. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Format {
  readonly locale: string;
  /** 2590 → "2,590" in British English, "2 590" in French. */
  number(n: number): string;
  /** +2, -1.5, 0. */
  signed(n: number): string;
  plural(n: number, forms: PluralForms): string;
  /** ["a", "b", "c"] → "a, b and c" in English, "a, b et c" in French. */
  list(items: readonly string[]): string;
}

const made = new Map<string, Format>();

export function formatFor(locale: string): Format {
  const known = made.get(locale);
  if (known) return known;
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const signs = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const plurals = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { type: "conjunction" });
  const format: Format = {
    locale,
    number: (n) => numbers.format(n),
    signed: (n) => signs.format(n),
    plural: (n, forms) => (forms[plurals.select(n)] ?? forms.other).replaceAll("#", numbers.format(n)),
    list: (items) => lists.format(items),
  };
  made.set(locale, format);
  return format;
}
