import { createRoot } from 'react-dom/client';
import { loadConfig } from '@/lib/config';
import { App } from '@/app/app';

await loadConfig();
createRoot(document.getElementById('root')!).render(<App />);
