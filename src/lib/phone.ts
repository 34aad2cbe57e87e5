import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { PhoneRegion } from './phone-regions';

export interface PhoneVariant {
  kind: 'typed' | 'international' | 'digits' | 'international-digits';
  value: string;
}

/**
 * Rocket.Chat matches phones exactly as stored, and people store them in many formats. The forms of one number
 * worth asking for: as typed, E.164 (+5551…, parsed with the person's region), its digits, and the typed digits.
 */
export function phoneVariants(input: string, region: PhoneRegion): PhoneVariant[] {
  const typed = input.trim();
  const e164 = toE164(typed, region);
  const candidates: PhoneVariant[] = [
    { kind: 'typed', value: typed },
    ...(e164
      ? [
          { kind: 'international', value: e164 } as const,
          { kind: 'international-digits', value: e164.slice(1) } as const,
        ]
      : []),
    { kind: 'digits', value: typed.replace(/\D/g, '') },
  ];
  const seen = new Set<string>();
  return candidates.filter(({ value }) => value !== '' && !seen.has(value) && seen.add(value));
}

/** E.164 when the input parses as a possible number of that region, else undefined. */
export function toE164(input: string, region: PhoneRegion): string | undefined {
  const parsed = parsePhoneNumberFromString(input.trim(), region);
  return parsed?.isPossible() ? parsed.number : undefined;
}
