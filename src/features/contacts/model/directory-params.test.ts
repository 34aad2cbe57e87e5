import { describe, expect, it } from 'vitest';
import { directoryToSearch, parseDirectoryParams, serverSort } from './directory-params';

describe('directory params', () => {
  it('round-trips through the URL, leaving defaults out', () => {
    const search = 'q=davis&sort=-lastChat&page=2&size=50&contacts=unknown';
    const { params, rejected } = parseDirectoryParams(search);
    expect(rejected).toEqual([]);
    expect(params).toEqual({
      text: 'davis',
      sort: { key: 'lastChat', direction: 'desc' },
      page: 2,
      size: 50,
      unknown: true,
    });
    expect(directoryToSearch(params)).toBe(search);
    expect(directoryToSearch(parseDirectoryParams('').params)).toBe('');
  });

  it('names what a hand-edited URL holds that the directory does not offer, and uses the default', () => {
    const { params, rejected } = parseDirectoryParams('sort=email&page=two&size=7');
    expect(rejected).toEqual(['sort', 'page', 'size']);
    expect(directoryToSearch(params)).toBe('');
  });

  it('sends any whole page to the server, which decides', () => {
    expect(parseDirectoryParams('page=0').params.page).toBe(0);
    expect(parseDirectoryParams('page=0').rejected).toEqual([]);
  });

  it("sorts by Rocket.Chat's keys", () => {
    expect(serverSort({ key: 'name', direction: 'asc' })).toBe('{"name":1}');
    expect(serverSort({ key: 'lastChat', direction: 'desc' })).toBe('{"lastChat.ts":-1}');
  });
});
