import { loadLocale } from '@/i18n/translator';

// Tests read the English source catalogue, as an English browser would.
await loadLocale('en');
