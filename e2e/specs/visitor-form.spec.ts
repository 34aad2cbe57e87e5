import { test, expect } from '../support/visitor-fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { unique } from '../support/rest.ts';
import { addRequiredFieldInBrowser } from '../support/browser-only-fields.ts';
import { accountOf } from '../support/accounts.ts';
import { FIELDS } from '../support/shared-fields.ts';
import { uniqueEmail } from '../support/unique-values.ts';
import { changeOnServer } from '../support/visitor-data.ts';
import { delayRequests } from '../support/request-control.ts';

test.describe('Register and edit a visitor contact', () => {
  test.use({ role: 'agent' });

  test('registers every kind of field; Rocket.Chat stores the E.164 phone and the custom field map', async ({
    page,
    api,
    admin,
    visitorForm: form,
  }) => {
    const email = uniqueEmail('ana.');
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
    await form.savedId();
    await expect(page.getByRole('heading', { name: 'Ana Luísa Gonçalves' })).toBeVisible();
    const id = page.url().split('/').pop()!;
    const stored = await api.getVisitor(admin, id);
    expect(stored).toMatchObject({
      name: 'Ana Luísa Gonçalves',
      visitorEmails: [{ address: email }],
      phone: [{ phoneNumber: `+55513${line}` }],
      livechatData: { [FIELDS.formPlan.field]: 'enterprise', [FIELDS.formCustomer.field]: '654321' },
      contactManager: { username: accountOf('manager').username },
    });
  });

  test('every validation message shows at its field and blocks the request', async ({ page, visitorForm: form }) => {
    await addRequiredFieldInBrowser(page, 'frmRequired', 'Form Required');
    const saves = form.watchSaves();
    await form.startNew('   ', 'ana@');
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
    await expect(form.alert('Name required')).toBeVisible();
    await expectAccessible(page);
    expect(saves).toEqual([]);
  });

  test('an email that belongs to another contact is caught while typing, and opens it', async ({
    page,
    visitorForm: form,
    existing,
  }) => {
    const saves = form.watchSaves();
    // Slow answers, so the checking state can be seen.
    await delayRequests(page, '**/api/v1/omnichannel/contact.search**', 800);
    await form.startNew('Someone New', existing.email.toUpperCase());
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
    editingExisting: { existing, form },
  }) => {
    await expect(form.email()).toHaveValue(existing.email);
    await expectAccessible(page);
    await form.name().fill(`${existing.name} Jr.`);
    await form.name().press('Control+Enter');
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}`);

    expect(await api.getVisitor(admin, existing.visitorId)).toMatchObject({
      name: `${existing.name} Jr.`,
      visitorEmails: [{ address: existing.email }],
      phone: [{ phoneNumber: existing.phone }],
      livechatData: { [FIELDS.formPlan.field]: 'pro', [FIELDS.formCustomer.field]: '123456' },
      contactManager: { username: accountOf('manager').username },
    });
  });

  // On 7.1+ "New contact" creates a contact profile (profile-form.spec); a visitor contact is what 6.x creates.
  test('"New contact" on the search screen starts from the current search @rc6-only', async ({ page, visitorForm }) => {
    const email = uniqueEmail('start.');
    await page.goto(`/search?email=${encodeURIComponent(email)}`);
    await page.getByRole('link', { name: 'New contact', exact: true }).click();
    await expect(visitorForm.email()).toHaveValue(email);
  });

  test('leaving a form with changes asks first; a reload brings the draft back', async ({
    page,
    visitorForm: form,
  }) => {
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

  test("the browser's Back and Forward ask before leaving a changed form @rc6-only", async ({
    page,
    visitorForm: form,
  }) => {
    await page.goto(`/search?email=${encodeURIComponent(uniqueEmail('back.'))}`);
    await page.getByRole('link', { name: 'New contact', exact: true }).click();
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
    visitorForm: form,
    existing,
  }) => {
    const field = unique('frmHidden');
    await api.saveCustomField(admin, { field, label: `Secret ${field}` });
    await changeOnServer(api, admin, existing, {
      name: existing.name,
      frmPlan: 'pro',
      extraFields: { [field]: 'keep me' },
    });
    await api.saveCustomField(admin, { field, label: `Secret ${field}`, visibility: 'hidden' });
    const saves = form.watchSaves();
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
    expect((await api.getVisitor(admin, existing.visitorId)).livechatData).toMatchObject({ [field]: 'keep me' });

    await form.save().click();
    await dialog.getByRole('button', { name: 'Remove them and save' }).click();
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}`);
    expect(saves).toHaveLength(1);
    expect((await api.getVisitor(admin, existing.visitorId)).name).toBe(`${existing.name} II`);
  });

  test('"Register new contact" after a search starts from what was searched', async ({ page, visitorForm: form }) => {
    const email = uniqueEmail('fresh.');
    await page.goto(`/search?email=${encodeURIComponent(email)}`);
    await page.getByRole('link', { name: 'Register new contact' }).click();
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
    visitorForm: form,
  }) => {
    // A monitor of its own: only livechat-monitor loses view-l-room, which no other spec relies on.
    const { username, password } = await createMonitor('Mona Monitor');
    await loginPage.goto();
    await loginPage.logIn(username, password);
    await expect(page.getByLabel('Signed in as Mona Monitor')).toBeVisible();
    await form.gotoNew();
    await form.name().fill('Not allowed');

    await permissionRoles.set('view-l-room', ['livechat-manager', 'livechat-agent', 'admin']);
    await form.save().click();
    const notice = form.alert("You don't have permission to save contacts");
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
