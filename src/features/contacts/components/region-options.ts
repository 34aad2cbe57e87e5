import { phoneRegions } from '@/lib/phone-regions';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Phone regions for a select, by name: "Brazil (BR)". */
export const regionOptions = phoneRegions
  .map((code) => ({ value: code, label: `${regionNames.of(code) ?? code} (${code})` }))
  .sort((a, b) => a.label.localeCompare(b.label));
