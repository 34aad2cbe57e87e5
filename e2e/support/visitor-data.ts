import { accountOf } from './accounts.ts';
import { unique, type Credentials, type RestClient } from './rest.ts';
import { FIELDS } from './shared-fields.ts';

/** A visitor contact with every kind of value: email, phone, both form custom fields and a contact manager. */
export async function existingVisitor(api: RestClient, admin: Credentials) {
  const id = unique();
  const email = `kenji.${id}@example.com`;
  const phone = `+8190${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const visitorId = await api.registerVisitorContact(admin, {
    name: `Kenji Watanabe ${id}`,
    email,
    phone,
    customFields: { [FIELDS.formPlan.field]: 'pro', [FIELDS.formCustomer.field]: '123456' },
    contactManager: { username: accountOf('manager').username },
  });
  return { visitorId, email, phone, name: `Kenji Watanabe ${id}` };
}

/**
 * Saves the visitor the way Rocket.Chat's own UI would, every value sent: someone else's change meanwhile, or values
 * the form cannot set (`extraFields`, in fields it does not show).
 */
export async function changeOnServer(
  api: RestClient,
  admin: Credentials,
  existing: Awaited<ReturnType<typeof existingVisitor>>,
  change: { name: string; frmPlan: string; extraFields?: Record<string, string> },
): Promise<void> {
  const stored = await api.getVisitor(admin, existing.visitorId);
  await api.call('POST', 'omnichannel/contact', {
    auth: admin,
    body: {
      token: stored.token,
      name: change.name,
      email: existing.email,
      phone: existing.phone,
      customFields: {
        [FIELDS.formPlan.field]: change.frmPlan,
        [FIELDS.formCustomer.field]: '123456',
        ...change.extraFields,
      },
      contactManager: { username: accountOf('manager').username },
    },
  });
}
