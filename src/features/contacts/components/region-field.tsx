import type { UseFormRegisterReturn } from 'react-hook-form';
import { SelectField } from '@/components/form-fields';
import { phoneRegions } from '@/lib/phone-regions';
import { messages } from '../messages';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** Phone regions by name: "Brazil (BR)". */
const regionOptions = phoneRegions
  .map((code) => ({ value: code, label: `${regionNames.of(code) ?? code} (${code})` }))
  .sort((a, b) => a.label.localeCompare(b.label));

/** "Phone region": how phone numbers typed without a country code are read. Bind with `register('region')`. */
export function RegionField(props: UseFormRegisterReturn) {
  return <SelectField label={messages.regionLabel} description={messages.regionHint} data={regionOptions} {...props} />;
}
