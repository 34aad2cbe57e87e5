import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { VisitorFormPage } from '../pages/visitor-form-page.ts';
import { unique, type Credentials, type RestClient } from '../support/rest.ts';
import { addRequiredFieldInBrowser } from '../support/browser-only-fields.ts';
import { accountOf } from '../support/accounts.ts';
import { FIELDS } from '../support/shared-fields.ts';

async function existingVisitor(api: RestClient, admin: Credentials) {
  const id = unique();
  const email = `kenji.${id}@example.com`;
  const phone = `+8190${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const visitorId = await api.registerVisitorContact(admin, {
    name: `Kenji Watanabe ${id}`,
    email,
    phone,
    customFields: { [FIELDS.formPlan.field]: 'pro', [FIELDS.formCustomer.field]: '123456' },
    contactManager: { username: accountOf('manager').username },
  });
  return { visitorId, email, phone, name: `Kenji Watanabe ${id}` };
}

/** Someone else saves the visitor meanwhile, the way Rocket.Chat's own UI would: every value sent. */
async function changeOnServer(
  api: RestClient,
  admin: Credentials,
  existing: Awaited<ReturnType<typeof existingVisitor>>,
  change: { name: string; frmPlan: string },
): Promise<void> {
  const stored = await api.getVisitor(admin, existing.visitorId);
  await api.call('POST', 'omnichannel/contact', {
    auth: admin,
    body: {
      token: stored.token,
      name: change.name,
      email: existing.email,
      phone: existing.phone,
      customFields: { [FIELDS.formPlan.field]: change.frmPlan, [FIELDS.formCustomer.field]: '123456' },
      contactManager: { username: accountOf('manager').username },
    },
  });
}

const countSaves = (page: Page) => {
  const saves: unknown[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/omnichannel/contact'))
      saves.push(request.postDataJSON());
  });
  return saves;
};

test.describe('Register and edit a visitor contact', () => {
  test.use({ role: 'agent' });

  test('registers every kind of field; Rocket.Chat stores the E.164 phone and the custom field map', async ({
    page,
    api,
    session,
  }) => {
    const form = new VisitorFormPage(page);
    const email = `${unique('ana.')}@example.com`;
    await form.gotoNew();
    await expectAccessible(page);

    await form.name().fill('Ana Luísa Gonçalves');
    await form.email().fill(email);
    await form.chooseRegion('Brazil (BR)');
    const line = String(Math.floor(Math.random() * 1e7)).padStart(7, '0'); // a unique Porto Alegre landline
    await form.phone().fill(`(51) 3${line.slice(0, 3)}-${line.slice(3)}`);
    await expect(page.getByText(`Will be saved as +55513${line}`)).toBeVisible();
    await form.field(FIELDS.formPlan.label).selectOption('enterprise');
    await form.field(FIELDS.formCustomer.label).fill('654321');
    await form.chooseManager(accountOf('manager').label);
    await form.save().click();

    await expect(page.getByText('Contact saved')).toBeVisible();
    await expect(page).toHaveURL(/\/visitors\/(?!new$)[^/]+$/);
    await expect(page.getByRole('heading', { name: 'Ana Luísa Gonçalves' })).toBeVisible();
    const id = page.url().split('/').pop()!;
    const stored = await api.getVisitor(session!, id);
    expect(stored).toMatchObject({
      name: 'Ana Luísa Gonçalves',
      visitorEmails: [{ address: email }],
      phone: [{ phoneNumber: `+55513${line}` }],
      livechatData: { [FIELDS.formPlan.field]: 'enterprise', [FIELDS.formCustomer.field]: '654321' },
      contactManager: { username: accountOf('manager').username },
    });
  });

  test('every validation message shows at its field and blocks the request', async ({ page }) => {
    await addRequiredFieldInBrowser(page, 'frmRequired', 'Form Required');
    const saves = countSaves(page);
    const form = new VisitorFormPage(page);
    await form.gotoNew();
    await form.name().fill('   ');
    await form.email().fill('ana@');
    await form.phone().fill('12');
    await form.field(FIELDS.formCustomer.label).fill('12ab');
    await form.save().click();

    await expect(form.name()).toHaveAccessibleDescription('Name required');
    await expect(form.email()).toHaveAccessibleDescription('Invalid email address');
    await expect(form.phone()).toHaveAccessibleDescription(/Not a valid phone number/);
    await expect(form.field(FIELDS.formCustomer.label)).toHaveAccessibleDescription(
      `Invalid value for ${FIELDS.formCustomer.label} field`,
    );
    await expect(form.field('Form Required')).toHaveAccessibleDescription('Form Required required');
    await expect(page.getByRole('alert').filter({ hasText: 'Name required' })).toBeVisible();
    await expectAccessible(page);
    expect(saves).toEqual([]);
  });

  test('an email that belongs to another contact is caught while typing, and opens it', async ({
    page,
    api,
    admin,
  }) => {
    const existing = await existingVisitor(api, admin);
    const saves = countSaves(page);
    // Slow answers, so the checking state can be seen.
    await page.route('**/api/v1/omnichannel/contact.search**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    const form = new VisitorFormPage(page);
    await form.gotoNew();
    await form.name().fill('Someone New');
    await form.email().fill(existing.email.toUpperCase());
    await expect(page.getByText('Checking…')).toBeVisible();
    await expect(page.getByText('Email already exists')).toBeVisible();
    await expectAccessible(page);
    await form.save().click();
    // The submit path has run when it puts the focus on the field it refused.
    await expect(form.email()).toBeFocused();
    expect(saves).toEqual([]);

    await page.getByRole('link', { name: `Open ${existing.name}` }).click();
    await expect(page.getByRole('button', { name: 'Leave' })).toBeVisible();
    await page.getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}`);
  });

  test('editing only the name keeps the email, phone, manager and every custom field', async ({
    page,
    api,
    admin,
    session,
  }) => {
    const existing = await existingVisitor(api, admin);
    const form = new VisitorFormPage(page);
    await form.gotoEdit(existing.visitorId);
    await expect(form.email()).toHaveValue(existing.email);
    await expectAccessible(page);
    await form.name().fill(`${existing.name} Jr.`);
    await form.name().press('Control+Enter');
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}`);

    expect(await api.getVisitor(session!, existing.visitorId)).toMatchObject({
      name: `${existing.name} Jr.`,
      visitorEmails: [{ address: existing.email }],
      phone: [{ phoneNumber: existing.phone }],
      livechatData: { [FIELDS.formPlan.field]: 'pro', [FIELDS.formCustomer.field]: '123456' },
      contactManager: { username: accountOf('manager').username },
    });
  });

  test('a contact changed on the server meanwhile is never overwritten without a choice', async ({
    page,
    api,
    admin,
    session,
  }) => {
    const existing = await existingVisitor(api, admin);
    const form = new VisitorFormPage(page);
    await form.gotoEdit(existing.visitorId);
    await form.name().fill('My version');

    await changeOnServer(api, admin, existing, { name: 'Their version', frmPlan: 'free' });
    await form.save().click();

    const dialog = page.getByRole('dialog', { name: 'This contact changed while you were editing' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /Name/ })).toContainText('Their version');
    await expect(dialog.getByRole('row', { name: new RegExp(FIELDS.formPlan.label) })).toContainText('free');
    await expectAccessible(page);
    expect((await api.getVisitor(session!, existing.visitorId)).name).toBe('Their version');

    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(form.name()).toHaveValue('My version');
    await expect(form.field(FIELDS.formPlan.label)).toHaveValue('pro');

    await form.save().click();
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}`);
    expect((await api.getVisitor(session!, existing.visitorId)).name).toBe('My version');
  });

  test("taking the server's values replaces the form with them", async ({ page, api, admin }) => {
    const existing = await existingVisitor(api, admin);
    const form = new VisitorFormPage(page);
    await form.gotoEdit(existing.visitorId);
    await form.name().fill('Mine');
    await changeOnServer(api, admin, existing, { name: 'Theirs', frmPlan: 'pro' });
    await form.save().click();
    await page.getByRole('button', { name: "Use the server's values" }).click();
    await expect(form.name()).toHaveValue('Theirs');
  });

  test('a session revoked mid-save goes to login and back to the same draft, which then saves', async ({
    page,
    api,
    admin,
    session,
    loginPage,
  }) => {
    const existing = await existingVisitor(api, admin);
    const form = new VisitorFormPage(page);
    await form.gotoEdit(existing.visitorId);
    await form.name().fill('Saved after login');
    await form.field(FIELDS.formCustomer.label).fill('999999');
    await api.logout(session!);

    await form.save().click();
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await loginPage.logInAs('agent');
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}/edit`);
    await expect(page.getByText('Unsaved changes restored')).toBeVisible();
    await expect(form.name()).toHaveValue('Saved after login');
    await expect(form.field(FIELDS.formCustomer.label)).toHaveValue('999999');
    await form.save().click();
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}`);
    expect(await api.getVisitor(admin, existing.visitorId)).toMatchObject({
      name: 'Saved after login',
      livechatData: { [FIELDS.formCustomer.field]: '999999' },
    });
  });

  test('a save lost on the way back is retried without creating a second contact', async ({ page, api, admin }) => {
    const saves = countSaves(page);
    const email = `${unique('retry.')}@example.com`;
    let first = true;
    await page.route('**/api/v1/omnichannel/contact', async (route) => {
      if (!first) return route.continue();
      first = false;
      await route.fetch(); // The server saves it; the answer never arrives.
      await route.abort('connectionreset');
    });
    const form = new VisitorFormPage(page);
    await form.gotoNew();
    await form.name().fill('Only Once');
    await form.email().fill(email);
    await form.save().click();
    const alert = page.getByRole('alert').filter({ hasText: 'The contact was not saved' });
    await expect(alert).toContainText('could not be reached');
    await expect(form.name()).toHaveValue('Only Once');
    await expectAccessible(page);

    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page).toHaveURL(/\/visitors\/(?!new$)[^/]+$/);
    const id = page.url().split('/').pop()!;
    const tokens = saves.map((body) => (body as { token: string }).token);
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).toBe(tokens[0]);
    const stored = await api.getVisitor(admin, id);
    expect(stored.token).toBe(tokens[0]);
    const found = await api.call('GET', 'omnichannel/contact.search', { auth: admin, query: { email } });
    expect(found.body.contact._id).toBe(id);
  });

  test('a taken email is refused at save even before the check while typing has answered', async ({
    page,
    api,
    admin,
  }) => {
    const existing = await existingVisitor(api, admin);
    const saves = countSaves(page);
    const form = new VisitorFormPage(page);
    await form.gotoNew();
    await form.name().fill('Too Quick');
    await form.email().fill(existing.email);
    await form.email().press('Control+Enter'); // within the typing check's debounce
    await expect(form.email()).toHaveAccessibleDescription(/Email already exists/);
    expect(saves).toEqual([]);
    expect((await api.getVisitor(admin, existing.visitorId)).name).toBe(existing.name);
  });

  test('saving twice in a row sends one registration', async ({ page }) => {
    const saves = countSaves(page);
    const form = new VisitorFormPage(page);
    await form.gotoNew();
    await form.name().fill('Pressed Twice');
    await form.email().fill(`${unique('twice.')}@example.com`);
    // Both presses go out back to back, before the first save can answer.
    await form.email().focus();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+Enter');
    await expect(page).toHaveURL(/\/visitors\/(?!new)[^/]+$/);
    expect(saves).toHaveLength(1);
  });

  test('a draft kept through an expired session is not handed to the next person who logs in', async ({
    page,
    api,
    session,
    loginPage,
  }) => {
    const form = new VisitorFormPage(page);
    await form.gotoNew();
    await form.name().fill("Agatha's draft");
    await api.logout(session!);
    await page.reload();
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await loginPage.logInAs('manager');
    await expect(form.name()).toHaveValue('');
    await expect(page.getByText('Unsaved changes restored')).toHaveCount(0);
  });

  // On 7.1+ "New contact" creates a contact profile (profile-form.spec); a visitor contact is what 6.x creates.
  test('"New contact" on the search screen starts from the current search @rc6-only', async ({ page }) => {
    const email = `${unique('start.')}@example.com`;
    await page.goto(`/search?email=${encodeURIComponent(email)}`);
    await page.getByRole('link', { name: 'New contact', exact: true }).click();
    await expect(new VisitorFormPage(page).email()).toHaveValue(email);
  });

  test('leaving a form with changes asks first; a reload brings the draft back', async ({ page }) => {
    const form = new VisitorFormPage(page);
    await form.gotoNew();
    await form.name().fill('Half-typed');
    await page.getByRole('link', { name: 'Omnichannel Contacts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await expect(form.name()).toHaveValue('Half-typed');

    await page.reload();
    await expect(page.getByText('Unsaved changes restored')).toBeVisible();
    await expect(form.name()).toHaveValue('Half-typed');
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect(form.name()).toHaveValue('');
  });

  test("the browser's Back and Forward ask before leaving a changed form @rc6-only", async ({ page }) => {
    await page.goto(`/search?email=${encodeURIComponent(`${unique('back.')}@example.com`)}`);
    await page.getByRole('link', { name: 'New contact', exact: true }).click();
    const form = new VisitorFormPage(page);
    await form.name().fill('Half-typed');
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });

    await page.goBack();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await expect(page).toHaveURL(/\/visitors\/new/);
    await expect(form.name()).toHaveValue('Half-typed');

    // Forward too: leave through a link, come back to the restored draft, then go forward again.
    await page.getByRole('link', { name: 'Omnichannel Contacts' }).click();
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL('/');
    await page.goBack();
    await expect(form.name()).toHaveValue('Half-typed');
    await page.goForward();
    await dialog.getByRole('button', { name: 'Leave' }).click();
    await expect(page).toHaveURL('/');
  });

  test('values in hidden or deleted custom fields are named by label and removed only with consent', async ({
    page,
    api,
    admin,
    session,
  }) => {
    const existing = await existingVisitor(api, admin);
    const field = unique('frmHidden');
    await api.saveCustomField(admin, { field, label: `Secret ${field}` });
    const stored = await api.getVisitor(admin, existing.visitorId);
    await api.call('POST', 'omnichannel/contact', {
      auth: admin,
      body: {
        token: stored.token,
        name: existing.name,
        email: existing.email,
        phone: existing.phone,
        customFields: { [FIELDS.formPlan.field]: 'pro', [FIELDS.formCustomer.field]: '123456', [field]: 'keep me' },
        contactManager: { username: accountOf('manager').username },
      },
    });
    await api.saveCustomField(admin, { field, label: `Secret ${field}`, visibility: 'hidden' });
    const saves = countSaves(page);
    const form = new VisitorFormPage(page);
    await form.gotoEdit(existing.visitorId);
    await expect(page.getByText(`no visible custom field definition: Secret ${field}.`)).toBeVisible();
    await form.name().fill(`${existing.name} II`);
    await form.save().click();

    const dialog = page.getByRole('dialog', { name: 'Some values will be removed' });
    await expect(dialog.getByRole('listitem')).toHaveText([`Secret ${field}`]);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog).toBeHidden();
    expect(saves).toEqual([]);
    expect((await api.getVisitor(session!, existing.visitorId)).livechatData).toMatchObject({ [field]: 'keep me' });

    await form.save().click();
    await dialog.getByRole('button', { name: 'Remove them and save' }).click();
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}`);
    expect(saves).toHaveLength(1);
    expect((await api.getVisitor(session!, existing.visitorId)).name).toBe(`${existing.name} II`);
  });

  test('"Register new contact" after a search starts from what was searched', async ({ page }) => {
    const email = `${unique('fresh.')}@example.com`;
    await page.goto(`/search?email=${encodeURIComponent(email)}`);
    await page.getByRole('link', { name: 'Register new contact' }).click();
    const form = new VisitorFormPage(page);
    await expect(form.email()).toHaveValue(email);
  });
});

test.describe('Saving without the permission', () => {
  test.describe.configure({ mode: 'serial' });

  test('the 403 names the permission and the draft stays', async ({
    page,
    loginPage,
    createMonitor,
    permissionRoles,
  }) => {
    // A monitor of its own: only livechat-monitor loses view-l-room, which no other spec relies on.
    const { username, password } = await createMonitor('Mona Monitor');
    await loginPage.goto();
    await loginPage.logIn(username, password);
    await expect(page.getByLabel('Signed in as Mona Monitor')).toBeVisible();
    const form = new VisitorFormPage(page);
    await form.gotoNew();
    await form.name().fill('Not allowed');

    await permissionRoles.set('view-l-room', ['livechat-manager', 'livechat-agent', 'admin']);
    await form.save().click();
    const notice = page.getByRole('alert').filter({ hasText: "You don't have permission to save contacts" });
    await expect(notice).toContainText('view-l-room');
    await expect(form.name()).toHaveValue('Not allowed');
    await expectAccessible(page);
    await permissionRoles.restore();
    // The draft outlived the refusal: once the permission is back, it returns and saves.
    await page.reload();
    await expect(page.getByText('Unsaved changes restored')).toBeVisible();
    await expect(form.name()).toHaveValue('Not allowed');
    await form.save().click();
    await expect(page.getByText('Contact saved')).toBeVisible();
  });
});
