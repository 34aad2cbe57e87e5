import type { Page } from '@playwright/test';
import { test, expect, type PermissionChanges } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { ProfileFormPage } from '../pages/profile-form-page.ts';
import { unique, uniqueToken } from '../support/rest.ts';
import { addRequiredFieldInBrowser } from '../support/browser-only-fields.ts';
import { accountOf } from '../support/accounts.ts';
import { FIELDS } from '../support/shared-fields.ts';

const uniqueEmail = (prefix: string) => `${unique(prefix)}@example.com`;
const digits = (count: number) => String(Math.floor(Math.random() * 10 ** count)).padStart(count, '0');
/** A Brazilian landline as people type it, and as Rocket.Chat should store it. */
const brazilianPhone = () => {
  const [a, b] = [digits(3), digits(4)];
  return { typed: `(51) 3${a}-${b}`, e164: `+55513${a}${b}` };
};
const uniquePhone = () => `+1555${digits(7)}`;

/** Every `POST omnichannel/contacts` (create) and `contacts.update` body the page sends. */
const watchSaves = (page: Page) => {
  const saves: { path: string; body: unknown }[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === 'POST' && /\/api\/v1\/omnichannel\/contacts(\.update)?$/.test(path))
      saves.push({ path, body: request.postDataJSON() });
  });
  return saves;
};

test.describe('Create and edit a contact profile', () => {
  test.use({ role: 'agent' });

  test('creates a profile with every kind of field, then adds and removes emails and phones', async ({
    page,
    api,
    session,
  }) => {
    // A long flow with the form screen's first axe scans (light and dark) on a 2-core machine.
    test.slow();
    const form = new ProfileFormPage(page);
    const name = `Beatriz Campos ${unique()}`;
    const [home, work] = [uniqueEmail('bia.'), uniqueEmail('bia.work.')];
    const [landline, mobile] = [brazilianPhone(), brazilianPhone()];
    await form.gotoNew();
    await expect(page.getByRole('heading', { name: 'New contact profile' })).toBeVisible();
    await expectAccessible(page);

    await form.name().fill(name);
    await form.addEmail().click();
    await expect(form.email(0)).toBeFocused();
    await form.email(0).fill(home);
    await form.addEmail().click();
    await form.email(1).fill(work.toUpperCase());
    await expect(page.getByText(`Will be saved as ${work}`)).toBeVisible();
    await form.chooseRegion('Brazil (BR)');
    await form.addPhone().click();
    await form.phone(0).fill(landline.typed);
    await form.addPhone().click();
    await form.phone(1).fill(mobile.typed);
    await expect(page.getByText(`Will be saved as ${landline.e164}`)).toBeVisible();
    await form.field(FIELDS.profileTier.label).selectOption('gold');
    await form.field(FIELDS.profileAccount.label).fill('AC-1234');
    await form.chooseManager(accountOf('manager').label);
    await form.save().click();

    await expect(page.getByText('Contact saved')).toBeVisible();
    await expect(page).toHaveURL(/\/contacts\/(?!new$)[^/]+$/);
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    const id = page.url().split('/').pop()!;
    const managerId = (await api.call('GET', 'me', { auth: await api.login('manager') })).body._id;
    expect(await api.getProfile(session!, id)).toMatchObject({
      name,
      emails: [{ address: home }, { address: work }],
      phones: [{ phoneNumber: landline.e164 }, { phoneNumber: mobile.e164 }],
      customFields: { [FIELDS.profileTier.field]: 'gold', [FIELDS.profileAccount.field]: 'AC-1234' },
      contactManager: managerId,
    });

    // Edit: drop the first email and the second phone, add one of each.
    const extra = uniqueEmail('bia.extra.');
    const third = uniquePhone();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(form.email(0)).toHaveValue(home);
    await form.removeEmail(0).click();
    await expect(form.emails()).toHaveCount(1);
    await expect(form.email(0)).toHaveValue(work);
    await form.addEmail().click();
    await form.email(1).fill(extra);
    await form.removePhone(1).click();
    await form.addPhone().click();
    await form.phone(1).fill(third);
    await expectAccessible(page);
    await form.save().click();
    await expect(page).toHaveURL(`/contacts/${id}`);
    expect(await api.getProfile(session!, id)).toMatchObject({
      name,
      emails: [{ address: work }, { address: extra }],
      phones: [{ phoneNumber: landline.e164 }, { phoneNumber: third }],
      customFields: { [FIELDS.profileTier.field]: 'gold', [FIELDS.profileAccount.field]: 'AC-1234' },
      contactManager: managerId,
    });
  });

  test('every validation message shows at its field and blocks the request', async ({ page }) => {
    await addRequiredFieldInBrowser(page, 'prfRequired', 'Profile Required');
    const saves = watchSaves(page);
    const form = new ProfileFormPage(page);
    const repeated = uniqueEmail('twice.');
    await form.gotoNew();
    await form.name().fill('   ');
    for (let i = 0; i < 4; i++) await form.addEmail().click();
    await form.email(1).fill('ana@');
    await form.email(2).fill(repeated);
    await form.email(3).fill(repeated.toUpperCase());
    await form.chooseRegion('United States (US)');
    for (let i = 0; i < 4; i++) await form.addPhone().click();
    await form.phone(1).fill('12');
    await form.phone(2).fill('(201) 555-0123');
    await form.phone(3).fill('+1 201 555 0123');
    await form.field(FIELDS.profileAccount.label).fill('AC-12');
    await form.save().click();

    await expect(form.name()).toHaveAccessibleDescription('Name required');
    await expect(form.email(0)).toHaveAccessibleDescription('Email required');
    await expect(form.email(1)).toHaveAccessibleDescription('Invalid email address');
    await expect(form.email(2)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(form.email(3)).toHaveAccessibleDescription(/Email already exists/);
    await expect(form.phone(0)).toHaveAccessibleDescription('Phone required');
    await expect(form.phone(1)).toHaveAccessibleDescription(/Not a valid phone number/);
    await expect(form.phone(3)).toHaveAccessibleDescription(/Phone already exists/);
    await expect(form.field(FIELDS.profileAccount.label)).toHaveAccessibleDescription(
      `Invalid value for ${FIELDS.profileAccount.label} field`,
    );
    await expect(form.field('Profile Required')).toHaveAccessibleDescription('Profile Required required');
    await expect(form.alert('Name required')).toBeVisible();
    await expect(form.alert('Email required')).toBeVisible();
    await expect(form.alert('Phone required')).toBeVisible();
    await expectAccessible(page);
    expect(saves).toEqual([]);

    // Fixed as it is typed: each message goes as soon as its value is right.
    await form.name().fill('Fixed Name');
    await expect(form.name()).not.toHaveAttribute('aria-invalid', 'true');
    await form.removeEmail(0).click();
    await expect(form.email(0)).toHaveValue('ana@');
  });

  test('an email or phone of another contact is caught while typing, and opens that contact', async ({
    page,
    api,
    admin,
  }) => {
    const existing = { name: `Carmen Ortiz ${unique()}`, email: uniqueEmail('carmen.'), phone: uniquePhone() };
    const existingId = await api.createProfile(admin, {
      name: existing.name,
      emails: [existing.email],
      phones: [existing.phone],
    });
    const saves = watchSaves(page);
    // Slow answers, so the checking state can be seen.
    await page.route('**/api/v1/omnichannel/contacts.checkExistence**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    const form = new ProfileFormPage(page);
    await form.gotoNew();
    await form.name().fill('Someone New');
    await form.addEmail().click();
    await form.email().fill(existing.email);
    await expect(page.getByText('Checking…')).toBeVisible();
    await expect(form.email()).toHaveAccessibleDescription(`Email already exists. Open ${existing.name}`);
    await form.chooseRegion('United States (US)');
    await form.addPhone().click();
    await form.phone().fill(existing.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3'));
    await expect(form.phone()).toHaveAccessibleDescription(
      new RegExp(`^Phone already exists\\. Open ${existing.name} Will be saved as \\${existing.phone}$`),
    );
    await expectAccessible(page);
    await form.save().click();
    // The submit path has run when it puts the focus on the first value it refused.
    await expect(form.email()).toBeFocused();
    expect(saves).toEqual([]);

    await page
      .getByRole('link', { name: `Open ${existing.name}` })
      .first()
      .click();
    await page.getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL(`/contacts/${existingId}`);
  });

  test('an unknown contact manager is shown at "Contact Manager"', async ({ page }) => {
    // The picker only offers agents: the request is changed on its way, as a stale list or another client would.
    await page.route('**/api/v1/omnichannel/contacts', async (route) => {
      const body = route.request().postDataJSON();
      await route.continue({ postData: JSON.stringify({ ...body, contactManager: unique('no-such-user-') }) });
    });
    const form = new ProfileFormPage(page);
    await form.gotoNew();
    await form.name().fill(`Manager Test ${unique()}`);
    await form.chooseManager(accountOf('manager').label);
    await form.save().click();
    await expect(form.manager()).toHaveAccessibleDescription(/no livechat agent with this user id/);
    await expect(form.alert('error-contact-manager-not-found')).toBeVisible();
    await expect(page).toHaveURL('/contacts/new');
    await expectAccessible(page);
  });

  test('a profile changed on the server meanwhile is never overwritten without a choice', async ({
    page,
    api,
    admin,
    session,
  }) => {
    const email = uniqueEmail('stale.');
    const contactId = await api.createProfile(admin, {
      name: `Dora Stale ${unique()}`,
      emails: [email],
      customFields: { [FIELDS.profileTier.field]: 'silver' },
    });
    const form = new ProfileFormPage(page);
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
    expect((await api.getProfile(session!, contactId)).name).toBe('Their version');

    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(form.name()).toHaveValue('My version');
    await expect(form.emails()).toHaveCount(1);
    await form.save().click();
    await expect(page).toHaveURL(`/contacts/${contactId}`);
    // Keeping mine was a choice made with their changes in view: the form's values are what is saved.
    expect(await api.getProfile(session!, contactId)).toMatchObject({
      name: 'My version',
      emails: [{ address: email }],
      customFields: { [FIELDS.profileTier.field]: 'silver' },
    });
  });

  test("taking the server's values replaces the form with them", async ({ page, api, admin }) => {
    const email = uniqueEmail('take.');
    const contactId = await api.createProfile(admin, { name: `Eva ${unique()}`, emails: [email] });
    const form = new ProfileFormPage(page);
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

  test('a session revoked mid-save goes to login and back to the same draft, which then saves', async ({
    page,
    api,
    admin,
    session,
    loginPage,
  }) => {
    const email = uniqueEmail('relogin.');
    const contactId = await api.createProfile(admin, { name: `Fabio ${unique()}`, emails: [email] });
    const phone = uniquePhone();
    const form = new ProfileFormPage(page);
    await form.gotoEdit(contactId);
    await form.name().fill('Saved after login');
    await form.addPhone().click();
    const checked = page.waitForResponse((response) => response.url().includes('contacts.checkExistence'));
    await form.phone().fill(phone);
    // The duplicate check would meet the revoked token first: let it finish, so the save is what hits the 401.
    await checked;
    await expect(page.getByText('Checking…')).toHaveCount(0);
    await api.logout(session!);

    await form.save().click();
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await loginPage.logInAs('agent');
    await expect(page).toHaveURL(`/contacts/${contactId}/edit`);
    await expect(page.getByText('Unsaved changes restored')).toBeVisible();
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

  test('a create whose answer is lost is retried without making a second contact', async ({ page, api, admin }) => {
    const saves = watchSaves(page);
    const email = uniqueEmail('once.');
    const name = `Only Once ${unique()}`;
    let first = true;
    await page.route('**/api/v1/omnichannel/contacts', async (route) => {
      if (!first) return route.continue();
      first = false;
      await route.fetch(); // The server saves it; the answer never arrives.
      await route.abort('connectionreset');
    });
    const form = new ProfileFormPage(page);
    await form.gotoNew();
    await form.name().fill(name);
    await form.addEmail().click();
    await form.email().fill(email);
    await form.save().click();
    const alert = form.alert('The contact was not saved');
    await expect(alert).toContainText('could not be reached');
    await expect(form.name()).toHaveValue(name);
    // The contact that attempt made is this one, not a duplicate of it.
    await expect(form.email()).not.toHaveAccessibleDescription(/already exists/);
    await expectAccessible(page);

    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page).toHaveURL(/\/contacts\/(?!new$)[^/]+$/);
    const id = page.url().split('/').pop()!;
    expect(saves.filter((save) => save.path.endsWith('/contacts'))).toHaveLength(1);
    const found = await api.call('GET', 'omnichannel/contacts.search', { auth: admin, query: { searchText: email } });
    expect(found.body.contacts.map((contact: { _id: string }) => contact._id)).toEqual([id]);
  });

  test('after a lost create the changed form updates the contact that attempt made', async ({ page, api, admin }) => {
    const email = uniqueEmail('changed.');
    let first = true;
    await page.route('**/api/v1/omnichannel/contacts', async (route) => {
      if (!first) return route.continue();
      first = false;
      await route.fetch();
      await route.fulfill({ status: 502, json: { success: false, error: 'Bad gateway' } });
    });
    const form = new ProfileFormPage(page);
    await form.gotoNew();
    await form.name().fill('First try');
    await form.addEmail().click();
    await form.email().fill(email);
    await form.save().click();
    await expect(form.alert('The contact was not saved')).toContainText('502');
    await form.name().fill('Second try');
    await form.save().click();
    await expect(page).toHaveURL(/\/contacts\/(?!new$)[^/]+$/);
    const found = await api.call('GET', 'omnichannel/contacts.search', { auth: admin, query: { searchText: email } });
    expect(found.body.contacts).toHaveLength(1);
    expect(found.body.contacts[0]).toMatchObject({ name: 'Second try', emails: [{ address: email }] });
  });

  test('saving shows its progress, accessibly', async ({ page }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/omnichannel/contacts', async (route) => {
      await held;
      await route.continue();
    });
    const form = new ProfileFormPage(page);
    await form.gotoNew();
    await form.name().fill(`Slow Save ${unique()}`);
    await form.save().click();
    await expect(form.save()).toHaveAttribute('data-loading', 'true');
    await expectAccessible(page);
    release();
    await expect(page).toHaveURL(/\/contacts\/(?!new$)[^/]+$/);
  });

  test('values of custom fields the workspace no longer shows are named and kept', async ({
    page,
    api,
    admin,
    session,
  }) => {
    const field = unique('prfOld');
    await api.saveCustomField(admin, { field, label: `Old ${field}` });
    const contactId = await api.createProfile(admin, { name: `Gil ${unique()}`, customFields: { [field]: 'legacy' } });
    // Hidden definitions are not validated by Rocket.Chat: the stored value becomes "not registered".
    await api.saveCustomField(admin, { field, label: `Old ${field}`, visibility: 'hidden' });
    const form = new ProfileFormPage(page);
    await form.gotoEdit(contactId);
    await expect(
      page.getByText(`Rocket.Chat keeps them as they are when you save: Old ${field} (legacy)`),
    ).toBeVisible();
    await form.name().fill('Renamed');
    await form.save().click();
    await expect(page).toHaveURL(`/contacts/${contactId}`);
    expect((await api.getProfile(session!, contactId)).customFields).toMatchObject({ [field]: 'legacy' });
  });

  test('a contact manager cannot be removed, and the form says so before Rocket.Chat ignores it', async ({
    page,
    api,
    admin,
  }) => {
    const saves = watchSaves(page);
    const managerId = (await api.call('GET', 'me', { auth: await api.login('manager') })).body._id;
    const contactId = await api.createProfile(admin, { name: `Hana ${unique()}`, contactManager: managerId });
    const form = new ProfileFormPage(page);
    await form.gotoEdit(contactId);
    await form.chooseManager('No contact manager');
    await form.save().click();
    await expect(form.manager()).toHaveAccessibleDescription(/can't remove a contact profile's manager/);
    expect(saves).toEqual([]);
  });

  test('conflicting values stay for review: the form says so, the saved contact shows them', async ({
    page,
    api,
    admin,
    session,
  }) => {
    const email = uniqueEmail('conflict.');
    const contactId = await api.createProfile(admin, {
      name: `Original ${unique()}`,
      emails: [email],
      contactManager: session!.userId,
    });
    // ContactMerger: a visitor with the same email and another name joins the contact; the name becomes a conflict.
    const token = uniqueToken();
    await api.registerVisitorContact(admin, { token, name: `Other ${unique()}`, email });
    await api.openRoom(token);
    expect((await api.getProfile(admin, contactId)).conflictingFields).toHaveLength(1);

    const form = new ProfileFormPage(page);
    await form.gotoEdit(contactId);
    await expect(page.getByText('One conflicting value waits for review on the contact page')).toBeVisible();
    await form.addPhone().click();
    await form.phone().fill(uniquePhone());
    await form.save().click();
    await expect(page.getByText('One conflicting value waits for review.')).toBeVisible();
    await expect(page).toHaveURL(`/contacts/${contactId}`);
    await expect(page.getByRole('alert').filter({ hasText: 'Conflicts found' })).toBeVisible();
  });

  test('"New contact" on the search screen starts a contact profile (7.1+) from what was searched', async ({
    page,
  }) => {
    const email = uniqueEmail('fresh.');
    await page.goto(`/search?email=${encodeURIComponent(email)}`);
    await page.getByRole('link', { name: 'New contact', exact: true }).click();
    const form = new ProfileFormPage(page);
    await expect(page).toHaveURL(/\/contacts\/new\?/);
    await expect(form.email()).toHaveValue(email);
  });

  test('a second Ctrl+Enter while saving sends no second create', async ({ page, api, admin }) => {
    const saves = watchSaves(page);
    const email = uniqueEmail('keys.');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/omnichannel/contacts', async (route) => {
      await held;
      await route.continue();
    });
    const form = new ProfileFormPage(page);
    await form.gotoNew();
    await form.name().fill(`Twice Pressed ${unique()}`);
    await form.addEmail().click();
    await form.email().fill(email);
    await form.name().press('Control+Enter');
    await expect(form.save()).toHaveAttribute('data-loading', 'true');
    await form.name().press('Control+Enter');
    await form.name().press('Control+Enter');
    release();
    await expect(page).toHaveURL(/\/contacts\/(?!new$)[^/]+$/);
    expect(saves.filter((save) => save.path.endsWith('/contacts'))).toHaveLength(1);
    const found = await api.call('GET', 'omnichannel/contacts.search', { auth: admin, query: { searchText: email } });
    expect(found.body.contacts).toHaveLength(1);
  });

  test('Retry pressed twice sends one create', async ({ page, api, admin }) => {
    const saves = watchSaves(page);
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
    const form = new ProfileFormPage(page);
    await form.gotoNew();
    await form.name().fill(`Retry Twice ${unique()}`);
    await form.addEmail().click();
    await form.email().fill(typo);
    await form.save().click();
    const retry = form.alert('The contact was not saved').getByRole('button', { name: 'Retry' });
    await expect(retry).toBeVisible();
    // A slow duplicate check of a changed email: Retry is still there while the first retry checks.
    await page.route('**/api/v1/omnichannel/contacts.checkExistence**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    await form.email().fill(email);
    await retry.click();
    await expect(form.save()).toHaveAttribute('data-loading', 'true');
    // At once, while the first retry still checks (a pointer click would wait for the layout to settle).
    await retry.dispatchEvent('click');
    release();
    await expect(page).toHaveURL(/\/contacts\/(?!new$)[^/]+$/);
    expect(saves.filter((save) => save.path.endsWith('/contacts'))).toHaveLength(2);
    const found = await api.call('GET', 'omnichannel/contacts.search', { auth: admin, query: { searchText: email } });
    expect(found.body.contacts).toHaveLength(1);
  });

  test('a create answered with an unreadable body is found on Retry, not made again', async ({ page, api, admin }) => {
    const saves = watchSaves(page);
    const email = uniqueEmail('garbled.');
    let first = true;
    await page.route('**/api/v1/omnichannel/contacts', async (route) => {
      if (!first) return route.continue();
      first = false;
      const response = await route.fetch(); // The server saves it; the answer is not what Rocket.Chat sends.
      await route.fulfill({ response, json: { success: true } });
    });
    const form = new ProfileFormPage(page);
    await form.gotoNew();
    await form.name().fill(`Garbled ${unique()}`);
    await form.addEmail().click();
    await form.email().fill(email);
    await form.save().click();
    const alert = form.alert('The contact was not saved');
    await expect(alert).toContainText('does not understand');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page).toHaveURL(/\/contacts\/(?!new$)[^/]+$/);
    const id = page.url().split('/').pop()!;
    expect(saves.filter((save) => save.path.endsWith('/contacts'))).toHaveLength(1);
    const found = await api.call('GET', 'omnichannel/contacts.search', { auth: admin, query: { searchText: email } });
    expect(found.body.contacts.map((contact: { _id: string }) => contact._id)).toEqual([id]);
  });

  test('discarding a draft after a lost create starts afresh: another person is a new contact', async ({
    page,
    api,
    admin,
  }) => {
    const saves = watchSaves(page);
    const [lostEmail, nextEmail] = [uniqueEmail('lost.'), uniqueEmail('next.')];
    const lostName = `Lost Create ${unique()}`;
    let first = true;
    await page.route('**/api/v1/omnichannel/contacts', async (route) => {
      if (!first) return route.continue();
      first = false;
      await route.fetch(); // The server saves it; the answer never arrives.
      await route.abort('connectionreset');
    });
    const form = new ProfileFormPage(page);
    await form.gotoNew();
    await form.name().fill(lostName);
    await form.addEmail().click();
    await form.email().fill(lostEmail);
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
    await expect(page).toHaveURL(/\/contacts\/(?!new\b)[^/?]+$/);
    const id = page.url().split('/').pop()!;

    expect(saves.filter((save) => save.path.endsWith('/contacts'))).toHaveLength(2);
    const lost = await api.call('GET', 'omnichannel/contacts.search', {
      auth: admin,
      query: { searchText: lostEmail },
    });
    expect(lost.body.contacts).toHaveLength(1);
    expect(lost.body.contacts[0]).toMatchObject({ name: lostName, emails: [{ address: lostEmail }] });
    expect(lost.body.contacts[0]._id).not.toBe(id);
    expect(await api.getProfile(admin, id)).toMatchObject({ name: nextName, emails: [{ address: nextEmail }] });
  });

  test('when the changed-meanwhile check fails, nothing is saved and Retry saves', async ({ page, api, admin }) => {
    const saves = watchSaves(page);
    const contactId = await api.createProfile(admin, { name: `Check Fails ${unique()}` });
    const form = new ProfileFormPage(page);
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

  test('a contact deleted meanwhile is said so, and not saved', async ({ page, api, admin }) => {
    const saves = watchSaves(page);
    const contactId = await api.createProfile(admin, { name: `Gone ${unique()}` });
    const form = new ProfileFormPage(page);
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

  test('"New contact" keeps the phone region of the search', async ({ page }) => {
    const phone = brazilianPhone();
    await page.goto(`/search?${new URLSearchParams({ phone: phone.typed, region: 'BR' })}`);
    await page.getByRole('link', { name: 'New contact', exact: true }).click();
    const form = new ProfileFormPage(page);
    await expect(form.phone()).toHaveValue(phone.typed);
    await expect(form.region()).toHaveValue('BR');
    await expect(form.phone()).toHaveAccessibleDescription(new RegExp(`Will be saved as \\${phone.e164}`));
  });

  test('the search lists contact profiles made from conversations (unknown contacts) too', async ({ page, api }) => {
    const email = uniqueEmail('from.chat.');
    const name = `From Chat ${unique()}`;
    const token = uniqueToken();
    await api.createLivechatVisitor({ token, name, email });
    await api.openRoom(token);
    await page.goto(`/search?${new URLSearchParams({ email })}`);
    const section = page.getByRole('region', { name: 'Contact profiles' });
    await expect(section.getByRole('link', { name })).toBeVisible();
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
  }) => {
    await logInAsMonitor(createMonitor, loginPage, page);
    const form = new ProfileFormPage(page);
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
  }) => {
    const contactId = await api.createProfile(admin, { name: `Ivo ${unique()}` });
    await logInAsMonitor(createMonitor, loginPage, page);
    const form = new ProfileFormPage(page);
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
