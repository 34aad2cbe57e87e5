// Saving a visitor contact that changed meanwhile, or when the network or the session fails on the way.
import { test, expect } from '../support/visitor-fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { FIELDS } from '../support/shared-fields.ts';
import { uniqueEmail } from '../support/unique-values.ts';
import { changeOnServer } from '../support/visitor-data.ts';
import { loseFirstAnswer } from '../support/request-control.ts';

test.describe('Register and edit a visitor contact', () => {
  test.use({ role: 'agent' });

  test('a contact changed on the server meanwhile is never overwritten without a choice', async ({
    page,
    api,
    admin,
    editingExisting: { existing, form },
  }) => {
    await form.name().fill('My version');

    await changeOnServer(api, admin, existing, { name: 'Their version', frmPlan: 'free' });
    await form.save().click();

    const dialog = page.getByRole('dialog', { name: 'This contact changed while you were editing' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('row', { name: /Name/ })).toContainText('Their version');
    await expect(dialog.getByRole('row', { name: new RegExp(FIELDS.formPlan.label) })).toContainText('free');
    await expectAccessible(page);
    expect((await api.getVisitor(admin, existing.visitorId)).name).toBe('Their version');

    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(form.name()).toHaveValue('My version');
    await expect(form.field(FIELDS.formPlan.label)).toHaveValue('pro');

    await form.save().click();
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}`);
    expect((await api.getVisitor(admin, existing.visitorId)).name).toBe('My version');
  });

  test("taking the server's values replaces the form with them", async ({
    page,
    api,
    admin,
    editingExisting: { existing, form },
  }) => {
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
    editingExisting: { existing, form },
  }) => {
    await form.name().fill('Saved after login');
    await form.field(FIELDS.formCustomer.label).fill('999999');
    await api.logout(session!);

    await form.saveThroughLogin(loginPage, existing.visitorId);
    await expect(form.name()).toHaveValue('Saved after login');
    await expect(form.field(FIELDS.formCustomer.label)).toHaveValue('999999');
    await form.save().click();
    await expect(page).toHaveURL(`/visitors/${existing.visitorId}`);
    expect(await api.getVisitor(admin, existing.visitorId)).toMatchObject({
      name: 'Saved after login',
      livechatData: { [FIELDS.formCustomer.field]: '999999' },
    });
  });

  test('a save lost on the way back is retried without creating a second contact', async ({
    page,
    api,
    admin,
    visitorForm: form,
  }) => {
    const saves = form.watchSaves();
    const email = uniqueEmail('retry.');
    await loseFirstAnswer(page, '**/api/v1/omnichannel/contact'); // The server saves it; the answer never arrives.
    await form.startNew('Only Once', email);
    await form.save().click();
    const alert = form.alert('The contact was not saved');
    await expect(alert).toContainText('could not be reached');
    await expect(form.name()).toHaveValue('Only Once');
    await expectAccessible(page);

    await alert.getByRole('button', { name: 'Retry' }).click();
    const id = await form.savedId();
    const tokens = saves.map((save) => (save.body as { token: string }).token);
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).toBe(tokens[0]);
    const stored = await api.getVisitor(admin, id);
    expect(stored.token).toBe(tokens[0]);
    const found = await api.call('GET', 'omnichannel/contact.search', { auth: admin, query: { email } });
    expect(found.body.contact._id).toBe(id);
  });

  test('a taken email is refused at save even before the check while typing has answered', async ({
    api,
    admin,
    visitorForm: form,
    existing,
  }) => {
    const saves = form.watchSaves();
    await form.startNew('Too Quick', existing.email);
    await form.email().press('Control+Enter'); // within the typing check's debounce
    await expect(form.email()).toHaveAccessibleDescription(/Email already exists/);
    expect(saves).toEqual([]);
    expect((await api.getVisitor(admin, existing.visitorId)).name).toBe(existing.name);
  });

  test('saving twice in a row sends one registration', async ({ page, visitorForm: form }) => {
    const saves = form.watchSaves();
    await form.startNew('Pressed Twice', uniqueEmail('twice.'));
    // Both presses go out back to back, before the first save can answer.
    await form.email().focus();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+Enter');
    await form.savedId();
    expect(saves).toHaveLength(1);
  });

  test('a draft kept through an expired session is not handed to the next person who logs in', async ({
    page,
    api,
    session,
    loginPage,
    visitorForm: form,
  }) => {
    await form.gotoNew();
    await form.name().fill("Agatha's draft");
    await api.logout(session!);
    await page.reload();
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await loginPage.logInAs('manager');
    await expect(form.name()).toHaveValue('');
    await expect(page.getByText('Unsaved changes restored')).toHaveCount(0);
  });
});
