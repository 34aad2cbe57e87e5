import type { Page } from '@playwright/test';

/**
 * Adds a required custom field to the definitions this page receives, and only there: a required definition on the
 * shared server would make every other spec's saves fail.
 */
export async function addRequiredFieldInBrowser(page: Page, id: string, label: string): Promise<void> {
  await page.route('**/api/v1/livechat/custom-fields?**', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    body.customFields.push({ _id: id, label, scope: 'visitor', visibility: 'visible', required: true });
    await route.fulfill({ response, json: body });
  });
}
