import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium drives the tests: an explicit CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's
 * own download. Playwright cannot download browsers on machines without internet access, hence this order.
 */
export function resolveChromium(): string | undefined {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist.`);
    return explicit;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found for Playwright. Install one: `apt-get install chromium` (Debian/Ubuntu), ' +
      '`npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  );
}
