import type { Db } from '../db/open.ts';
import { inTransaction } from '../db/open.ts';
import { saveCustomField, type CustomFieldDoc } from '../domain/custom-fields.ts';
import { createContact } from '../domain/contact-profiles.ts';
import { closeRoomByUser, closeRoomByVisitor, openRoom, setCustomFieldByToken } from '../domain/livechat.ts';
import { newVisitor, saveVisitor, type VisitorDoc } from '../domain/visitors.ts';
import { findRoomById, type RoomDoc } from '../domain/rooms.ts';
import { findUserByUsername } from '../domain/users.ts';
import { createRandom } from './prng.ts';
import { makePerson } from './demo-people.ts';
import { closingCommentFor, converse, linesFor, type Agent } from './demo-chats.ts';

export const DEMO_PEOPLE = 320;
/** Person n (0-based) has customerId 100000 + n; the first CONFLICTS persons with n % 4 === 0 have conflicts. */
export const CONFLICTS = 8;
const PLANS = ['free', 'pro', 'enterprise'] as const;

const base = (
  field: Omit<CustomFieldDoc, '_updatedAt' | 'type' | 'regexp' | 'required' | 'defaultValue' | 'options' | 'public'> &
    Partial<CustomFieldDoc>,
): CustomFieldDoc => ({
  type: 'input',
  regexp: '',
  required: false,
  defaultValue: '',
  options: '',
  public: true,
  _updatedAt: '2025-01-01T00:00:00.000Z',
  ...field,
});

export const demoCustomFields: CustomFieldDoc[] = [
  base({ _id: 'address', label: 'Address', scope: 'visitor', visibility: 'visible', searchable: true }),
  base({
    _id: 'customerId',
    label: 'Customer ID',
    scope: 'visitor',
    visibility: 'visible',
    searchable: true,
    regexp: '^[0-9]{6}$',
  }),
  base({
    _id: 'plan',
    label: 'Plan',
    scope: 'visitor',
    visibility: 'visible',
    searchable: true,
    type: 'select',
    options: 'free,pro,enterprise',
  }),
  base({ _id: 'internalNote', label: 'Internal note', scope: 'visitor', visibility: 'hidden', searchable: false }),
  base({ _id: 'orderNumber', label: 'Order number', scope: 'room', visibility: 'visible', searchable: false }),
];

/**
 * Demo omnichannel data, the same on every run: visitors (legacy contacts) for 320 people, contact profiles for
 * every fourth (pre-registered through the API), rooms and closed chats for others, and conflicts made the way
 * Rocket.Chat makes them (a visitor with different data merging into a known contact; a custom field sent without
 * overwrite).
 */
export function seedDemoData(db: Db): void {
  const random = createRandom(20250101);
  let clock = Date.parse('2025-01-02T09:00:00.000Z');
  const tick = () => new Date((clock += 37 * 60 * 1000));
  const userId = (username: string) => findUserByUsername(db, username)?.doc._id;
  const managers = { agent: userId('agent'), manager: userId('manager'), admin: userId('admin') };
  const agents = (['agent', 'manager'] as const).flatMap((username) => {
    const user = findUserByUsername(db, username)?.doc;
    return user ? [{ _id: user._id, username: user.username, name: user.name } satisfies Agent] : [];
  });

  inTransaction(db, () => {
    for (const field of demoCustomFields) saveCustomField(db, field);
    for (let n = 0; n < DEMO_PEOPLE; n++) {
      const person = makePerson(random, n);
      const plan = PLANS[n % 3]!;
      const customerId = String(100000 + n);
      const managerName = n % 5 === 0 ? 'agent' : n % 5 === 1 ? 'manager' : n % 11 === 0 ? 'admin' : undefined;
      const conflicted = n % 4 === 0 && n / 4 < CONFLICTS;

      if (n % 4 === 0) {
        createContact(
          db,
          {
            name: person.name,
            emails: [person.email],
            phones: [person.phone],
            customFields: { address: person.address, customerId, plan },
            contactManager: conflicted
              ? (managers.agent ?? null)
              : managerName
                ? (managers[managerName] ?? null)
                : null,
          },
          tick(),
        );
      }

      const visitorName = conflicted ? `${person.name.split(' ')[0] ?? person.name} (chat)` : person.name;
      const visitorManager = conflicted ? 'manager' : managerName;
      const visitor: VisitorDoc = newVisitor(
        db,
        {
          token: `demo-token-${n}`,
          name: visitorName,
          visitorEmails: [{ address: person.email }],
          phone: [{ phoneNumber: person.phone }],
          livechatData: {
            address: person.address,
            customerId,
            plan,
            ...(n % 7 === 0 ? { internalNote: 'VIP: call before 18h' } : {}),
          },
          ...(visitorManager ? { contactManager: { username: visitorManager } } : {}),
          status: 'offline',
        },
        tick(),
      );
      saveVisitor(db, visitor);

      // Conversations in the person's language: closed ones in full (person 1's is long enough to page), open ones
      // with the visitor's first line still waiting. Every eighth person from 5 on is closed by the agent.
      const agent = agents[n % 3 === 2 ? 1 : 0];
      const talk = (room: RoomDoc, closing: boolean) =>
        agent
          ? converse(db, room, visitor, agent, closing ? linesFor(n, { long: n === 1 }) : linesFor(n).slice(0, 1))
          : room;
      if (n % 8 === 0 || n % 4 === 1 || conflicted) {
        const room = talk(openRoom(db, visitor, { type: 'api' }, { contacts: true }, tick()), n % 4 === 1);
        if (n % 8 === 5 && agent) closeRoomByUser(db, room, agent, { comment: closingCommentFor(n) }, tick());
        else if (n % 4 === 1) closeRoomByVisitor(db, room, visitor, tick());
      }
      if (n % 8 === 1) {
        const widget = talk(
          openRoom(db, visitor, { type: 'widget', destination: 'shop.example.com' }, { contacts: true }, tick()),
          n % 16 === 1,
        );
        setCustomFieldByToken(db, visitor.token, 'orderNumber', `ORD-${random.digits(6)}`, true, tick());
        if (n % 16 === 1) closeRoomByVisitor(db, findRoomById(db, widget._id) ?? widget, visitor, tick());
      }
      if (conflicted) setCustomFieldByToken(db, visitor.token, 'plan', PLANS[(n + 1) % 3]!, false, tick());
    }
  });
}
