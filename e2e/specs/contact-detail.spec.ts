import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { CREDENTIALS_KEY, accountOf } from '../support/accounts.ts';
import { unique, uniqueToken, type Credentials, type RestClient } from '../support/rest.ts';
import { ContactDetailPage } from '../pages/contact-detail-page.ts';
import { contactWithCustomFieldConflict } from '../support/contact-data.ts';

const uniqueEmail = (prefix: string) => `${unique(prefix)}@example.com`;
const uniquePhone = () => `+1555${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

/** A contact profile whose name and manager conflict: a second visitor with its email and other values opened a room. */
async function profileWithNameAndManagerConflicts(api: RestClient, admin: Credentials, managerId: string) {
  const email = uniqueEmail('nm');
  const original = `Original ${unique()}`;
  const other = `Other ${unique()}`;
  const contactId = await api.createProfile(admin, { name: original, emails: [email], contactManager: managerId });
  const token = uniqueToken();
  // ContactMerger: the visitor joins the pre-registered contact with the same email; its different name and manager
  // become conflicts.
  await api.registerVisitorContact(admin, {
    token,
    name: other,
    email,
    contactManager: { username: accountOf('manager').username },
  });
  await api.openRoom(token);
  const profile = await api.getProfile(admin, contactId);
  expect(profile.conflictingFields).toEqual([
    { field: 'name', value: other },
    { field: 'manager', value: expect.any(String) },
  ]);
  return { contactId, original, other };
}

/** Each list item shows its value (followed by its Copy button). */
async function expectValues(items: Locator, values: string[]): Promise<void> {
  await expect(items).toHaveCount(values.length);
  for (const [index, value] of values.entries()) await expect(items.nth(index)).toContainText(value);
}

/** Fails the test if anything the server sent ran as script. */
function watchForScript(page: Page): () => Promise<void> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async () => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await expect(page.locator('main img, main script')).toHaveCount(0);
  };
}

test.describe('Contact detail', () => {
  test.use({ role: 'agent' });

  test('a visitor contact shows every field: custom fields by label, the manager, last chat', async ({
    page,
    api,
    admin,
    context,
  }) => {
    const detail = new ContactDetailPage(page);
    const field = unique('vaddr');
    const removed = unique('vgone');
    await api.saveCustomField(admin, { field, label: `Address ${field}` });
    await api.saveCustomField(admin, { field: removed, label: 'Removed later' });
    const token = uniqueToken();
    const name = `Vera Visitor ${unique()}`;
    const email = uniqueEmail('vera');
    const phone = uniquePhone();
    const visitorId = await api.registerVisitorContact(admin, {
      token,
      name,
      email,
      phone,
      customFields: { [field]: 'Rua das Flores, 1', [removed]: 'kept value' },
      contactManager: { username: accountOf('manager').username },
    });
    // A value whose definition is gone is still shown, under its key.
    expect(
      (await api.call('POST', 'livechat/custom-fields.delete', { auth: admin, body: { customFieldId: removed } }))
        .status,
    ).toBe(200);
    await api.openRoom(token);

    await detail.gotoVisitor(visitorId);
    await expect(detail.heading()).toHaveText(name);
    await expect(page.getByText('Visitor contact', { exact: true })).toBeVisible();
    await expectValues(detail.values('Email'), [email]);
    await expectValues(detail.values('Phone'), [phone]);
    await expect(detail.section('Contact Manager')).toContainText('Manuela Manager');
    await expect(detail.customField(`Address ${field}`)).toContainText('Rua das Flores, 1');
    await expect(detail.customField(removed)).toContainText('kept value');
    await expect(detail.section('Last chat').locator('time')).toHaveCount(1);
    await expect(detail.section('Created').locator('time')).toHaveCount(1);
    await expect(detail.editLink()).toHaveAttribute('href', `/visitors/${visitorId}/edit`);

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await detail.copyButton(email).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(email);
    await expect(detail.copyButton(phone)).toBeVisible();

    await detail.technicalDetails().click();
    await expect(detail.section('Username')).toBeVisible();
    // Whoever holds the token can act as this visitor on the livechat API: it is nowhere on the page.
    await expect(detail.section('Visitor token')).toHaveCount(0);
    expect(await page.content()).not.toContain(token);
    await expectAccessible(page);

    // Rocket.Chat linked the visitor to a contact profile when the room opened.
    await detail.profileLink().click();
    await expect(page).toHaveURL(/\/contacts\/[^/]+$/);
    await expect(detail.heading()).toHaveText(name);
    await expect(detail.unknownBadge()).toBeVisible();
  });

  test('a contact profile shows its emails, phones, manager, channels and paged history', async ({
    page,
    api,
    admin,
    session,
  }) => {
    const detail = new ContactDetailPage(page);
    const field = unique('pplan');
    await api.saveCustomField(admin, { field, label: `Plan ${field}` });
    const name = `Paula Profile ${unique()}`;
    const emails = [uniqueEmail('paula'), uniqueEmail('paula-work')];
    const phones = [uniquePhone(), uniquePhone()];
    const contactId = await api.createProfile(admin, {
      name,
      emails,
      phones,
      customFields: { [field]: 'Gold' },
      contactManager: session!.userId,
    });
    const token = uniqueToken();
    const visitorId = await api.createLivechatVisitor({ token, name, email: emails[0] });
    for (let i = 0; i < 12; i++) await api.closeRoom(token, await api.openRoom(token));

    await detail.gotoProfile(contactId);
    await expect(detail.heading()).toHaveText(name);
    await expect(page.getByText('Contact profile', { exact: true })).toBeVisible();
    await expect(detail.unknownBadge()).toHaveCount(0);
    await expectValues(detail.values('Email'), emails);
    await expectValues(detail.values('Phone'), phones);
    for (const value of [...emails, ...phones]) await expect(detail.copyButton(value)).toBeVisible();
    await expect(detail.section('Contact Manager')).toContainText('Agatha Agent');
    await expect(detail.customField(`Plan ${field}`)).toContainText('Gold');
    await expect(detail.section('Last chat').locator('time')).toHaveCount(1);
    await expect(detail.editLink()).toHaveAttribute('href', `/contacts/${contactId}/edit`);
    await expect(detail.conflictsAlert()).toHaveCount(0);
    await expectAccessible(page);

    await detail.tab('Channels').click();
    await expect(page).toHaveURL(`/contacts/${contactId}?tab=channels`);
    const channels = detail.channels();
    await expect(channels).toHaveCount(1);
    await expect(channels.first()).toHaveAccessibleName('Custom API: api');
    await expect(channels.first()).toContainText('Not blocked');
    await expect(channels.first()).toContainText('Not verified');
    await expect(channels.first()).toContainText(/Last used: (now|\d+ seconds? ago)/);
    await expectAccessible(page);

    await detail.tab('History').click();
    const history = detail.rows(detail.historyTable());
    await expect(page.getByRole('status').filter({ hasText: 'Showing 1–10 of 12' })).toBeVisible();
    await expect(history).toHaveCount(10);
    await expect(history.first()).toContainText('the visitor');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Showing 11–12 of 12' })).toBeVisible();
    await expect(history).toHaveCount(2);

    // The tab is in the URL: a reload keeps it.
    await page.reload();
    await expect(detail.tab('History')).toHaveAttribute('aria-selected', 'true');

    await detail.tab('Channels').click();
    await page.getByRole('link', { name: 'api (open visitor)' }).click();
    await expect(page).toHaveURL(`/visitors/${visitorId}`);
    await expect(detail.heading()).toHaveText(name);
  });

  test('HTML and script payloads from the server show as text and nothing runs', async ({ page, api, admin }) => {
    const detail = new ContactDetailPage(page);
    const checkNothingRan = watchForScript(page);
    const [markup, script, jsUrl, link, long] = ['xmarkup', 'xscript', 'xjsurl', 'xlink', 'xlong'].map((prefix) =>
      unique(prefix),
    );
    for (const field of [markup, script, jsUrl, link, long])
      await api.saveCustomField(admin, { field: field!, label: `Label ${field}` });
    const name = `<img src=x onerror="window.__xss='name';alert(1)">${unique()}`;
    const values = {
      [markup!]: '<b>bold</b><img src=x onerror="window.__xss=\'markup\'">',
      [script!]: `"><script>window.__xss='script'</script>`,
      [jsUrl!]: `javascript:window.__xss='url'`,
      [link!]: `https://example.com/${unique()}?q=<tag>`,
      [long!]: 'W'.repeat(600),
    };

    const visitorId = await api.registerVisitorContact(admin, { name, customFields: values });
    await detail.gotoVisitor(visitorId);
    await expect(detail.heading()).toHaveText(name);
    await expect(detail.customField(`Label ${markup}`)).toContainText(values[markup!]!);
    await expect(detail.customField(`Label ${script}`)).toContainText(values[script!]!);
    await expect(detail.customField(`Label ${jsUrl}`)).toContainText(values[jsUrl!]!);
    await expect(detail.customField(`Label ${jsUrl}`).getByRole('link')).toHaveCount(0);
    await expect(detail.customField(`Label ${link}`).getByRole('link')).toHaveAttribute(
      'href',
      new URL(values[link!]!).href,
    );
    await expect(detail.customField(`Label ${long}`)).toContainText(values[long!]!);
    // Long values wrap: nothing is wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await checkNothingRan();
    await expectAccessible(page);

    const contactId = await api.createProfile(admin, { name, phones: [values[script!]!], customFields: values });
    await detail.gotoProfile(contactId);
    await expect(detail.heading()).toHaveText(name);
    await expectValues(detail.values('Phone'), [values[script!]!]);
    await expect(detail.customField(`Label ${markup}`)).toContainText(values[markup!]!);
    await expect(detail.customField(`Label ${jsUrl}`).getByRole('link')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await checkNothingRan();
  });

  test('a custom-field conflict made by livechat/custom.field is reviewed and resolved in place', async ({
    page,
    api,
    admin,
  }) => {
    const detail = new ContactDetailPage(page);
    const { field, label, contactId } = await contactWithCustomFieldConflict(api, admin, {
      fieldPrefix: 'cloyal',
      name: `Carla Conflict ${unique()}`,
    });

    await detail.gotoProfile(contactId);
    const alert = detail.conflictsAlert();
    await expect(alert).toContainText('Conflicts found (1)');
    await expect(alert).toContainText(label);
    await expect(detail.conflictValues(label)).toHaveText(['first-value (current)', 'second-value']);
    await expect(detail.customField(label)).toContainText('first-value');
    await expectAccessible(page);

    // The dialog opens on its first choice and, closed, gives focus back to what opened it.
    await detail.seeConflicts().click();
    await expect(detail.reviewField(label)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(detail.reviewDialog()).toHaveCount(0);
    await expect(detail.seeConflicts()).toBeFocused();
    await detail.seeConflicts().click();
    await expect(detail.reviewField(label)).toHaveValue('first-value (current)');
    await expectAccessible(page);
    await detail.choose(label, 'second-value');
    const answer = page.waitForResponse('**/api/v1/omnichannel/contacts.conflicts');
    await detail.reviewDialog().getByRole('button', { name: 'Save' }).click();
    expect((await answer).status()).toBe(200);

    await expect(detail.reviewDialog()).toHaveCount(0);
    await expect(detail.conflictsAlert()).toHaveCount(0);
    await expect(detail.seeConflicts()).toHaveCount(0);
    await expect(detail.customField(label)).toContainText('second-value');
    const saved = await api.getProfile(admin, contactId);
    expect(saved.customFields[field]).toBe('second-value');
    expect(saved.conflictingFields).toEqual([]);
  });

  test('name and manager conflicts from a second visitor are resolved with the chosen values', async ({
    page,
    api,
    admin,
    session,
  }) => {
    const detail = new ContactDetailPage(page);
    const { contactId, original, other } = await profileWithNameAndManagerConflicts(api, admin, session!.userId);

    await detail.gotoProfile(contactId);
    const alert = detail.conflictsAlert();
    await expect(alert).toContainText('Conflicts found (2)');
    await expect(detail.conflictValues('Name')).toHaveText([`${original} (current)`, other]);
    await expect(detail.conflictValues('Contact Manager')).toHaveText([
      `${accountOf('agent').label} (current)`,
      accountOf('manager').label,
    ]);

    await detail.seeConflicts().click();
    await detail.choose('Name', other);
    await detail.choose('Contact Manager', accountOf('manager').label);
    await expectAccessible(page);
    await detail.reviewDialog().getByRole('button', { name: 'Save' }).click();

    await expect(detail.reviewDialog()).toHaveCount(0);
    await expect(detail.conflictsAlert()).toHaveCount(0);
    await expect(detail.heading()).toHaveText(other);
    await expect(detail.section('Contact Manager')).toContainText('Manuela Manager');
    await expect(page.getByText('Contact has been updated')).toBeVisible();
  });

  test('"Keep current values" dismisses every conflict and changes nothing', async ({ page, api, admin, session }) => {
    const detail = new ContactDetailPage(page);
    const { contactId, original } = await profileWithNameAndManagerConflicts(api, admin, session!.userId);

    await detail.gotoProfile(contactId);
    await detail.seeConflicts().click();
    const answer = page.waitForResponse('**/api/v1/omnichannel/contacts.conflicts');
    await detail.reviewDialog().getByRole('button', { name: 'Keep current values' }).click();
    expect((await answer).status()).toBe(200);

    await expect(detail.conflictsAlert()).toHaveCount(0);
    await expect(detail.heading()).toHaveText(original);
    await expect(detail.section('Contact Manager')).toContainText('Agatha Agent');
    const saved = await api.getProfile(admin, contactId);
    expect(saved).toMatchObject({ name: original, contactManager: session!.userId, conflictingFields: [] });
  });

  test('an unknown id shows "Contact not found" with a way back to the Contact Center', async ({ page }) => {
    const detail = new ContactDetailPage(page);
    await detail.gotoProfile(unique('missing'));
    await expect(detail.notFound()).toBeVisible();
    await expectAccessible(page);

    await detail.gotoVisitor(unique('missing'));
    await expect(detail.notFound()).toBeVisible();
    await expectAccessible(page);
    await detail.backToContactCenter().first().click();
    await expect(page).toHaveURL('/');
  });
});

test.describe('Without update-livechat-contact', () => {
  // Changes permissions on the shared server: only for livechat-monitor, a role no other spec's account holds.
  test.describe.configure({ mode: 'serial' });

  test('Edit and See conflicts are disabled with the reason; History says it is not allowed', async ({
    page,
    api,
    admin,
    createMonitor,
    permissionRoles,
  }) => {
    const detail = new ContactDetailPage(page);
    const { username, password } = await createMonitor('Monty Monitor');
    const monitor = await api.login(username, password);
    const { contactId } = await profileWithNameAndManagerConflicts(api, admin, admin.userId);

    for (const permission of ['update-livechat-contact', 'view-livechat-contact-history'])
      await permissionRoles.withhold(permission, 'livechat-monitor');
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [CREDENTIALS_KEY, JSON.stringify(monitor)],
    );

    await detail.gotoProfile(contactId);
    await expect(detail.heading()).toBeVisible();
    await expect(detail.editButton()).toBeDisabled();
    await expect(detail.editLink()).toHaveCount(0);
    await expect(detail.editButton()).toHaveAccessibleDescription(
      /You can't edit this contact: Rocket.Chat requires the permission update-livechat-contact/,
    );
    await expect(detail.seeConflicts()).toBeDisabled();
    await expect(detail.seeConflicts()).toHaveAccessibleDescription(
      /You can't resolve these conflicts: Rocket.Chat requires the permission update-livechat-contact/,
    );
    await expectAccessible(page);

    await expect(detail.tab('History')).toBeDisabled();
    await expect(detail.tab('History')).toHaveAccessibleDescription(
      /You can't open the history: Rocket.Chat requires the permission view-livechat-contact-history/,
    );
    // A link straight to the tab says the same in place.
    await detail.gotoProfile(contactId, 'history');
    const notice = detail.permissionNotice("You don't have permission to see this contact's history");
    await expect(notice).toContainText('view-livechat-contact-history');
    await expect(detail.historyTable()).toHaveCount(0);
    await expectAccessible(page);
  });
});

test.describe('Without omnichannel roles', () => {
  test.use({ role: 'user' });

  test('reading a contact shows which permission is missing', async ({ page, api, admin }) => {
    const detail = new ContactDetailPage(page);
    const visitorId = await api.registerVisitorContact(admin, { name: `Hidden ${unique()}` });
    const contactId = await api.createProfile(admin, { name: `Hidden ${unique()}` });

    await detail.gotoVisitor(visitorId);
    await expect(detail.permissionNotice("You don't have permission to view this contact")).toContainText(
      'view-l-room',
    );
    await expect(detail.heading()).toHaveCount(0);
    await expectAccessible(page);

    await detail.gotoProfile(contactId);
    await expect(detail.permissionNotice("You don't have permission to view this contact")).toContainText(
      'view-livechat-contact',
    );
    await expectAccessible(page);
  });
});
