import type { Page } from '@playwright/test';

export class VisitorFormPage {
  constructor(readonly page: Page) {}

  readonly name = () => this.page.getByRole('textbox', { name: 'Name', exact: true });
  readonly email = () => this.page.getByRole('textbox', { name: 'Email', exact: true });
  readonly phone = () => this.page.getByRole('textbox', { name: 'Phone', exact: true });
  readonly region = () => this.page.getByRole('combobox', { name: 'Phone region' });
  readonly manager = () => this.page.getByRole('combobox', { name: 'Contact Manager' });
  readonly save = () => this.page.getByRole('button', { name: 'Save' });
  /** A custom field's input, text or select. */
  readonly field = (label: string) =>
    this.page
      .getByRole('textbox', { name: label, exact: true })
      .or(this.page.getByRole('combobox', { name: label, exact: true }));
  readonly alert = (text: string) => this.page.getByRole('alert').filter({ hasText: text });

  /** The region select mounts its options when focused or pressed, as a person's use does. */
  async chooseRegion(label: string): Promise<void> {
    await this.region().focus();
    await this.region().selectOption({ label });
  }

  async gotoNew(query = ''): Promise<void> {
    await this.page.goto(`/visitors/new${query ? `?${query}` : ''}`);
    await this.name().waitFor();
  }

  async gotoEdit(id: string): Promise<void> {
    await this.page.goto(`/visitors/${id}/edit`);
    await this.name().waitFor();
  }

  /** A new visitor contact with a name and an email, typed in: where most save tests start. */
  async startNew(name: string, email: string): Promise<void> {
    await this.gotoNew();
    await this.name().fill(name);
    await this.email().fill(email);
  }

  async chooseManager(name: string): Promise<void> {
    await this.manager().click();
    await this.page.getByRole('option', { name }).click();
  }
}
