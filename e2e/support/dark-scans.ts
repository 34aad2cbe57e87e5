import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The variable naming the run's record of screens already checked in the dark scheme (axe.ts). */
export const DARK_SCANS_ENV = 'E2E_DARK_SCANS';

/**
 * Creates the run's empty record, shared by every worker through the environment global set-up leaves them, and
 * returns its removal.
 */
export function startDarkScanRecord(): () => void {
  const record = mkdtempSync(join(tmpdir(), 'e2e-dark-scans-'));
  process.env[DARK_SCANS_ENV] = record;
  return () => rmSync(record, { recursive: true, force: true });
}
