import type { Db } from '../db/open.ts';
import { createRandom } from './prng.ts';
import { makePerson } from './demo-people.ts';
import { newVisitor, saveVisitor } from '../domain/visitors.ts';
import { saveContact } from '../domain/contacts.ts';

const PLANS = ['free', 'pro', 'enterprise'] as const;

/**
 * `--scale N`: N more people, each a visitor (legacy contact) and a known contact profile, written in batched
 * transactions. Person k is demo person 1000+k (so emails never collide with the 320 demo people), with customerId
 * 200000+k (mod 800000), token `scale-token-<k>` and contact id `scale-contact-<k>`.
 */
export function seedScale(db: Db, count: number, batch = 5000): void {
  const random = createRandom(4242);
  const start = (
    db.prepare("SELECT count(*) AS n FROM visitors WHERE token LIKE 'scale-token-%'").get() as { n: number }
  ).n;
  const now = new Date('2025-06-01T00:00:00.000Z');
  const iso = now.toISOString();
  for (let from = 0; from < count; from += batch) {
    db.transaction(() => {
      for (let i = from; i < Math.min(count, from + batch); i++) {
        const k = start + i;
        const person = makePerson(random, 1000 + k);
        const email = person.email;
        const livechatData = {
          address: `${person.address} ${k}`,
          customerId: String(200000 + (k % 800000)),
          plan: PLANS[k % 3]!,
        };
        saveVisitor(
          db,
          newVisitor(
            db,
            {
              token: `scale-token-${k}`,
              username: `scale-guest-${k}`,
              name: person.name,
              visitorEmails: [{ address: email }],
              phone: [{ phoneNumber: person.phone }],
              livechatData,
            },
            now,
          ),
        );
        saveContact(db, {
          _id: `scale-contact-${k}`,
          name: person.name,
          emails: [{ address: email }],
          phones: [{ phoneNumber: person.phone }],
          customFields: livechatData,
          channels: [],
          unknown: false,
          preRegistration: true,
          createdAt: iso,
          _updatedAt: iso,
        });
      }
    })();
  }
}
