import { createTranslator } from 'use-intl/core';
import type en from './catalogues/en.json';
import { storeChoice, type Locale } from './locales';

/** The English catalogue is the source: its ids are the only ones `t` accepts, so a missing id fails typecheck. */
export type Messages = typeof en;

/**
 * Each catalogue is its own chunk, precompiled at build time (see `scripts/precompiled-catalogues.ts`), so only the
 * active language is downloaded and no ICU parser ships.
 */
const catalogues: Record<Locale, () => Promise<{ default: unknown }>> = {
  en: () => import('virtual:catalogue/en'),
  'pt-BR': () => import('virtual:catalogue/pt-BR'),
  es: () => import('virtual:catalogue/es'),
};

function translatorFor(locale: Locale, messages: Messages) {
  return createTranslator<Messages>({
    locale,
    messages,
    // A message that fails (never expected: the catalogue test formats every one) shows its id, not a crash.
    onError: (error) => console.error(error),
  });
}

type Translator = ReturnType<typeof translatorFor>;

let active: { locale: Locale; translate: Translator } | undefined;
const listeners = new Set<() => void>();

/** Downloads a language's catalogue and makes it the one `t` reads; `<html lang>` follows. */
export async function loadLocale(locale: Locale): Promise<void> {
  const { default: messages } = await catalogues[locale]();
  active = { locale, translate: translatorFor(locale, messages as Messages) };
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  listeners.forEach((listener) => listener());
}

/** The person's choice: kept in this browser (see `storeChoice`), then drawn everywhere. */
export async function chooseLocale(locale: Locale): Promise<void> {
  storeChoice(locale);
  await loadLocale(locale);
}

export function currentLocale(): Locale {
  return active?.locale ?? 'en';
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function translator(): Translator {
  if (!active) throw new Error('No catalogue loaded: call loadLocale() before rendering.');
  return active.translate;
}

/**
 * The active language's text for a message id. Module-level (not a hook) so models and schemas translate too;
 * the tree re-renders from the top when the language changes (see `LanguageProvider`).
 */
export const t: Translator = Object.assign((...args: Parameters<Translator>) => translator()(...args), {
  rich: (...args: Parameters<Translator['rich']>) => translator().rich(...args),
  markup: (...args: Parameters<Translator['markup']>) => translator().markup(...args),
  raw: (...args: Parameters<Translator['raw']>): unknown => translator().raw(...args),
  has: (...args: Parameters<Translator['has']>) => translator().has(...args),
}) as Translator;

/** Names listed inside a sentence ("Account, Region"), with the active language's separators. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(currentLocale(), { type: 'unit', style: 'short' }).format(items);
}
