import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { unique, uniqueToken } from '../support/rest.ts';

// 6.x has no contact profiles: a visitor contact's page lists its past conversations itself, through
// livechat/visitors.searchChats (what 6.x's contact history used). 7.x shows the same list on the profile's History.
test.describe('A visitor contact’s past conversations @rc6-only', () => {
  test.use({ role: 'manager' });

  test('are listed, most recently closed first, and open their messages; Back returns to the list', async ({
    page,
    api,
    admin,
    detail,
  }) => {
    const token = uniqueToken();
    const name = `Visitor History ${unique()}`;
    const { visitorId } = await api.createConversation(admin, {
      token,
      name,
      lines: [
        { from: 'visitor', msg: 'Hola, mi pedido no llegó' },
        { from: 'agent', msg: 'Lo reviso ahora mismo.' },
      ],
    });
    await api.createConversation(admin, { token, lines: [{ from: 'visitor', msg: 'Second visit' }], close: 'visitor' });

    await detail.gotoVisitor(visitorId ?? '');
    const rows = detail.rows(detail.historyTable());
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText(/the visitor/i);
    await expectAccessible(page);

    await rows
      .nth(1)
      .getByRole('link', { name: /^Open conversation closed / })
      .click();
    const transcript = page.getByRole('list', { name: 'Messages of this conversation' }).getByRole('listitem');
    await expect(transcript.first()).toContainText('Hola, mi pedido no llegó');
    await expect(transcript.nth(1)).toContainText('Lo reviso ahora mismo.');
    await expectAccessible(page, ['light']);

    await page.getByRole('link', { name: 'Back to history' }).click();
    await expect(rows).toHaveCount(2);
  });
});
