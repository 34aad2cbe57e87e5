import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { unique, uniqueToken } from '../support/rest.ts';
import { SearchPage } from '../pages/search-page.ts';

test.describe('Advanced search', () => {
  test.use({ role: 'agent' });

  test('says the result is the first match only, leads to the person and to the directory', async ({ page, api }) => {
    const email = `${unique('adv.')}@example.com`;
    const name = `Ada Advanced ${unique()}`;
    const token = uniqueToken();
    // A conversation makes Rocket.Chat link the visitor to a contact profile (its contactId).
    await api.createLivechatVisitor({ token, name, email });
    await api.openRoom(token);

    const search = new SearchPage(page);
    await search.goto(`email=${encodeURIComponent(email)}`);
    await expect(page.getByRole('heading', { name: 'First contact matching all conditions' })).toBeVisible();
    await expect(page.getByText('One contact found')).toHaveCount(0);
    await expect(search.result().getByRole('link', { name })).toBeVisible();
    await expectAccessible(page, ['light']);

    await search.result().getByRole('link', { name: 'Open contact profile' }).click();
    await expect(page).toHaveURL(/\/contacts\/[^/]+$/);
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

    await page.goBack();
    await page.getByRole('link', { name: 'Browse the directory' }).click();
    await expect(page).toHaveURL(`/?q=${encodeURIComponent(email)}`);
    await page.getByRole('radiogroup', { name: 'Contacts to list' }).getByText('Unknown contacts').click();
    await expect(page.getByRole('table').getByRole('link', { name })).toBeVisible();
  });

  test('one "New contact" creates a contact profile on 7.1+', async ({ page }) => {
    await page.goto('/');
    // The page's own button; an empty directory ("No contacts yet") offers the same link again.
    await page.getByRole('link', { name: 'New contact', exact: true }).first().click();
    await expect(page).toHaveURL('/contacts/new');
  });
});
