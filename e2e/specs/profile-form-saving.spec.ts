// Saving a contact profile when the network or the session fails on the way: nothing is lost, nothing made twice.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { unique } from '../support/rest.ts';
import { uniqueEmail, uniquePhone } from '../support/unique-values.ts';
import { delayRequests, holdRequests, loseFirstAnswer } from '../support/request-control.ts';
import { profilesFound } from '../support/contact-searches.ts';

test.describe('Create and edit a contact profile', () => {
  test.use({ role: 'agent' });

  test('a session revoked mid-save goes to login and back to the same draft, which then saves', async ({
    page,
    api,
    admin,
    session,
    loginPage,
    profileForm: form,
  }) => {
    const email = uniqueEmail('relogin.');
    const contactId = await api.createProfile(admin, { name: `Fabio ${unique()}`, emails: [email] });
    const phone = uniquePhone();
    await form.gotoEdit(contactId);
    await form.name().fill('Saved after login');
    await form.addPhone().click();
    const checked = page.waitForResponse((response) => response.url().includes('contacts.checkExistence'));
    await form.phone().fill(phone);
    // The duplicate check would meet the revoked token first: let it finish, so the save is what hits the 401.
    await checked;
    await expect(page.getByText('Checking…')).toHaveCount(0);
    await api.logout(session!);

    await form.saveThroughLogin(loginPage, contactId);
    await expect(form.name()).toHaveValue('Saved after login');
    await expect(form.phone()).toHaveValue(phone);
    await form.save().click();
    await expect(page).toHaveURL(`/contacts/${contactId}`);
    expect(await api.getProfile(admin, contactId)).toMatchObject({
      name: 'Saved after login',
      emails: [{ address: email }],
      phones: [{ phoneNumber: phone }],
    });
  });

  // The server saves the contact; its answer never arrives, or is not what Rocket.Chat sends.
  for (const { title, prefix, lose, says } of [
    {
      title: 'a create whose answer is lost is retried without making a second contact',
      prefix: 'once.',
      lose: (page: Page) => loseFirstAnswer(page, '**/api/v1/omnichannel/contacts'),
      says: 'could not be reached',
    },
    {
      title: 'a create answered with an unreadable body is found on Retry, not made again',
      prefix: 'garbled.',
      lose: (page: Page) =>
        loseFirstAnswer(page, '**/api/v1/omnichannel/contacts', (route, response) =>
          route.fulfill({ response, json: { success: true } }),
        ),
      says: 'does not understand',
    },
  ])
    test(title, async ({ page, api, admin, profileForm: form }) => {
      const creates = form.watchCreates();
      const email = uniqueEmail(prefix);
      const name = `Only Once ${unique()}`;
      await lose(page);
      await form.startNew(name, email);
      await form.save().click();
      const alert = form.alert('The contact was not saved');
      await expect(alert).toContainText(says);
      await expect(form.name()).toHaveValue(name);
      // The contact that attempt made is this one, not a duplicate of it.
      await expect(form.email()).not.toHaveAccessibleDescription(/already exists/);
      await expectAccessible(page);

      await alert.getByRole('button', { name: 'Retry' }).click();
      const id = await form.savedId();
      expect(creates).toHaveLength(1);
      const found = await profilesFound(api, admin, email);
      expect(found.map((contact) => contact._id)).toEqual([id]);
    });

  test('after a lost create the changed form updates the contact that attempt made', async ({
    page,
    api,
    admin,
    profileForm: form,
  }) => {
    const email = uniqueEmail('changed.');
    await loseFirstAnswer(page, '**/api/v1/omnichannel/contacts', (route) =>
      route.fulfill({ status: 502, json: { success: false, error: 'Bad gateway' } }),
    );
    await form.startNew('First try', email);
    await form.save().click();
    await expect(form.alert('The contact was not saved')).toContainText('502');
    await form.name().fill('Second try');
    await form.save().click();
    await form.savedId();
    const found = await profilesFound(api, admin, email);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Second try', emails: [{ address: email }] });
  });

  test('saving shows its progress, accessibly', async ({ page, profileForm: form }) => {
    const release = await holdRequests(page, '**/api/v1/omnichannel/contacts');
    await form.gotoNew();
    await form.name().fill(`Slow Save ${unique()}`);
    await form.save().click();
    await expect(form.save()).toHaveAttribute('data-loading', 'true');
    await expectAccessible(page);
    release();
    await form.savedId();
  });

  test('a second Ctrl+Enter while saving sends no second create', async ({ page, api, admin, profileForm: form }) => {
    const creates = form.watchCreates();
    const email = uniqueEmail('keys.');
    const release = await holdRequests(page, '**/api/v1/omnichannel/contacts');
    await form.startNew(`Twice Pressed ${unique()}`, email);
    await form.name().press('Control+Enter');
    await expect(form.save()).toHaveAttribute('data-loading', 'true');
    await form.name().press('Control+Enter');
    await form.name().press('Control+Enter');
    release();
    await form.savedId();
    expect(creates).toHaveLength(1);
    expect(await profilesFound(api, admin, email)).toHaveLength(1);
  });

  test('Retry pressed twice sends one create', async ({ page, api, admin, profileForm: form }) => {
    const creates = form.watchCreates();
    const [typo, email] = [uniqueEmail('retry.typo.'), uniqueEmail('retry.twice.')];
    let calls = 0;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/omnichannel/contacts', async (route) => {
      calls += 1;
      // The first attempt never reaches the server; the next ones wait until released.
      if (calls === 1) return route.fulfill({ status: 503, json: { success: false, error: 'Unavailable' } });
      await held;
      await route.continue();
    });
    await form.startNew(`Retry Twice ${unique()}`, typo);
    await form.save().click();
    const retry = form.alert('The contact was not saved').getByRole('button', { name: 'Retry' });
    await expect(retry).toBeVisible();
    // A slow duplicate check of a changed email: Retry is still there while the first retry checks.
    await delayRequests(page, '**/api/v1/omnichannel/contacts.checkExistence**', 3000);
    await form.email().fill(email);
    await retry.click();
    await expect(form.save()).toHaveAttribute('data-loading', 'true');
    // At once, while the first retry still checks (a pointer click would wait for the layout to settle).
    await retry.dispatchEvent('click');
    release();
    await form.savedId();
    expect(creates).toHaveLength(2);
    expect(await profilesFound(api, admin, email)).toHaveLength(1);
  });

  test('discarding a draft after a lost create starts afresh: another person is a new contact', async ({
    page,
    api,
    admin,
    profileForm: form,
  }) => {
    const creates = form.watchCreates();
    const [lostEmail, nextEmail] = [uniqueEmail('lost.'), uniqueEmail('next.')];
    const lostName = `Lost Create ${unique()}`;
    await loseFirstAnswer(page, '**/api/v1/omnichannel/contacts'); // The server saves it; the answer never arrives.
    await form.startNew(lostName, lostEmail);
    await form.save().click();
    await expect(form.alert('The contact was not saved')).toBeVisible();

    // Started again from a search for someone else: the stored draft comes back, and is discarded.
    const nextName = `Next Person ${unique()}`;
    await form.gotoNew(new URLSearchParams({ email: nextEmail, name: nextName }).toString());
    await expect(page.getByText('Unsaved changes restored')).toBeVisible();
    await expect(form.name()).toHaveValue(lostName);
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect(form.name()).toHaveValue(nextName);
    await expect(form.email()).toHaveValue(nextEmail);
    await form.save().click();
    const id = await form.savedId();

    expect(creates).toHaveLength(2);
    const lost = await profilesFound(api, admin, lostEmail);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ name: lostName, emails: [{ address: lostEmail }] });
    expect(lost[0]?._id).not.toBe(id);
    expect(await api.getProfile(admin, id)).toMatchObject({ name: nextName, emails: [{ address: nextEmail }] });
  });
});
