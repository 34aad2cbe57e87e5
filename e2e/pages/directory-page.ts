import type { Page } from '@playwright/test';

/** The signed-in home: the contact directory. */
export class DirectoryPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Contact Center', level: 1 });
  readonly searchBox = () => this.page.getByRole('searchbox', { name: 'Search' });
  readonly table = () => this.page.getByRole('table', { name: 'Omnichannel Contact Center Contacts' });
  /** The table's rows on a wide screen, or the cards on a phone: both carry the same name. */
  readonly list = () => this.page.getByRole('list', { name: 'Omnichannel Contact Center Contacts' });
  readonly rowLinks = () => this.table().getByRole('link');
  readonly row = (name: string) =>
    this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name }) });
  readonly total = () => this.page.getByRole('navigation', { name: 'Pages' }).getByRole('status');
  readonly next = () => this.page.getByRole('button', { name: 'Next page' });
  readonly previous = () => this.page.getByRole('button', { name: 'Previous page' });
  readonly pageSize = () => this.page.getByRole('combobox', { name: 'Contacts per page' });
  readonly sortBy = (column: 'Name' | 'Last Chat') => this.page.getByRole('button', { name: column, exact: true });
  readonly header = (column: 'Name' | 'Last Chat') => this.page.getByRole('columnheader', { name: column });

  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `/?${query}` : '/');
    await this.heading().waitFor();
  }

  /** Types into the box and waits for the URL to carry it (the request goes once typing pauses). */
  async searchFor(text: string): Promise<void> {
    await this.searchBox().fill(text);
    await this.page.waitForURL((url) => url.searchParams.get('q') === text);
  }
}
