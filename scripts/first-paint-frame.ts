import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifySync } from 'rolldown/experimental';
import type { Plugin } from 'vite';
import { COLOR_SCHEME_KEY, CREDENTIALS_KEY, LANGUAGE_KEY } from '../src/lib/storage-keys.ts';

type Tree = { [key: string]: string | Tree };

const directory = fileURLToPath(new URL('../src/i18n/catalogues/', import.meta.url));
/** The languages the app speaks are its catalogues (one file for each of src/i18n/locales.ts). */
const locales = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length));
const catalogue = (locale: string): Tree => JSON.parse(readFileSync(`${directory}${locale}.json`, 'utf8')) as Tree;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function message(tree: Tree, id: string): string {
  const value = id.split('.').reduce<string | Tree | undefined>((node, key) => (node as Tree | undefined)?.[key], tree);
  if (typeof value !== 'string') throw new Error(`index.html: no message ${id}`);
  return value;
}

/**
 * The frame index.html paints before any script or stylesheet (issue #15). Its words are the app's own messages
 * (`%FRAME_TEXT:auth.title%`), one span per language; the inline script shows the language the app will choose
 * (the stored choice, else the browser's, as src/i18n/locales.ts picks), so the frame never speaks another language
 * than the screen that replaces it. The storage keys come from src/lib/storage-keys.ts. The app removes the frame once its
 * first screen is drawn (src/lib/first-paint-frame.ts). The entry stylesheet stays in the head, so the frame waits
 * for it (6 kB): moved after the frame, it came after the screens' stylesheets, which Vite adds to the head, and its
 * base rules overrode theirs (a link lost its underline).
 */
export function firstPaintFrame(): Plugin {
  const catalogues = Object.fromEntries(locales.map((locale) => [locale, catalogue(locale)]));
  const values: Record<string, string> = {
    FRAME_SCHEME_KEY: JSON.stringify(COLOR_SCHEME_KEY),
    FRAME_CREDENTIALS_KEY: JSON.stringify(CREDENTIALS_KEY),
    FRAME_LANGUAGE_KEY: JSON.stringify(LANGUAGE_KEY),
    FRAME_LOCALES: JSON.stringify(locales),
  };
  const text = (id: string) =>
    locales.map((locale) => `<span lang="${locale}">${escapeHtml(message(catalogues[locale]!, id))}</span>`).join('');
  return {
    name: 'first-paint-frame',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        const unstyled = locales.filter(
          (locale) => !html.includes(`html[lang='${locale}'] #app-frame span[lang='${locale}']`),
        );
        if (unstyled.length) throw new Error(`index.html: the frame's CSS does not show ${unstyled.join(', ')}`);
        const filled = html.replace(/%(FRAME_[A-Z_]+)(?::([a-zA-Z.]+))?%/g, (match, name: string, id?: string) => {
          if (name === 'FRAME_TEXT' && id) return text(id);
          const value = values[name];
          if (value === undefined) throw new Error(`index.html: unknown placeholder ${match}`);
          return value;
        });
        // Every byte of the page comes before the first paint: no comments nor indentation, the inline script
        // minified (its CSP hash is computed afterwards, in vite.config.ts).
        return filled
          .replace(/<!--[\s\S]*?-->\s*/g, '')
          .replace(/>\s*\n\s*</g, '><')
          .replace(/<script>([\s\S]*?)<\/script>/g, (_, source: string) => {
            const { code } = minifySync('frame.js', source, { compress: true, mangle: true });
            return `<script>${code.trim()}</script>`;
          });
      },
    },
  };
}
