import { CONFORMANCE_URL, LOCAL_ONLY_SERVER_TESTS, REMOTE_ACCOUNTS, remoteAccount } from './conformance-target.ts';
import { startTestServer, type Credentials } from './test-server.ts';

let teardownAccounts: (() => Promise<void>) | undefined;

/**
 * Against a real Rocket.Chat only: says which test files are not run and why, and creates the accounts the tests
 * sign in as (`users.create`, then `livechat/users/agent|manager`) with the server's admin; teardown removes them.
 */
export async function setup(): Promise<void> {
  if (!CONFORMANCE_URL) return;
  const username = process.env.CONFORMANCE_ADMIN_USER;
  const password = process.env.CONFORMANCE_ADMIN_PASSWORD;
  if (!username || !password)
    throw new Error('CONFORMANCE_ROCKETCHAT_URL needs CONFORMANCE_ADMIN_USER and CONFORMANCE_ADMIN_PASSWORD');
  for (const [file, reason] of Object.entries(LOCAL_ONLY_SERVER_TESTS))
    console.log(`skipped against ${CONFORMANCE_URL}: ${file} (${reason})`);
  const server = await startTestServer();
  const owner: Credentials = await server.login(username, password);
  const created: string[] = [];
  const ok = async (answer: Promise<{ status: number; body: any }>) => {
    const { status, body } = await answer;
    if (status !== 200) throw new Error(`Rocket.Chat answered ${status}: ${JSON.stringify(body)}`);
    return body;
  };
  teardownAccounts = async () => {
    for (const userId of created)
      await ok(server.call('POST', 'users.delete', { auth: owner, body: { userId, confirmRelinquish: true } }));
    await server.call('POST', 'logout', { auth: owner });
  };
  try {
    for (const [name, { roles, omnichannel }] of Object.entries(REMOTE_ACCOUNTS)) {
      const account = remoteAccount(name)!;
      const body = await ok(
        server.call('POST', 'users.create', {
          auth: owner,
          body: {
            ...account,
            name: `Conformance ${name}`,
            email: `${account.username}@example.com`,
            roles: [...roles],
            verified: true,
          },
        }),
      );
      created.push(body.user._id);
      for (const type of omnichannel)
        await ok(server.call('POST', `livechat/users/${type}`, { auth: owner, body: { username: account.username } }));
    }
  } catch (error) {
    await teardownAccounts();
    throw error;
  }
}

export async function teardown(): Promise<void> {
  await teardownAccounts?.();
}
