import { useQueries, useQuery, type QueryClient } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { isPhoneRegion } from '@/lib/phone-regions';
import { normaliseEmail } from '../model/search-criteria';
import { contactQueries } from './contact-queries';
import type { Visitor } from './wire';
import { isEmail } from '../model/email';

export type DuplicateState =
  { status: 'idle' | 'checking' | 'unique' | 'unknown' } | { status: 'duplicate'; contact: Visitor };

/**
 * Whether another visitor already has this email or phone, checked while the person types (debounced) with
 * `contact.search`, in every stored form of a phone. A visitor with the form's own token is this contact (being
 * edited, or saved by an earlier attempt whose answer was lost), not a duplicate.
 */
export function useDuplicateVisitor(
  kind: 'email' | 'phone',
  raw: string,
  region: string,
  token: string,
): DuplicateState {
  const [value] = useDebouncedValue(kind === 'email' ? normaliseEmail(raw) : raw.trim(), 500);
  const checkable = kind === 'email' ? isEmail(value) : /\d/.test(value) && isPhoneRegion(region);
  const variants = useQuery({
    ...contactQueries.phoneVariants(value, isPhoneRegion(region) ? region : 'US'),
    enabled: checkable && kind === 'phone',
  });
  const values = kind === 'email' ? [value] : (variants.data ?? []).map((variant) => variant.value);
  const results = useQueries({
    queries: values.map((candidate) => ({
      ...contactQueries.visitorSearch(kind === 'email' ? { email: candidate } : { phone: candidate }),
      enabled: checkable,
    })),
  });

  if (!checkable) return { status: 'idle' };
  const typing = value !== (kind === 'email' ? normaliseEmail(raw) : raw.trim());
  const found = results.map((result) => result.data).find((contact) => contact && contact.token !== token);
  if (found) return { status: 'duplicate', contact: found };
  // A disabled query stays "pending": the phone forms are only asked for phones.
  if (typing || (kind === 'phone' && variants.isPending) || results.some((result) => result.isPending))
    return { status: 'checking' };
  if (variants.isError || results.some((result) => result.isError)) return { status: 'unknown' };
  return { status: 'unique' };
}

/**
 * The same check, run to completion at submit: a registration must not go out while the live check is still
 * debouncing or in flight, because Rocket.Chat would hand the new token to the visitor that has this email.
 */
export async function findDuplicateVisitor(
  queryClient: QueryClient,
  kind: 'email' | 'phone',
  raw: string,
  region: string,
  token: string,
): Promise<Visitor | undefined> {
  const value = kind === 'email' ? normaliseEmail(raw) : raw.trim();
  if (kind === 'email' ? !isEmail(value) : !(/\d/.test(value) && isPhoneRegion(region))) return undefined;
  const candidates =
    kind === 'email'
      ? [value]
      : (await queryClient.fetchQuery(contactQueries.phoneVariants(value, isPhoneRegion(region) ? region : 'US'))).map(
          (v) => v.value,
        );
  const found = await Promise.all(
    candidates.map((candidate) =>
      queryClient.fetchQuery(
        contactQueries.visitorSearch(kind === 'email' ? { email: candidate } : { phone: candidate }),
      ),
    ),
  );
  return found.find((contact) => contact && contact.token !== token) ?? undefined;
}
