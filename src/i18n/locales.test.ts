import { describe, expect, it } from 'vitest';
import { pickLocale } from './locales';

describe('pickLocale', () => {
  it('takes the first browser language the console speaks, exact tag first', () => {
    expect(pickLocale(['pt-BR', 'en-US'])).toBe('pt-BR');
    expect(pickLocale(['de-DE', 'es-MX', 'en'])).toBe('es');
    expect(pickLocale(['en-GB', 'pt-BR'])).toBe('en');
  });

  it('falls back to the language when the region differs, and to English when none matches', () => {
    expect(pickLocale(['pt-PT'])).toBe('pt-BR');
    expect(pickLocale(['pt'])).toBe('pt-BR');
    expect(pickLocale(['fr-FR', 'de'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
