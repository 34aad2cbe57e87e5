import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { layoutShiftOf, watchLayoutShift } from '../support/layout-shift.ts';
import { DirectoryPage } from '../pages/directory-page.ts';

// Issue #15: the HTML itself paints the app's frame before any script or stylesheet arrives, in the colour scheme
// and the language the app will use; the app then takes over without a layout shift.

/** What the page shows when no script or stylesheet ever arrives: only index.html's own frame. */
async function withoutScriptsOrStyles(page: Page): Promise<void> {
  await page.route(/\.(js|css)$/, (route) => route.abort());
}

async function store(page: Page, values: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, values);
}

const frame = (page: Page) => page.locator('#app-frame');

test.describe('First paint, signed out', () => {
  test('the login frame paints without scripts, in the stored language and dark scheme, hidden from assistive technology', async ({
    page,
  }) => {
    await withoutScriptsOrStyles(page);
    await store(page, { 'omnichannel-contacts-color-scheme': 'dark', 'omnichannel-contacts-language': 'pt-BR' });
    await page.goto('/login');
    // The inline script ran under the build's Content-Security-Policy (allowed by its hash): it set both.
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await expect(frame(page).getByText('Entrar no Omnichannel Contacts')).toBeVisible();
    await expect(frame(page).getByText('Log in to Omnichannel Contacts')).toBeHidden();
    await expect(frame(page)).toHaveCSS('background-color', 'rgb(36, 36, 36)');
    await expect(frame(page)).toHaveAttribute('aria-hidden', 'true');
    await expect(page.getByRole('heading')).toHaveCount(0);
  });

  test.describe('in a Spanish browser', () => {
    test.use({ locale: 'es-ES' });

    test('the frame speaks the browser language, and the app replaces it without a layout shift', async ({ page }) => {
      await watchLayoutShift(page);
      await page.goto('/login');
      await expect(page.getByRole('heading', { name: 'Iniciar sesión en Omnichannel Contacts' })).toBeVisible();
      await expect(frame(page)).toHaveCount(0);
      expect(await layoutShiftOf(page)).toBeLessThanOrEqual(0.01);
      await expectAccessible(page);
    });
  });
});

test.describe('First paint, signed in', () => {
  test.use({ role: 'agent' });

  test('the directory frame names the screen before any script, in the stored light scheme', async ({ page }) => {
    await withoutScriptsOrStyles(page);
    await store(page, { 'omnichannel-contacts-color-scheme': 'light' });
    await page.goto('/');
    // The product name is the same in every language: only the active language's copy is shown.
    await expect(frame(page).getByText('Omnichannel Contacts', { exact: true }).filter({ visible: true })).toHaveCount(
      1,
    );
    await expect(frame(page).getByText('Contact Center', { exact: true })).toBeVisible();
    await expect(frame(page)).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  });

  test('the directory takes over from the frame', async ({ page }) => {
    const directory = new DirectoryPage(page);
    await directory.goto();
    await expect(directory.searchBox()).toBeVisible();
    await expect(frame(page)).toHaveCount(0);
  });
});
