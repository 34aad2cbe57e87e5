import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('keeps a path of this app, with its query and hash', () => {
    expect(safeRedirect('/contacts/abc?tab=history#top')).toBe('/contacts/abc?tab=history#top');
  });

  it.each([
    ['//evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/\\evil.example'],
    ['/\\/evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['evil.example'],
    [''],
    [null],
  ])('sends %j home: after the URL parser normalises it, it is not a path of this app', (target) => {
    expect(safeRedirect(target)).toBe('/');
  });
});
