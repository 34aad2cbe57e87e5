import { test as base, expect } from '@playwright/test';
import { CREDENTIALS_KEY, OWNER_KEY, type Role } from './support/accounts.ts';
import { APP_URL, SERVER_URL } from './support/ports.ts';
import { RestClient, unique, type Credentials } from './support/rest.ts';
import { LOCAL_ONLY, isRemote } from './support/target.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShellPage } from './pages/app-shell-page.ts';
import { ContactDetailPage } from './pages/contact-detail-page.ts';
import { ProfileFormPage } from './pages/profile-form-page.ts';
import { VisitorFormPage } from './pages/visitor-form-page.ts';

interface Fixtures {
  /** Skips, with its stated reason, a test that needs the local server's own controls when the run targets a real one. */
  localOnly: void;
  /** Start the test signed in as this demo account (a fresh token each test, so logouts never leak). */
  role: Role | undefined;
  /** The credentials the test started with, when `role` is set. */
  session: Credentials | undefined;
  api: RestClient;
  admin: Credentials;
  loginPage: LoginPage;
  shell: AppShellPage;
  detail: ContactDetailPage;
  profileForm: ProfileFormPage;
  visitorForm: VisitorFormPage;
  /** Removes what the test created (support/ledger.ts), after the test, pass or fail. */
  cleanup: void;
  /** Creates a user holding only `livechat-monitor` (removed after the test); permission specs take from that role. */
  createMonitor: (name: string) => Promise<{ username: string; password: string }>;
  /** Changes which roles hold a permission; every change is undone after the test, pass or fail. */
  permissionRoles: PermissionChanges;
}

export interface PermissionChanges {
  /** Gives `permission` to exactly `roles` until the test ends (or `restore`). */
  set(permission: string, roles: string[]): Promise<void>;
  /** Takes `role` away from `permission` until the test ends (or `restore`). */
  withhold(permission: string, role: string): Promise<void>;
  /** Puts every changed permission back now. */
  restore(): Promise<void>;
}

export interface ServerOptions {
  /** The Rocket.Chat stand-in this project's app talks to (the 6.x project has its own). */
  serverUrl: string;
}

export const test = base.extend<Fixtures, ServerOptions>({
  serverUrl: [SERVER_URL, { option: true, scope: 'worker' }],
  role: [undefined, { option: true }],
  localOnly: [
    async ({}, use, testInfo) => {
      if (isRemote) {
        const reason = testInfo.annotations.find((annotation) => annotation.type === 'local-only')?.description;
        if (testInfo.tags.includes(LOCAL_ONLY))
          testInfo.skip(true, `needs the local server: ${reason ?? 'no reason given'}`);
        if (testInfo.tags.includes('@rate-limit'))
          testInfo.skip(
            true,
            "needs the local server's rate limiter at Rocket.Chat's defaults (a real server's may differ)",
          );
        if (testInfo.tags.includes('@rc6-only'))
          testInfo.skip(true, 'needs the local server in 6.x mode (--rc-version 6); the target server has one version');
      }
      await use();
    },
    { auto: true },
  ],
  api: async ({ serverUrl, localOnly: _skipped }, use) => {
    await use(new RestClient(serverUrl));
  },
  admin: async ({ api }, use) => {
    await use(await api.login('admin'));
  },
  session: async ({ role, api }, use) => {
    await use(role ? await api.login(role) : undefined);
  },
  storageState: async ({ session, baseURL }, use) => {
    await use({
      cookies: [],
      origins: session
        ? [
            {
              origin: new URL(baseURL ?? APP_URL).origin,
              localStorage: [
                { name: CREDENTIALS_KEY, value: JSON.stringify(session) },
                { name: OWNER_KEY, value: session.userId },
              ],
            },
          ]
        : [],
    });
  },
  cleanup: [
    async ({ api, context }, use) => {
      if (isRemote) api.ledger.watch(context);
      await use();
      await removeCreated(api);
    },
    // Its own time: removing a long history's conversations one by one must not eat the test's.
    { auto: true, timeout: 60_000 },
  ],
  permissionRoles: async ({ api, admin }, use) => {
    const previous = new Map<string, string[]>();
    const set = async (permission: string, roles: string[]) => {
      const before = await api.setPermissionRoles(admin, permission, roles);
      if (!previous.has(permission)) previous.set(permission, before);
    };
    const restore = async () => {
      for (const [permission, roles] of previous) await api.setPermissionRoles(admin, permission, roles);
      previous.clear();
    };
    const current = async (permission: string): Promise<string[]> => {
      const { body } = await api.call('GET', 'permissions.listAll', { auth: admin });
      return body.update.find((candidate: { _id: string }) => candidate._id === permission)?.roles ?? [];
    };
    await use({
      set,
      withhold: async (permission, role) =>
        set(
          permission,
          (await current(permission)).filter((holder) => holder !== role),
        ),
      restore,
    });
    await restore();
  },
  createMonitor: async ({ api, admin }, use) => {
    await use(async (name) => {
      const username = unique('monitor');
      const password = `${unique('Pw-')}-Aa1!`;
      const created = await api.call('POST', 'users.create', {
        auth: admin,
        body: {
          username,
          password,
          name,
          email: `${username}@example.com`,
          roles: ['user', 'livechat-monitor'],
          verified: true,
        },
      });
      if (created.status !== 200) throw new Error(`users.create: ${created.status} ${JSON.stringify(created.body)}`);
      return { username, password };
    });
  },
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
  shell: async ({ page }, use) => {
    await use(new AppShellPage(page));
  },
  detail: async ({ page }, use) => {
    await use(new ContactDetailPage(page));
  },
  profileForm: async ({ page }, use) => {
    await use(new ProfileFormPage(page));
  },
  visitorForm: async ({ page }, use) => {
    await use(new VisitorFormPage(page));
  },
});

/**
 * On a real server, removes what `api` (and the app, in the test's browser) created: a shared staging server keeps
 * no traces. The local server is thrown away after the run, so there nothing is spent on it.
 */
export async function removeCreated(api: RestClient): Promise<void> {
  if (!isRemote || api.ledger.isEmpty) return;
  const admin = await api.login('admin');
  await api.ledger.clean(api, admin);
  await api.logout(admin);
}

export { expect };
