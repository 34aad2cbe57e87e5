import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { unique } from '../support/rest.ts';
import { DirectoryPage } from '../pages/directory-page.ts';

const DELETE_URL = '**/api/v1/omnichannel/contacts.delete';

test.describe('Delete a contact (Rocket.Chat 7.11+)', () => {
  test.use({ role: 'manager' });
  test.slow();

  test('from the row menu: confirmed by typing "delete", the row goes at once, its page says it is gone', async ({
    page,
    api,
    admin,
  }) => {
    const tag = unique('del');
    const name = `Delia ${tag}`;
    const id = await api.createProfile(admin, { name, emails: [`${tag}@example.com`] });
    await api.createProfile(admin, { name: `Delia ${tag} stays` });
    const directory = new DirectoryPage(page);
    await directory.goto(`q=${tag}`);
    await expect(directory.rowLinks()).toHaveCount(2);

    await page.getByRole('button', { name: `More actions: ${name}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Contact' });
    await expect(dialog).toContainText(`Are you sure you want to delete ${name}?`);
    const confirm = dialog.getByRole('button', { name: 'Delete' });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Confirm contact removal' }).fill('Delete');
    await expect(confirm).toBeDisabled();
    await expectAccessible(page);
    await dialog.getByRole('textbox', { name: 'Confirm contact removal' }).fill('delete');

    // Held: the row must go before Rocket.Chat answers.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(DELETE_URL, async (route) => {
      await released;
      await route.continue();
    });
    await confirm.click();
    await expect(dialog).toHaveCount(0);
    await expect(directory.rowLinks()).toHaveText([`Delia ${tag} stays`]);
    await expect(directory.total()).toHaveText('1 contact');
    release();
    await expect(page.getByText('Contact has been deleted')).toBeVisible();
    expect((await api.call('GET', 'omnichannel/contacts.get', { auth: admin, query: { contactId: id } })).status).toBe(
      404,
    );

    await page.goto(`/contacts/${id}`);
    await expect(page.getByRole('heading', { name: 'Contact not found', level: 1 })).toBeVisible();
  });

  test('refused by Rocket.Chat: the row comes back with the reason; from the contact page too', async ({
    page,
    api,
    admin,
  }) => {
    const tag = unique('del');
    const name = `Delio ${tag}`;
    const id = await api.createProfile(admin, { name });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // Rocket.Chat's answer when the role lost delete-livechat-contact after the page loaded.
    await page.route(DELETE_URL, async (route) => {
      await released;
      await route.fulfill({
        status: 403,
        contentType: 'application/json',
        body: '{"success":false,"error":"User does not have the permissions required for this action [error-unauthorized]"}',
      });
    });
    const directory = new DirectoryPage(page);
    await directory.goto(`q=${tag}`);
    await page.getByRole('button', { name: `More actions: ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('textbox', { name: 'Confirm contact removal' }).fill('delete');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(directory.rowLinks()).toHaveCount(0);
    release();
    await expect(directory.rowLinks()).toHaveText([name]);
    const toast = page.getByRole('alert').filter({ hasText: `${name} was not deleted` });
    await expect(toast).toContainText('error-unauthorized');

    await page.goto(`/contacts/${id}`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('textbox', { name: 'Confirm contact removal' }).press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.unroute(DELETE_URL);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('textbox', { name: 'Confirm contact removal' }).fill('delete');
    await page.getByRole('textbox', { name: 'Confirm contact removal' }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Contact not found', level: 1 })).toBeVisible();
  });
});

test.describe('Delete a contact without delete-livechat-contact', () => {
  test.use({ role: 'agent' });
  // Dozens of contacts seeded and 25-row tables scanned by axe: slow on a loaded 2-core machine.
  test.slow();

  test('the row menu and the contact page name the permission; nothing can be deleted', async ({
    page,
    api,
    admin,
  }) => {
    const tag = unique('del');
    const name = `Dely ${tag}`;
    const id = await api.createProfile(admin, { name });
    const directory = new DirectoryPage(page);
    await directory.goto(`q=${tag}`);
    await page.getByRole('button', { name: `More actions: ${name}` }).click();
    const item = page.getByRole('menuitem', { name: /Delete/ });
    await expect(item).toBeDisabled();
    await expect(item).toContainText('delete-livechat-contact');

    await page.keyboard.press('Escape');
    await page.goto(`/contacts/${id}`);
    const button = page.getByRole('button', { name: 'Delete', exact: true });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(/delete-livechat-contact/);
  });
});
