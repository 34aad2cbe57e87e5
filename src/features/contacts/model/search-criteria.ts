import { currentLocale } from '@/i18n/translator';
import { isPhoneRegion, type PhoneRegion } from '@/lib/phone-regions';

/** A contact search as the URL holds it: `/search?email=…&phone=…&region=BR&cf.<fieldId>=…`. */
export interface SearchCriteria {
  email: string;
  phone: string;
  region: PhoneRegion;
  conditions: { fieldId: string; value: string }[];
}

const CUSTOM_PREFIX = 'cf.';

function regionLanguages(): string[] {
  const locale = currentLocale();
  const language = locale.split('-')[0];
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return [...browser.filter((tag) => tag.split('-')[0] === language && tag.includes('-')), locale];
}

/**
 * The default phone region: the country of the console's language, refined by the browser's languages in that
 * language (English with an en-GB browser → GB; Portuguese (Brasil) → BR), else US.
 */
export function browserRegion(languages: readonly string[] = regionLanguages()): PhoneRegion {
  for (const language of languages) {
    const region = new Intl.Locale(language).maximize().region;
    if (region && isPhoneRegion(region)) return region;
  }
  return 'US';
}

/** A form's first phone region: the one it was handed (by a search) when that is a region, else the browser's. */
export function startingRegion(given: string | undefined): PhoneRegion {
  return given && isPhoneRegion(given) ? given : browserRegion();
}

export function parseCriteria(search: string, defaultRegion: PhoneRegion): SearchCriteria {
  const params = new URLSearchParams(search);
  const region = params.get('region')?.toUpperCase() ?? '';
  const conditions: SearchCriteria['conditions'] = [];
  for (const [key, value] of params) {
    if (key.startsWith(CUSTOM_PREFIX) && key.length > CUSTOM_PREFIX.length)
      conditions.push({ fieldId: key.slice(CUSTOM_PREFIX.length), value });
  }
  // A shared or hand-edited URL is normalised like the form's input: Rocket.Chat matches stored, lower-cased emails.
  return {
    email: normaliseEmail(params.get('email') ?? ''),
    phone: (params.get('phone') ?? '').trim(),
    region: isPhoneRegion(region) ? region : defaultRegion,
    conditions,
  };
}

/** The query string for a search; the region only when a phone needs it. */
export function criteriaToSearch(criteria: SearchCriteria): string {
  const params = new URLSearchParams();
  if (criteria.email) params.set('email', criteria.email);
  if (criteria.phone) {
    params.set('phone', criteria.phone);
    params.set('region', criteria.region);
  }
  for (const { fieldId, value } of criteria.conditions) params.append(`${CUSTOM_PREFIX}${fieldId}`, value);
  return params.toString();
}

export const hasConditions = (criteria: SearchCriteria): boolean =>
  criteria.email !== '' || criteria.phone !== '' || criteria.conditions.length > 0;

/** Rocket.Chat stores emails lower-cased and matches them exactly. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** `custom` of `contact.search`: one value per field (the last wins, as a JSON object would). */
export const customMap = (conditions: SearchCriteria['conditions']): Record<string, string> =>
  Object.fromEntries(conditions.map(({ fieldId, value }) => [fieldId, value]));
