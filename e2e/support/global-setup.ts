import { REMOTE_ROLES, accountOf } from './accounts.ts';
import { SERVER_URL } from './ports.ts';
import { startDarkScanRecord } from './dark-scans.ts';
import { Ledger } from './ledger.ts';
import { RestClient, type Credentials } from './rest.ts';
import { FIELDS } from './shared-fields.ts';
import { RUN_ID, isRemote, remoteAdmin } from './target.ts';

/**
 * Before any spec: on a real server (E2E_ROCKETCHAT_URL) the run's own accounts, created through Rocket.Chat's
 * REST API with the server's admin (E2E_ADMIN_USER / E2E_ADMIN_PASSWORD); in every mode the custom fields specs
 * share (shared-fields.ts); the record of screens already checked in the dark scheme (dark-scans.ts). Returns the teardown, which removes all of it, and on a real server every custom field
 * whose id carries the run id.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const removeDarkScanRecord = startDarkScanRecord();
  const api = new RestClient(SERVER_URL);
  const users: string[] = [];
  let owner: Credentials | undefined;
  if (isRemote) {
    const { username, password } = remoteAdmin();
    owner = await api.login(username, password);
    try {
      for (const role of REMOTE_ROLES) users.push(await createAccount(api, owner, role));
    } catch (error) {
      await removeUsers(api, owner, users);
      throw error;
    }
  }
  // The run's admin (locally the seeded one) owns what specs share, as it owns everything they create. (Not on the
  // local 6.x-mode server: 6.x has no `livechat/custom-fields.save`, and its specs use no custom field.)
  const admin = await api.login('admin');
  for (const field of Object.values(FIELDS)) await api.saveCustomField(admin, field);

  return async () => {
    removeDarkScanRecord();
    if (isRemote) await sweep(api, admin);
    const fields = await listCustomFieldIds(api, admin);
    const ours = new Set<string>(Object.values(FIELDS).map((field) => field.field));
    if (isRemote) for (const id of fields) if (id.includes(RUN_ID)) ours.add(id);
    for (const id of ours)
      if (fields.includes(id))
        await expectOk(api.call('POST', 'livechat/custom-fields.delete', { auth: admin, body: { customFieldId: id } }));
    await api.logout(admin);
    if (!owner) return;
    await removeUsers(api, owner, users);
    await api.logout(owner);
  };
}

/**
 * What per-test clean-up cannot see: records the app created while a test garbled or dropped the answer (a lost
 * create). Their names carry the run id, so the searches find them.
 */
async function sweep(api: RestClient, admin: Credentials) {
  const leftovers = new Ledger();
  const contacts = await api.call('GET', 'omnichannel/contacts.search', {
    auth: admin,
    query: { searchText: RUN_ID, count: '100' },
  });
  for (const contact of contacts.body?.contacts ?? []) leftovers.add({ contactId: contact._id });
  const visitors = await api.call('GET', 'livechat/visitors.search', {
    auth: admin,
    query: { term: RUN_ID, count: '100' },
  });
  for (const visitor of visitors.body?.visitors ?? []) leftovers.add({ visitorId: visitor._id });
  await leftovers.clean(api, admin);
}

async function removeUsers(api: RestClient, owner: Credentials, users: string[]) {
  for (const userId of users)
    await expectOk(api.call('POST', 'users.delete', { auth: owner, body: { userId, confirmRelinquish: true } }));
}

/** `users.create` with the account's roles, then the omnichannel roles through `livechat/users/agent|manager`. */
async function createAccount(api: RestClient, owner: Credentials, role: (typeof REMOTE_ROLES)[number]) {
  const account = accountOf(role);
  const created = await expectOk(
    api.call('POST', 'users.create', {
      auth: owner,
      body: {
        username: account.username,
        name: account.name,
        email: `${account.username}@example.com`,
        password: account.password,
        roles: account.roles,
        verified: true,
        requirePasswordChange: false,
        sendWelcomeEmail: false,
        joinDefaultChannels: false,
      },
    }),
  );
  for (const type of account.omnichannel)
    await expectOk(api.call('POST', `livechat/users/${type}`, { auth: owner, body: { username: account.username } }));
  return created.body.user._id as string;
}

async function listCustomFieldIds(api: RestClient, admin: Credentials): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ;) {
    const { body } = await expectOk(
      api.call('GET', 'livechat/custom-fields', { auth: admin, query: { count: '100', offset: String(offset) } }),
    );
    ids.push(...body.customFields.map((field: { _id: string }) => field._id));
    offset += body.customFields.length;
    if (!body.customFields.length || offset >= body.total) return ids;
  }
}

async function expectOk(call: ReturnType<RestClient['call']>) {
  const answer = await call;
  if (answer.status !== 200) throw new Error(`Rocket.Chat answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}
