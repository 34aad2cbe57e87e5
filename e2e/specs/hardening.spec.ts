import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { FIELDS } from '../support/shared-fields.ts';

// Probes from the hardening issue, kept so none of these holes can come back unnoticed.

test.describe('A custom-field pattern never freezes the tab', () => {
  test.use({ role: 'agent' });

  test('a value the pattern would backtrack on for minutes is refused at once, and the form stays usable', async ({
    page,
    visitorForm: form,
  }) => {
    // The common "words" pattern: unbounded, 40 characters and a "!" take Chromium minutes to reject.
    await form.gotoNew();
    await form.field(FIELDS.hardWords.label).fill(`${'a'.repeat(40)}!`);
    await form.save().click();
    await expect(form.field(FIELDS.hardWords.label)).toHaveAccessibleDescription(
      `Invalid value for ${FIELDS.hardWords.label} field`,
    );
    // The page answers: typing elsewhere goes on while the pattern's verdict stands.
    await form.name().fill('Ana Words');
    await expect(form.name()).toHaveValue('Ana Words');
    await expectAccessible(page);

    await form.field(FIELDS.hardWords.label).fill('two words');
    await expect(form.field(FIELDS.hardWords.label)).not.toHaveAccessibleDescription(/Invalid value/);
  });
});

test.describe('The post-login redirect stays on this app', () => {
  test('a path that the URL parser turns into another site (a tab after the slash) lands home', async ({
    page,
    loginPage,
    shell,
  }) => {
    await page.goto('/login?redirect=%2F%09%2Fevil.example');
    await loginPage.logInAs('agent');
    await expect(page).toHaveURL('/');
    await expect(shell.userName('Agatha Agent')).toBeVisible();
  });
});

test.describe('The app cannot be framed', () => {
  test('every page of the preview server says so, with nosniff and a Referrer-Policy', async ({ request }) => {
    for (const path of ['/', '/login', '/contacts/some-id']) {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
  });
});
