import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { isPhoneRegion, type PhoneRegion } from '@/lib/phone-regions';
import { isEmail } from '../model/email';
import { contactQueries } from './contact-queries';
import type { DuplicateAnswer, DuplicateCandidate, DuplicateTarget } from './duplicate-fetchers';

/**
 * `unknown`: the check could not be made. It never blocks a save (Rocket.Chat itself does not enforce unique emails
 * or phones); the form says the check was not made. `match: null`: one exists that this person cannot open.
 */
export type DuplicateState =
  { status: 'idle' | 'checking' | 'unique' | 'unknown' } | { status: 'duplicate'; match: DuplicateCandidate | null };

export interface DuplicateCheck {
  target: DuplicateTarget;
  /** Values the record had when the form opened: never checked, as Rocket.Chat's own form does. */
  originals: string[];
  /** A record that is this one after all (the visitor with the form's token, a contact made by a lost create). */
  isSelf: (candidate: DuplicateCandidate) => boolean;
}

type Kind = 'email' | 'phone';

/** A value worth checking: an email that looks like one, or a phone with digits in a region the app knows. */
type Checkable = { kind: 'email'; value: string } | { kind: 'phone'; value: string; region: PhoneRegion };

function checkable(kind: Kind, raw: string, region: string, originals: string[]): Checkable | undefined {
  const value = raw.trim();
  if (originals.includes(value)) return undefined;
  if (kind === 'email') return isEmail(value) ? { kind, value } : undefined;
  return /\d/.test(value) && isPhoneRegion(region) ? { kind, value, region } : undefined;
}

/** The forms of an email worth asking for: lower-cased (as both APIs store it) and as typed. */
const emailForms = (value: string) => [...new Set([value.toLowerCase(), value])];

function toState(answer: DuplicateAnswer, isSelf: DuplicateCheck['isSelf']): DuplicateState {
  const others = answer.candidates.filter((candidate) => !isSelf(candidate));
  if (others[0]) return { status: 'duplicate', match: others[0] };
  return answer.unnamed ? { status: 'duplicate', match: null } : { status: 'unique' };
}

/** Whether another record already has this email or phone, checked while the person types (debounced). */
export function useDuplicateCheck(
  kind: Kind,
  raw: string,
  region: string,
  { target, originals, isSelf }: DuplicateCheck,
  enabled = true,
): DuplicateState {
  const [value] = useDebouncedValue(raw.trim(), 500);
  const check = enabled ? checkable(kind, value, region, originals) : undefined;
  // Without a phone to check there is no region: the query stays off.
  const variants = useQuery(contactQueries.phoneVariants(value, check?.kind === 'phone' ? check.region : undefined));
  const values = check?.kind === 'email' ? emailForms(check.value) : variants.data?.map((variant) => variant.value);
  const result = useQuery({
    ...contactQueries.duplicates({ ...target, kind, values: values ?? [] }),
    enabled: check !== undefined && values !== undefined,
  });

  if (!enabled || !checkable(kind, raw, region, originals)) return { status: 'idle' };
  // A disabled query stays "pending": the phone forms are only asked for phones.
  const phoneForms = kind === 'phone' ? variants : undefined;
  if (phoneForms?.isError || result.isError) return { status: 'unknown' };
  if (value !== raw.trim() || phoneForms?.isPending || result.isPending) return { status: 'checking' };
  return toState(result.data, isSelf);
}

/**
 * The same check, run to completion at submit (from the cache when fresh): a save never goes out with a known
 * duplicate, even while the check while typing is still debouncing. Rocket.Chat's legacy API would otherwise hand a
 * new visitor's token to the visitor that has this email.
 */
export async function checkDuplicate(
  queryClient: QueryClient,
  kind: Kind,
  raw: string,
  region: string,
  { target, originals, isSelf }: DuplicateCheck,
): Promise<DuplicateState> {
  const check = checkable(kind, raw, region, originals);
  if (!check) return { status: 'idle' };
  try {
    const values =
      check.kind === 'email'
        ? emailForms(check.value)
        : (await queryClient.fetchQuery(contactQueries.phoneVariants(check.value, check.region))).map(
            (variant) => variant.value,
          );
    return toState(await queryClient.fetchQuery(contactQueries.duplicates({ ...target, kind, values })), isSelf);
  } catch {
    return { status: 'unknown' };
  }
}
