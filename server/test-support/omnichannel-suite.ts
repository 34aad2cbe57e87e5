import { defaultPermissions } from '../domain/permissions.ts';
import { omnichannelHelpers } from './omnichannel.ts';
import { startTestServer, type Credentials, type TestServer } from './test-server.ts';

export type OmnichannelHelpers = ReturnType<typeof suiteHelpers>;
type CustomFieldData = Parameters<ReturnType<typeof omnichannelHelpers>['createCustomField']>[0];

/** The custom field Rocket.Chat's `createVisitor()` (tests/data/livechat/rooms.ts) fills in. */
export const ADDRESS_FIELD = { field: 'address', label: 'Address' };

/**
 * What a conformance file starts from: a test server, the admin signed in, Rocket.Chat's test-data helpers acting as
 * that admin, and the custom fields the file's cases expect to be defined.
 */
export async function startOmnichannelServer(
  options: Parameters<typeof startTestServer>[0] & { customFields?: CustomFieldData[] } = {},
): Promise<{ server: TestServer; admin: Credentials; helpers: OmnichannelHelpers }> {
  const { customFields = [], ...serverOptions } = options;
  const server = await startTestServer(serverOptions);
  const admin = await server.login('admin');
  const helpers = suiteHelpers(server, admin);
  for (const field of customFields) await helpers.createCustomField(field);
  return { server, admin, helpers };
}

function suiteHelpers(server: TestServer, admin: Credentials) {
  const helpers = omnichannelHelpers(server, () => admin);
  return {
    ...helpers,
    /**
     * Runs `fn` while `permission` is granted to `roles` only, then gives the permission back its default roles,
     * even when `fn` fails, so that the file's later cases see Rocket.Chat's defaults.
     */
    withRoles: async (permission: string, roles: string[], fn: () => Promise<void>) => {
      await helpers.setPermission(permission, roles);
      try {
        await fn();
      } finally {
        await helpers.setPermission(permission, defaultPermissions[permission] ?? []);
      }
    },
  };
}
