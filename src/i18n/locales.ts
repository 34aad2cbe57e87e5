/**
 * The languages the console speaks, how one is chosen (the person's choice, else the browser's languages), and what
 * follows from it besides text (the default phone region). Pure apart from `storedChoice`/`storeChoice`.
 */
import { LANGUAGE_KEY } from '../lib/storage-keys';

export const locales = ['en', 'pt-BR', 'es'] as const;
export type Locale = (typeof locales)[number];

/** Each language named in itself, as Rocket.Chat's language picker does. */
export const localeNames: Record<Locale, string> = { en: 'English', 'pt-BR': 'Português (Brasil)', es: 'Español' };

/** The country whose phone numbers are read by default when the person has not chosen a region. */
export const localeRegions: Record<Locale, string> = { en: 'US', 'pt-BR': 'BR', es: 'ES' };

/** Not cleared at logout, like the colour scheme (see storage-keys.ts). */
const STORAGE_KEY = LANGUAGE_KEY;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The first browser language we speak: an exact tag first ("pt-BR"), else its language ("pt-PT" -> Portuguese). */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const exact = locales.find((locale) => locale.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = tag.split('-')[0]?.toLowerCase();
    const byLanguage = locales.find((locale) => locale.split('-')[0]?.toLowerCase() === language);
    if (byLanguage) return byLanguage;
  }
  return 'en';
}

export function storedChoice(): Locale | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeChoice(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
}

export function initialLocale(): Locale {
  return storedChoice() ?? pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}
