import { useMemo } from 'react';
import { currentLocale, t } from '@/i18n/translator';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { SelectField } from '@/components/form-fields';
import { phoneRegions } from '@/lib/phone-regions';

/** Phone regions by name in the console's language ("Brasil (BR)" in Portuguese), sorted as that language sorts. */
function regionOptions(locale: string) {
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  return phoneRegions
    .map((code) => ({ value: code, label: `${regionNames.of(code) ?? code} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** "Phone region": how phone numbers typed without a country code are read. Bind with `register('region')`. */
export function RegionField(props: UseFormRegisterReturn) {
  const locale = currentLocale();
  const data = useMemo(() => regionOptions(locale), [locale]);
  return (
    <SelectField label={t('contacts.regionLabel')} description={t('contacts.regionHint')} data={data} {...props} />
  );
}
