import { describe, expect, it } from 'vitest';
import compile from 'icu-minify/compile';
import en from './catalogues/en.json';
import es from './catalogues/es.json';
import ptBR from './catalogues/pt-BR.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [id, text] of flatten(value, `${prefix}${key}.`)) out.set(id, text);
  }
  return out;
}

/**
 * The arguments and tags a message uses (icu-minify's compiled form: a message is a string or a list of parts; a
 * part is text, `0` for `#`, `[name]`, `[name, type, options]` or `[tag, ...children]`): a translation must keep
 * them all, and add none.
 */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const visitMessage = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visitPart);
  };
  const visitPart = (part: unknown): void => {
    if (!Array.isArray(part)) return;
    const [name, second, ...rest] = part as [string, ...unknown[]];
    names.add(name);
    if (typeof second === 'number') {
      for (const option of rest) if (option && typeof option === 'object') Object.values(option).forEach(visitMessage);
    } else [second, ...rest].forEach(visitPart);
  };
  visitMessage(compile(message));
  return [...names].sort();
}

const source = flatten(en);
const translations = { 'pt-BR': flatten(ptBR), es: flatten(es) };

describe('catalogues', () => {
  it.each(Object.entries(translations))('%s has every English id and no other', (_, catalogue) => {
    expect([...catalogue.keys()].filter((id) => !source.has(id))).toEqual([]);
    expect([...source.keys()].filter((id) => !catalogue.has(id))).toEqual([]);
  });

  it.each(Object.entries(translations))('%s keeps each message’s arguments and tags', (_, catalogue) => {
    const differing = [...source].filter(([id, text]) => {
      const translated = catalogue.get(id);
      return translated !== undefined && placeholders(translated).join() !== placeholders(text).join();
    });
    expect(differing.map(([id]) => id)).toEqual([]);
  });

  it('every English id is used by the app, so none is left behind when its screen changes', () => {
    const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const code = Object.values(sources).join('\n');
    const used = new Set([...code.matchAll(/['"]([a-z]+\.[A-Za-z]+)['"]/g)].map((match) => match[1]));
    expect([...source.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});
