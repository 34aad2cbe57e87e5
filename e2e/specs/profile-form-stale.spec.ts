// Saving a contact profile that changed, vanished or became forbidden while it was being edited.
import type { Page } from '@playwright/test';
import { test, expect, type PermissionChanges } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { unique } from '../support/rest.ts';
import { FIELDS } from '../support/shared-fields.ts';
import { uniqueEmail, uniquePhone } from '../support/unique-values.ts';

test.describe('Create and edit a contact profile', () => {
  test.use({ role: 'agent' });

  test('a profile changed on the server meanwhile is never overwritten without a choice', async ({
    page,
    api,
    admin,
    profileForm: form,
  }) => {
    const email = uniqueEmail('stale.');
    const contactId = await api.createProfile(admin, {
      name: `Dora Stale ${unique()}`,
      emails: [email],
      customFields: { [FIELDS.profileTier.field]: 'silver' },
    });
    await form.gotoEdit(contactId);
    await form.name().fill('My version');

    const theirEmail = uniqueEmail('theirs.');
    const changed = await api.call('POST', 'omnichannel/contacts.update', {
      auth: admin,
      body: {
        contactId,
        name: 'Their version',
        emails: [email, theirEmail],
        customFields: { [FIELDS.profileTier.field]: 'gold' },
      },
    });
    expect(changed.status).toBe(200);
    await form.save().click();

    const dialog = page.getByRole('dialog', { name: 'This contact changed while you were editing' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /^Name/ })).toContainText('Their version');
    await expect(dialog.getByRole('row', { name: /^Name/ })).toContainText('My version');
    await expect(dialog.getByRole('row', { name: /^Email/ })).toContainText(theirEmail);
    await expect(dialog.getByRole('row', { name: new RegExp(`^${FIELDS.profileTier.label}`) })).toContainText('gold');
    await expectAccessible(page);
    expect((await api.getProfile(admin, contactId)).name).toBe('Their version');

    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(form.name()).toHaveValue('My version');
    await expect(form.emails()).toHaveCount(1);
    await form.save().click();
    await expect(page).toHaveURL(`/contacts/${contactId}`);
    // Keeping mine was a choice made with their changes in view: the form's values are what is saved.
    expect(await api.getProfile(admin, contactId)).toMatchObject({
      name: 'My version',
      emails: [{ address: email }],
      customFields: { [FIELDS.profileTier.field]: 'silver' },
    });
  });

  test("taking the server's values replaces the form with them", async ({ page, api, admin, profileForm: form }) => {
    const email = uniqueEmail('take.');
    const contactId = await api.createProfile(admin, { name: `Eva ${unique()}`, emails: [email] });
    await form.gotoEdit(contactId);
    await form.name().fill('Mine');
    const theirPhone = uniquePhone();
    await api.call('POST', 'omnichannel/contacts.update', {
      auth: admin,
      body: { contactId, name: 'Theirs', phones: [theirPhone] },
    });
    await form.save().click();
    await page.getByRole('button', { name: "Use the server's values" }).click();
    await expect(form.name()).toHaveValue('Theirs');
    await expect(form.phone()).toHaveValue(theirPhone);
  });

  test('when the changed-meanwhile check fails, nothing is saved and Retry saves', async ({
    page,
    api,
    admin,
    profileForm: form,
  }) => {
    const saves = form.watchSaves();
    const contactId = await api.createProfile(admin, { name: `Check Fails ${unique()}` });
    await form.gotoEdit(contactId);
    await page.route('**/api/v1/omnichannel/contacts.get?**', (route) =>
      route.fulfill({ status: 500, json: { success: false, error: 'Internal server error' } }),
    );
    await form.name().fill('Checked first');
    await form.save().click();
    const alert = form.alert('The contact was not saved');
    await expect(alert).toContainText('HTTP 500');
    await expect(page).toHaveURL(`/contacts/${contactId}/edit`);
    expect(saves).toEqual([]);

    await page.unroute('**/api/v1/omnichannel/contacts.get?**');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page).toHaveURL(`/contacts/${contactId}`);
    expect((await api.getProfile(admin, contactId)).name).toBe('Checked first');
  });

  test('a contact deleted meanwhile is said so, and not saved', async ({ page, api, admin, profileForm: form }) => {
    const saves = form.watchSaves();
    const contactId = await api.createProfile(admin, { name: `Gone ${unique()}` });
    await form.gotoEdit(contactId);
    // As Rocket.Chat answers contacts.get for a deleted contact.
    await page.route('**/api/v1/omnichannel/contacts.get?**', (route) =>
      route.fulfill({ status: 404, json: { success: false, error: 'Contact not found' } }),
    );
    await form.name().fill('Too late');
    await form.save().click();
    await expect(form.alert('The contact was not saved')).toContainText('no longer has this contact');
    await expect(page).toHaveURL(`/contacts/${contactId}/edit`);
    expect(saves).toEqual([]);
  });
});

test.describe('Saving a profile without the permission', () => {
  test.describe.configure({ mode: 'serial' });

  /** A monitor of its own: only livechat-monitor loses the permission, which no other spec relies on. */
  async function logInAsMonitor(
    createMonitor: (name: string) => Promise<{ username: string; password: string }>,
    loginPage: { goto(): Promise<void>; logIn(u: string, p: string): Promise<void> },
    page: Page,
  ) {
    const { username, password } = await createMonitor('Moe Monitor');
    await loginPage.goto();
    await loginPage.logIn(username, password);
    await expect(page.getByLabel('Signed in as Moe Monitor')).toBeVisible();
  }

  const withoutMonitor = (permissionRoles: PermissionChanges, permission: string) =>
    permissionRoles.set(permission, ['livechat-manager', 'livechat-agent', 'admin']);

  test('creating: the 403 names create-livechat-contact and the draft stays', async ({
    page,
    loginPage,
    createMonitor,
    permissionRoles,
    profileForm: form,
  }) => {
    await logInAsMonitor(createMonitor, loginPage, page);
    const name = `Not allowed ${unique()}`;
    await form.gotoNew();
    await form.name().fill(name);
    await withoutMonitor(permissionRoles, 'create-livechat-contact');
    await form.save().click();
    const notice = form.alert("You don't have permission to create contact profiles");
    await expect(notice).toContainText('create-livechat-contact');
    await expect(form.name()).toHaveValue(name);
    await expectAccessible(page);
    await permissionRoles.restore();
    // The draft outlived the refusal: once the permission is back, it returns and saves.
    await page.reload();
    await expect(page.getByText('Unsaved changes restored')).toBeVisible();
    await expect(form.name()).toHaveValue(name);
    await form.save().click();
    await expect(page.getByText('Contact saved')).toBeVisible();
  });

  test('editing: the 403 names update-livechat-contact and the draft stays', async ({
    page,
    api,
    admin,
    loginPage,
    createMonitor,
    permissionRoles,
    profileForm: form,
  }) => {
    const contactId = await api.createProfile(admin, { name: `Ivo ${unique()}` });
    await logInAsMonitor(createMonitor, loginPage, page);
    await form.gotoEdit(contactId);
    await form.name().fill('Refused rename');
    await withoutMonitor(permissionRoles, 'update-livechat-contact');
    await form.save().click();
    await expect(form.alert("You don't have permission to edit contact profiles")).toContainText(
      'update-livechat-contact',
    );
    await expect(form.name()).toHaveValue('Refused rename');
    await permissionRoles.restore();
    await page.reload();
    await expect(form.name()).toHaveValue('Refused rename');
  });
});
