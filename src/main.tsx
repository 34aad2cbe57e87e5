import { createRoot } from 'react-dom/client';
import { loadConfig } from '@/lib/config';
import { initialLocale } from '@/i18n/locales';
import { loadLocale } from '@/i18n/translator';
import { App } from '@/app/app';

// The catalogue downloads alongside the config: the second request costs no extra round trip.
await Promise.all([loadConfig(), loadLocale(initialLocale())]);
createRoot(document.getElementById('root')!).render(<App />);
