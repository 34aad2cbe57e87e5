import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { accountOf } from '../support/accounts.ts';
import { unique, uniqueToken } from '../support/rest.ts';
import { profileWithPlan } from '../support/profile-data.ts';
import { uniqueEmail, uniquePhone } from '../support/unique-values.ts';

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
    detail,
  }) => {
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
    detail,
  }) => {
    const name = `Paula Profile ${unique()}`;
    const emails = [uniqueEmail('paula'), uniqueEmail('paula-work')];
    const phones = [uniquePhone(), uniquePhone()];
    const { contactId, planLabel } = await profileWithPlan(api, admin, {
      fieldPrefix: 'pplan',
      name,
      emails,
      phones,
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
    await expect(detail.customField(planLabel)).toContainText('Gold');
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

  test('HTML and script payloads from the server show as text and nothing runs', async ({
    page,
    api,
    admin,
    detail,
  }) => {
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

  test('an unknown id shows "Contact not found" with a way back to the Contact Center', async ({ page, detail }) => {
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

test.describe('Without omnichannel roles', () => {
  test.use({ role: 'user' });

  test('reading a contact shows which permission is missing', async ({ page, api, admin, detail }) => {
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
