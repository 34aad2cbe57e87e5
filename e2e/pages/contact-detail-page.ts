import type { Locator, Page } from '@playwright/test';

/** The visitor contact (`/visitors/:id`) and contact profile (`/contacts/:id`) screens. */
export class ContactDetailPage {
  constructor(readonly page: Page) {}

  async gotoVisitor(id: string): Promise<void> {
    await this.page.goto(`/visitors/${encodeURIComponent(id)}`);
  }

  async gotoProfile(id: string, tab?: 'channels' | 'history'): Promise<void> {
    await this.page.goto(`/contacts/${encodeURIComponent(id)}${tab ? `?tab=${tab}` : ''}`);
  }

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly backToContactCenter = () => this.page.getByRole('link', { name: 'Back to Contact Center' });
  /** A labelled part of the detail: "Email", "Phone", "Contact Manager", "Custom fields", "Last chat", "Created". */
  readonly section = (label: string) => this.page.getByRole('region', { name: label, exact: true });
  readonly values = (label: 'Email' | 'Phone') =>
    this.page.getByRole('list', { name: label, exact: true }).getByRole('listitem');
  readonly customField = (label: string) =>
    this.section('Custom fields').getByRole('group', { name: label, exact: true });
  readonly copyButton = (value: string) => this.page.getByRole('button', { name: `Copy ${value}`, exact: true });
  readonly technicalDetails = () => this.page.getByText('Technical details');
  readonly unknownBadge = () => this.page.getByText('Unknown contact', { exact: true });
  readonly knownBadge = () => this.page.getByText('Known contact', { exact: true });
  /** The last chat's relative time ("5 seconds ago"); focusing it shows the exact time in a tooltip. */
  readonly lastChatTime = () => this.section('Last chat').locator('time');
  readonly tooltip = () => this.page.getByRole('tooltip');

  /** Enabled, "Edit" is a link to the edit form; without the permission it is a disabled button. */
  readonly editLink = () => this.page.getByRole('link', { name: 'Edit', exact: true });
  readonly editButton = () => this.page.getByRole('button', { name: 'Edit', exact: true });
  readonly profileLink = () => this.page.getByRole('link', { name: 'Open contact profile' });

  readonly tab = (name: 'Details' | 'Channels' | 'History') => this.page.getByRole('tab', { name });
  /** Each channel: a list item named "<source>: <channel name>", e.g. "WhatsApp: whatsapp". */
  readonly channels = () => this.page.getByRole('list', { name: 'Channels of this contact' }).getByRole('listitem');
  readonly historyTable = () => this.page.getByRole('table', { name: 'Closed conversations' });
  readonly rows = (table: Locator) => table.getByRole('row').filter({ has: this.page.getByRole('cell') });

  readonly conflictsAlert = () => this.page.getByRole('alert').filter({ hasText: 'Conflicts found' });
  /** The values the conflicts alert lists for a field, the current one marked "(current)". */
  readonly conflictValues = (label: string) =>
    this.conflictsAlert().getByRole('list', { name: label, exact: true }).getByRole('listitem');
  readonly seeConflicts = () => this.page.getByRole('button', { name: 'See conflicts' });
  readonly reviewDialog = () => this.page.getByRole('dialog', { name: 'Review contact' });
  readonly reviewField = (label: string) => this.reviewDialog().getByLabel(label, { exact: true });
  readonly option = (name: string) => this.page.getByRole('option', { name, exact: true });
  readonly permissionNotice = (title: string) => this.page.getByRole('alert').filter({ hasText: title });
  readonly notFound = () => this.page.getByRole('heading', { name: 'Contact not found' });

  /** Picks a value in the review dialog's select for a field. */
  async choose(field: string, value: string): Promise<void> {
    await this.reviewField(field).click();
    await this.option(value).click();
  }
}
