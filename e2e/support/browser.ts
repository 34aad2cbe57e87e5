import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's builds, lightest first: the headless shell needs about a third less CPU per test than the browser. */
const DEBIAN_BUILDS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/**
 * Which Chromium drives the tests: an explicit CHROMIUM_PATH, then Debian's headless shell or Chromium, then
 * Playwright's own download. Playwright cannot download browsers on machines without internet access, hence this
 * order.
 */
export function resolveChromium(): string | undefined {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist.`);
    return explicit;
  }
  const debian = DEBIAN_BUILDS.find((path) => existsSync(path));
  if (debian) return debian;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found for Playwright. Install one: `apt-get install chromium-headless-shell` (Debian), ' +
      '`npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium/Chrome binary.',
  );
}
