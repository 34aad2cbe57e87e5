import type { ContactProfile, Visitor } from './wire';
import { findProfileDuplicate } from './profile-fetchers';
import { searchVisitor } from './visitor-fetchers';

/** Which record type is looked in: visitors (`contact.search`) or contact profiles (7.1+). */
export type DuplicateTarget =
  { record: 'visitor' } | { record: 'profile'; excludeId: string | undefined; checkExistence: boolean };

export type DuplicateQuery = DuplicateTarget & {
  kind: 'email' | 'phone';
  /** The forms of the value worth asking for (as saved first). */
  values: string[];
};

/** A record that already has the value. */
export type DuplicateCandidate =
  { record: 'visitor'; visitor: Visitor } | { record: 'profile'; profile: ContactProfile };

export interface DuplicateAnswer {
  candidates: DuplicateCandidate[];
  /** Rocket.Chat says one exists (checkExistence) that this person's search cannot show. */
  unnamed: boolean;
}

/** Other records with this email or phone, in any of its forms. */
export async function findDuplicates(query: DuplicateQuery, signal?: AbortSignal): Promise<DuplicateAnswer> {
  if (query.record === 'visitor') {
    const found = await Promise.all(
      query.values.map((value) => searchVisitor(query.kind === 'email' ? { email: value } : { phone: value }, signal)),
    );
    const unique = new Map(found.filter((visitor) => visitor !== null).map((visitor) => [visitor._id, visitor]));
    return { candidates: [...unique.values()].map((visitor) => ({ record: 'visitor', visitor })), unnamed: false };
  }
  const answer = await findProfileDuplicate(query, signal);
  if (!answer) return { candidates: [], unnamed: false };
  return {
    candidates: answer.contacts.map((profile) => ({ record: 'profile', profile })),
    unnamed: answer.contacts.length === 0,
  };
}
