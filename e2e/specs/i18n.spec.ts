import { test, expect } from '../fixtures.ts';
import { expectAccessible } from '../support/axe.ts';
import { unique } from '../support/rest.ts';

// A Brazilian agent's browser: the console speaks Portuguese, formats for Brazil and reads phones as Brazilian.
test.use({ locale: 'pt-BR' });

test.describe('Brazilian Portuguese', () => {
  test('login in Portuguese with its errors; a chosen language (login page or header) survives reload, login and logout', async ({
    page,
  }) => {
    test.slow();
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Entrar no Omnichannel Contacts' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await expect(page.getByText('Nome de usuário ou e-mail obrigatório')).toBeVisible();
    await expect(page.getByText('Senha obrigatória')).toBeVisible();
    await page.getByLabel('Nome de usuário ou e-mail').fill('agent');
    await page.getByLabel('Senha', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Entrar' }).click();
    // Rocket.Chat's own pt-BR wording of its login error.
    await expect(page.getByRole('alert')).toHaveText('Usuário não encontrado ou senha incorreta');
    await expectAccessible(page);

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('English');
    await expect(page.getByRole('heading', { name: 'Log in to Omnichannel Contacts' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await page.getByLabel('Username or email').fill('agent');
    await page.getByLabel('Password', { exact: true }).fill('agent123');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('heading', { name: 'Contact Center', level: 1 })).toBeVisible();
    // The header's control: Spanish from here on, also on the login page after logging out.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('Español');
    await expect(page.getByRole('heading', { name: 'Centro de contactos', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await expect(page.getByRole('heading', { name: 'Iniciar sesión en Omnichannel Contacts' })).toBeVisible();
  });

  test.describe('signed in', () => {
    test.use({ role: 'manager' });
    test.slow();

    test('directory and contact page: words, plurals, dates, and an Arabic name read right to left', async ({
      page,
      api,
      admin,
    }) => {
      const tag = unique('i18n');
      const arabic = `مريم الحسيني ${tag}`;
      const id = await api.createProfile(admin, { name: arabic, phones: ['+5511987654321'] });
      await api.createProfile(admin, { name: `Maria ${tag}` });

      await page.goto(`/?q=${tag}`);
      // The first screen after a cold start on a busy machine: the test's time, not the assertion's.
      await page.getByRole('heading', { name: 'Central de contatos', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: 'Contatos da Central de contatos do Omnichannel' });
      await expect(table.getByRole('columnheader', { name: 'Gerente de contato' })).toBeVisible();
      await expect(table.getByRole('columnheader', { name: 'Última conversa' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Páginas' }).getByRole('status')).toHaveText('2 contatos');
      const link = table.getByRole('link', { name: arabic });
      await expect(link).toHaveAttribute('dir', 'auto');
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: arabic }) });
      await expect(row).toContainText('Nunca');
      await expectAccessible(page);

      await link.click();
      await expect(page).toHaveURL(`/contacts/${id}`);
      await expect(page.getByRole('heading', { name: arabic, level: 1 })).toHaveAttribute('dir', 'auto');
      await expect(page.getByText('Perfil de contato', { exact: true })).toBeVisible();
      // Dates in Brazil's order and words ("30 de nov. de 2026, 14:05"), not "Nov 30, 2026".
      const month = new Intl.DateTimeFormat('pt-BR', { month: 'short' }).format(new Date());
      await expect(page.locator('time').first()).toContainText(new RegExp(`^\\d{1,2} de ${month} de \\d{4}`));
      await expect(page.getByRole('link', { name: 'Editar' })).toBeVisible();
      await expect(page).toHaveTitle(/Omnichannel Contacts/);
      await expectAccessible(page);
    });

    test('a form with errors: Portuguese validation, Brazil as the phone region, the server’s text inside a translated sentence', async ({
      page,
    }) => {
      await page.goto('/contacts/new');
      const name = page.getByRole('textbox', { name: 'Nome', exact: true });
      await name.waitFor();
      await expect(page.getByRole('combobox', { name: 'Região do telefone' })).toHaveValue(/BR\)?$/);
      await page.getByRole('button', { name: 'Adicionar e-mail', exact: true }).click();
      await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill('not-an-email');
      await page.getByRole('button', { name: 'Salvar', exact: true }).click();
      await expect(page.getByText('Nome obrigatório')).toBeVisible();
      await expect(page.getByText('Endereço de e-mail inválido')).toBeVisible();
      await expectAccessible(page);

      await page.route('**/api/v1/omnichannel/contacts', (route) =>
        route.fulfill({
          status: 400,
          json: {
            success: false,
            error: 'must NOT have more than 5 items [invalid-params]',
            errorType: 'invalid-params',
          },
        }),
      );
      await name.fill(`Maria ${unique()}`);
      await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(`${unique()}@example.com`);
      await page.getByRole('button', { name: 'Salvar', exact: true }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'O contato não foi salvo' });
      await expect(alert).toContainText('must NOT have more than 5 items [invalid-params]');
      await expect(alert).toContainText('Suas alterações continuam aqui.');
    });
  });
});
