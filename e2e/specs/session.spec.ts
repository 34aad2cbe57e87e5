import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { STORAGE_PREFIX } from '../support/accounts.ts';

const storedKeys = (page: Page) =>
  page.evaluate(
    (prefix) => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith(prefix)),
    STORAGE_PREFIX,
  );

test.describe('Session', () => {
  test.use({ role: 'agent' });

  test('log out revokes the token, leaves nothing stored, and back shows nothing of the user', async ({
    page,
    api,
    session,
    shell,
  }) => {
    await page.goto('/');
    await expect(shell.userName('Agatha Agent')).toBeVisible();
    await expectAccessible(page);

    await shell.logOut();
    expect((await api.call('GET', 'me', { auth: session })).status).toBe(401);
    expect(await storedKeys(page)).toEqual([]);

    await page.goBack();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText('Agatha Agent')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Log out' })).toHaveCount(0);
  });

  test('a token revoked elsewhere sends the next action to login, and back after it', async ({
    page,
    api,
    session,
    loginPage,
    shell,
  }) => {
    await page.goto('/nowhere?x=1');
    await expect(shell.userName('Agatha Agent')).toBeVisible();
    await api.logout(session!);

    await page.reload();
    await expect(page).toHaveURL('/login?redirect=%2Fnowhere%3Fx%3D1');
    await loginPage.logInAs('agent');
    await expect(page).toHaveURL('/nowhere?x=1');
    await expect(shell.userName('Agatha Agent')).toBeVisible();
  });

  test('the colour scheme can be switched and is kept', async ({ page, shell }) => {
    await page.goto('/');
    await shell.colorScheme().getByText('Dark').click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  });
});

test.describe('Without omnichannel roles', () => {
  test.use({ role: 'user' });

  test('the account is told which permission it lacks', async ({ page }) => {
    await page.goto('/');
    const notice = page.getByRole('alert').filter({ hasText: "You don't have permission to list contacts" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('view-livechat-contact');
    await expectAccessible(page);
  });
});
