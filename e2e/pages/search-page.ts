import type { Page } from '@playwright/test';

export class SearchPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Advanced search', level: 2 });
  readonly email = () => this.page.getByRole('textbox', { name: 'Email' });
  readonly phone = () => this.page.getByRole('textbox', { name: 'Phone' });
  readonly region = () => this.page.getByRole('combobox', { name: 'Phone region' });
  readonly addCondition = () => this.page.getByRole('button', { name: 'Add condition' });
  readonly fieldSelects = () => this.page.getByRole('combobox', { name: 'Custom field' });
  readonly values = () => this.page.getByRole('textbox', { name: 'Value' });
  readonly searchButton = () => this.page.getByRole('button', { name: 'Search', exact: true });
  readonly result = () => this.page.getByRole('article');
  readonly noMatch = () => this.page.getByRole('heading', { name: 'No contact matches' });

  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `/search?${query}` : '/search');
    await this.heading().waitFor();
  }

  /** The region select mounts its options when focused or pressed, as a person's use does. */
  async chooseRegion(label: string): Promise<void> {
    await this.region().focus();
    await this.region().selectOption({ label });
  }

  /** Adds a "custom field contains value" row. */
  async addCustomCondition(label: string, value: string): Promise<void> {
    await this.addCondition().click();
    const row = (await this.fieldSelects().count()) - 1;
    await this.fieldSelects().nth(row).selectOption({ label });
    await this.values().nth(row).fill(value);
  }

  async search(): Promise<void> {
    await this.searchButton().click();
  }
}
