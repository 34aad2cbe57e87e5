import { test as base, expect } from '@playwright/test';
import { CREDENTIALS_KEY, OWNER_KEY, type Role } from './support/accounts.ts';
import { APP_URL, SERVER_URL } from './support/ports.ts';
import { RestClient, type Credentials } from './support/rest.ts';
import { LoginPage } from './pages/login-page.ts';
import { AppShellPage } from './pages/app-shell-page.ts';

interface Fixtures {
  /** Start the test signed in as this demo account (a fresh token each test, so logouts never leak). */
  role: Role | undefined;
  /** The credentials the test started with, when `role` is set. */
  session: Credentials | undefined;
  api: RestClient;
  admin: Credentials;
  loginPage: LoginPage;
  shell: AppShellPage;
}

export interface ServerOptions {
  /** The Rocket.Chat stand-in this project's app talks to (the 6.x project has its own). */
  serverUrl: string;
}

export const test = base.extend<Fixtures, ServerOptions>({
  serverUrl: [SERVER_URL, { option: true, scope: 'worker' }],
  role: [undefined, { option: true }],
  api: async ({ serverUrl }, use) => {
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
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page));
  },
  shell: async ({ page }, use) => {
    await use(new AppShellPage(page));
  },
});

export { expect };
