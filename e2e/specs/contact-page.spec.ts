import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { layoutShiftOf, watchLayoutShift } from '../support/layout-shift.ts';
import { unique, uniqueToken } from '../support/rest.ts';
import { DirectoryPage } from '../pages/directory-page.ts';
import { contactWithCustomFieldConflict } from '../support/contact-data.ts';
import { profileWithPlan } from '../support/profile-data.ts';
import { uniqueEmail, uniquePhone } from '../support/unique-values.ts';

/** Nothing is wider than the window: no sideways scrolling. */
const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test.describe('The contact page', () => {
  test.use({ role: 'agent', timezoneId: 'America/Sao_Paulo', viewport: { width: 1366, height: 900 } });

  test('identity header: avatar, name as h1 and title, known badge, primary email and phone, manager, last chat', async ({
    page,
    api,
    admin,
    session,
    detail,
  }) => {
    const name = `Antônio ${unique()} Souza`;
    const emails = [uniqueEmail('antonio'), uniqueEmail('antonio-work')];
    const phones = [uniquePhone()];
    const contactId = await api.createProfile(admin, { name, emails, phones, contactManager: session!.userId });
    const token = uniqueToken();
    const visitorId = await api.createLivechatVisitor({ token, name, email: emails[0] });
    await api.openWidgetRoom(token);

    await detail.gotoProfile(contactId);
    await expect(detail.heading()).toHaveText(name);
    await expect(page).toHaveTitle(`${name} · Omnichannel Contacts`);
    await expect(page.getByText('AS', { exact: true })).toBeVisible();
    await expect(detail.knownBadge()).toBeVisible();
    await expect(detail.values('Email')).toHaveText([`${emails[0]}primaryCopy`, `${emails[1]}Copy`]);
    await expect(detail.copyButton(phones[0]!)).toBeVisible();
    await expect(detail.section('Contact Manager')).toContainText('Agatha Agent');
    await expect(page.getByRole('group', { name: 'Actions' }).getByRole('link', { name: 'Edit' })).toBeVisible();
    // Identity and key facts beside the details at 1366 px.
    const identity = await detail.heading().boundingBox();
    const tabs = await page.getByRole('tablist').boundingBox();
    expect(tabs!.x).toBeGreaterThan(identity!.x + identity!.width);
    expect(tabs!.y).toBeLessThan(identity!.y + 200);

    await expect(detail.lastChatTime()).toContainText(/now|seconds? ago/);
    await detail.lastChatTime().focus();
    await expect(detail.tooltip()).toContainText('Brasilia Standard Time (America/Sao_Paulo)');
    await expectAccessible(page);

    // The visitor behind it: the same header, its own title, and never its token.
    await detail.gotoVisitor(visitorId);
    await expect(detail.heading()).toHaveText(name);
    await expect(page).toHaveTitle(`${name} · Omnichannel Contacts`);
    await expect(page.getByText('Visitor contact', { exact: true })).toBeVisible();
    await expect(detail.lastChatTime()).toBeVisible();
    await detail.technicalDetails().click();
    expect(await page.content()).not.toContain(token);
  });

  test('channels show their source by name, when each was last used, and the blocked state in words', async ({
    page,
    api,
    admin,
    detail,
  }) => {
    const email = uniqueEmail('chan');
    const contactId = await api.createProfile(admin, { name: `Channel Person ${unique()}`, emails: [email] });
    const widgetToken = uniqueToken();
    await api.createLivechatVisitor({ token: widgetToken, name: 'From the widget', email });
    await api.openWidgetRoom(widgetToken);
    const apiToken = uniqueToken();
    await api.createLivechatVisitor({ token: apiToken, name: 'From the API', email });
    await api.openRoom(apiToken);

    await detail.gotoProfile(contactId, 'channels');
    const channels = detail.channels();
    await expect(channels).toHaveCount(2);
    await expect(detail.page.getByRole('listitem', { name: 'Livechat: widget' })).toContainText('Not blocked');
    await expect(detail.page.getByRole('listitem', { name: 'Custom API: api' })).toContainText(
      /Last used: (now|\d+ seconds? ago)/,
    );
    await expectAccessible(page);
  });

  test('focus moves to the new page’s h1 after every navigation', async ({ page, api, admin, detail }) => {
    const name = `Focus Person ${unique()}`;
    const contactId = await api.createProfile(admin, { name, emails: [uniqueEmail('focus')] });
    await detail.gotoProfile(contactId);
    await expect(detail.heading()).toHaveText(name);
    // The first load leaves focus to the browser; a navigation moves it.
    await detail.backToContactCenter().click();
    await expect(new DirectoryPage(page).heading()).toBeFocused();
    await page.goBack();
    await expect(detail.heading()).toBeFocused();
    // Changing tab is not a navigation: focus stays on the tab.
    await detail.tab('Channels').click();
    await expect(detail.tab('Channels')).toBeFocused();
  });

  test('a name and a label as long as the server takes wrap: nothing widens the page and Edit keeps its label', async ({
    page,
    api,
    admin,
    detail,
  }) => {
    const field = unique('wide');
    await api.saveCustomField(admin, { field, label: `L${'a'.repeat(2_000)}` });
    // 10,000 characters: the longest string the server accepts (README, limits).
    const name = 'N'.repeat(10_000);
    const contactId = await api.createProfile(admin, { name, customFields: { [field]: 'v'.repeat(5_000) } });
    await detail.gotoProfile(contactId);
    await expect(detail.heading()).toHaveText(name);
    expect(await fitsWidth(page)).toBe(true);
    const edit = detail.editLink();
    expect(await edit.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect((await edit.boundingBox())!.width).toBeGreaterThan(40);
  });
});

test.describe('Loading the contact page', () => {
  test.use({ role: 'agent', viewport: { width: 1366, height: 900 } });

  test('skeletons hold the place of what loads: layout shift stays at most 0.01', async ({
    page,
    api,
    admin,
    session,
    detail,
  }) => {
    const { contactId, planLabel } = await profileWithPlan(api, admin, {
      fieldPrefix: 'cls',
      name: `Steady Person ${unique()}`,
      emails: [uniqueEmail('steady')],
      contactManager: session!.userId,
    });
    await watchLayoutShift(page);
    await detail.gotoProfile(contactId);
    await expect(detail.customField(planLabel)).toContainText('Gold');
    await expect(detail.section('Contact Manager')).toContainText('Agatha Agent');
    const shift = await layoutShiftOf(page);
    test.info().annotations.push({ type: 'layout shift', description: shift.toFixed(4) });
    // Issue #10's aim (about 0.1 without the skeletons, 0.02 before the header's controls held their place).
    expect(shift).toBeLessThanOrEqual(0.01);
  });
});

test.describe('On a phone', () => {
  test.use({ role: 'agent', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('one column, 44 px targets, the conflict notice on one line, no keyboard hints, no sideways scrolling', async ({
    page,
    api,
    admin,
    detail,
  }) => {
    const { label, contactId } = await contactWithCustomFieldConflict(api, admin, {
      fieldPrefix: 'phone',
      name: `Phone Person ${unique()}`,
    });

    await detail.gotoProfile(contactId);
    await expect(detail.heading()).toBeVisible();
    const show = page.getByRole('button', { name: 'Show conflicts' });
    await expect(show).toHaveAttribute('aria-expanded', 'false');
    await expect(detail.seeConflicts()).toHaveCount(0);
    const notice = await detail.conflictsAlert().boundingBox();
    expect(notice!.height).toBeLessThan(80);
    expect(await fitsWidth(page)).toBe(true);
    // One column: the tabs come below the identity header.
    const heading = await detail.heading().boundingBox();
    const tabs = await page.getByRole('tablist').boundingBox();
    expect(tabs!.y).toBeGreaterThan(heading!.y + heading!.height);
    const targets = page.getByRole('main').locator('button:visible, a:visible, [role="tab"]:visible');
    for (const box of await targets.evaluateAll((elements) =>
      elements.map((element) => ({ text: element.textContent, height: element.getBoundingClientRect().height })),
    ))
      expect(box.height, `touch target "${box.text}"`).toBeGreaterThanOrEqual(44);
    await expectAccessible(page, ['light']);

    await show.click();
    await expect(page.getByRole('button', { name: 'Hide conflicts' })).toHaveAttribute('aria-expanded', 'true');
    await expect(detail.conflictValues(label)).toHaveText(['first-value (current)', 'second-value']);
    await expect(detail.seeConflicts()).toBeVisible();
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page, ['dark']);

    await detail.backToContactCenter().click();
    await expect(new DirectoryPage(page).heading()).toBeFocused();
    await expect(page.getByText('Press / to come back here, ↓ to move to the contacts.')).toBeHidden();
    expect(await fitsWidth(page)).toBe(true);
  });
});

test.describe('Transcripts', () => {
  test.use({ role: 'manager' });

  test('a conversation in History opens its messages, loads more, and Back keeps the page; a failure keeps the list', async ({
    page,
    api,
    admin,
    detail,
  }) => {
    // One long flow: two pages of history, a 53-message transcript, a dropped connection and its retries.
    test.slow();
    const name = `Transcript Person ${unique()}`;
    const email = uniqueEmail('transcript');
    const token = uniqueToken();
    const contactId = await api.createProfile(admin, { name, emails: [email] });
    const filler = Array.from({ length: 50 }, (_, index) => ({ from: 'visitor' as const, msg: `Linha ${index + 1}` }));
    await api.createConversation(admin, {
      token,
      name,
      email,
      lines: [
        { from: 'visitor', msg: 'Olá, preciso de ajuda com o pedido 12345' },
        { from: 'agent', msg: 'Claro! こんにちは, vou verificar.' },
        ...filler,
      ],
    });
    // Ten later conversations push the first one to page 2 of the history.
    for (let index = 0; index < 10; index++) await api.closeRoom(token, await api.openRoom(token));

    await detail.gotoProfile(contactId, 'history');
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Showing 11–11 of 11' })).toBeVisible();
    await detail
      .rows(detail.historyTable())
      .getByRole('link', { name: /^Open conversation closed / })
      .click();
    await expect(page).toHaveURL(/[?&]page=2&conversation=/);
    const transcript = page.getByRole('list', { name: 'Messages of this conversation' }).getByRole('listitem');
    await expect(page.getByRole('heading', { level: 2, name: /^Conversation closed / })).toBeFocused();
    await expect(transcript.first()).toContainText(`${name} (Visitor)`);
    await expect(transcript.first()).toContainText('Olá, preciso de ajuda com o pedido 12345');
    await expect(transcript.nth(1)).toContainText('(Agent)');
    await expect(transcript.nth(1)).toContainText('Claro! こんにちは, vou verificar.');
    await expect(page.getByText('Showing 50 of 53 messages')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Load more messages' }).click();
    await expect(page.getByText('Showing 53 of 53 messages')).toBeVisible();
    await expect(transcript.last()).toContainText('Conversation closed by');
    await expect(transcript.last()).toContainText('Comment: Closed by the e2e tests');

    await page.getByRole('link', { name: 'Back to history' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Showing 11–11 of 11' })).toBeVisible();

    // The server failing (503): the error says so with Retry, and the list stays.
    await page.getByRole('button', { name: 'Previous page' }).click();
    await page.route('**/api/v1/livechat/*/messages*', (route) =>
      route.fulfill({ status: 503, json: { success: false, error: 'Service Unavailable' } }),
    );
    await detail.rows(detail.historyTable()).first().getByRole('link').click();
    const failure = page.getByRole('alert').filter({ hasText: 'Could not load the conversation' });
    // After the client's two retries of a failure that may pass.
    await expect(failure).toBeVisible({ timeout: 15_000 });
    await expect(detail.rows(detail.historyTable())).toHaveCount(10);
    await expectAccessible(page, ['light']);
    await page.unroute('**/api/v1/livechat/*/messages*');
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(transcript.last()).toContainText('Conversation closed by');
  });
});
