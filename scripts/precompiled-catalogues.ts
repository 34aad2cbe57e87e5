import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import compile from 'icu-minify/compile';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:catalogue/';
const directory = fileURLToPath(new URL('../src/i18n/catalogues/', import.meta.url));

type Tree = { [key: string]: string | Tree };

function compileTree(tree: Tree): unknown {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? compile(value) : compileTree(value)]),
  );
}

/**
 * `import('virtual:catalogue/pt-BR')` gives `src/i18n/catalogues/pt-BR.json` with every ICU message compiled at build
 * time, so the browser formats them with icu-minify's small runtime instead of parsing ICU (use-intl's
 * `format-only` formatter, aliased in the Vite config). A syntax error in a catalogue fails the build.
 */
export function precompiledCatalogues(): Plugin {
  return {
    name: 'precompiled-catalogues',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const file = `${directory}${id.slice(PREFIX.length + 1)}.json`;
      this.addWatchFile(file);
      const tree = JSON.parse(readFileSync(file, 'utf8')) as Tree;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compileTree(tree)))});`;
    },
  };
}

/** use-intl formats precompiled messages only: no ICU parser (intl-messageformat) in the bundle. */
export const formatOnlyAlias = {
  find: /^use-intl\/format-message$/,
  replacement: 'use-intl/format-message/format-only',
};
