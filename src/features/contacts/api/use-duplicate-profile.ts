import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { isPhoneRegion, type PhoneRegion } from '@/lib/phone-regions';
import { isEmail } from '../model/email';
import { contactQueries } from './contact-queries';
import type { ContactProfile } from './wire';

export type ProfileDuplicateState =
  | { status: 'idle' | 'checking' | 'unique' | 'unknown' }
  /** `contact: null`: Rocket.Chat says it exists, but not on a contact this person can see. */
  | { status: 'duplicate'; contact: ContactProfile | null };

export interface ProfileDuplicateOptions {
  /** The contact being edited. */
  excludeId: string | undefined;
  /** Values the contact had when the form opened: never checked, as Rocket.Chat's own form does. */
  originals: string[];
  /** The server has `contacts.checkExistence` (7.2+). */
  checkExistence: boolean;
  /** A contact that is this one after all (made by a create whose answer was lost). */
  isSelf: (contact: ContactProfile) => boolean;
  enabled: boolean;
}

type Kind = 'email' | 'phone';

/** A value worth checking: an email that looks like one, or a phone with digits in a region the app knows. */
type Checkable = { kind: 'email'; value: string } | { kind: 'phone'; value: string; region: PhoneRegion };

function checkable(kind: Kind, value: string, region: string, originals: string[]): Checkable | undefined {
  if (originals.includes(value)) return undefined;
  if (kind === 'email') return isEmail(value) ? { kind, value } : undefined;
  return /\d/.test(value) && isPhoneRegion(region) ? { kind, value, region } : undefined;
}

/** The forms of an email worth asking for: lower-cased (as the form saves it) and as typed. */
const emailForms = (value: string) => [...new Set([value.toLowerCase(), value])];

function toState(
  answer: { contacts: ContactProfile[] } | null,
  isSelf: ProfileDuplicateOptions['isSelf'],
): ProfileDuplicateState {
  if (!answer) return { status: 'unique' };
  const others = answer.contacts.filter((contact) => !isSelf(contact));
  if (answer.contacts.length > 0 && others.length === 0) return { status: 'unique' };
  return { status: 'duplicate', contact: others[0] ?? null };
}

/**
 * Whether another contact profile already has this email or phone, checked while the person types (debounced):
 * `contacts.checkExistence` on 7.2+, and `contacts.search` to name the contact so it can be opened.
 */
export function useDuplicateProfile(
  kind: Kind,
  raw: string,
  region: string,
  options: ProfileDuplicateOptions,
): ProfileDuplicateState {
  const { excludeId, originals, checkExistence, isSelf, enabled } = options;
  const [value] = useDebouncedValue(raw.trim(), 500);
  const check = enabled ? checkable(kind, value, region, originals) : undefined;
  // Without a phone to check there is no region: the query stays off.
  const variants = useQuery(contactQueries.phoneVariants(value, check?.kind === 'phone' ? check.region : undefined));
  const values = check?.kind === 'email' ? emailForms(check.value) : variants.data?.map((variant) => variant.value);
  const result = useQuery({
    ...contactQueries.profileDuplicate({ kind, values: values ?? [], excludeId, checkExistence }),
    enabled: check !== undefined && values !== undefined,
  });

  if (!enabled || !checkable(kind, raw.trim(), region, originals)) return { status: 'idle' };
  // A disabled query stays "pending": the phone forms are only asked for phones.
  const phoneForms = kind === 'phone' ? variants : undefined;
  if (phoneForms?.isError || result.isError) return { status: 'unknown' };
  if (value !== raw.trim() || phoneForms?.isPending || result.isPending) return { status: 'checking' };
  return toState(result.data, isSelf);
}

/** The same check, at once and from the cache when it is fresh: a save never goes out with a known duplicate. */
export async function fetchDuplicateProfile(
  queryClient: QueryClient,
  kind: Kind,
  raw: string,
  region: string,
  options: Omit<ProfileDuplicateOptions, 'enabled'>,
): Promise<ProfileDuplicateState> {
  const check = checkable(kind, raw.trim(), region, options.originals);
  if (!check) return { status: 'idle' };
  try {
    const values =
      check.kind === 'email'
        ? emailForms(check.value)
        : (await queryClient.fetchQuery(contactQueries.phoneVariants(check.value, check.region))).map(
            (variant) => variant.value,
          );
    const answer = await queryClient.fetchQuery(
      contactQueries.profileDuplicate({
        kind,
        values,
        excludeId: options.excludeId,
        checkExistence: options.checkExistence,
      }),
    );
    return toState(answer, options.isSelf);
  } catch {
    // Rocket.Chat does not enforce unique emails or phones: a check that cannot run must not block the save.
    return { status: 'unknown' };
  }
}
