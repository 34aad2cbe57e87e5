import type { Page, Route } from '@playwright/test';

/** Every POST the page sends to a path that `path` matches, in order: where it went and the body as sent. */
export function watchPosts(page: Page, path: RegExp): { path: string; body: unknown }[] {
  const posts: { path: string; body: unknown }[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.method() === 'POST' && path.test(pathname))
      posts.push({ path: pathname, body: request.postDataJSON() });
  });
  return posts;
}

/**
 * The first request to `url` reaches the server, which acts on it, but its answer is lost: by default the connection
 * drops, or `answer` replaces it with what it sends. Later requests pass untouched.
 */
export async function loseFirstAnswer(
  page: Page,
  url: string,
  answer: (route: Route, response: Awaited<ReturnType<Route['fetch']>>) => Promise<void> = (route) =>
    route.abort('connectionreset'),
): Promise<void> {
  let first = true;
  await page.route(url, async (route) => {
    if (!first) return route.continue();
    first = false;
    await answer(route, await route.fetch());
  });
}

/** Requests to `url` wait until the returned function is called, so that what shows meanwhile can be checked. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Requests to `url` answer `ms` later, so that a checking state can be seen. */
export async function delayRequests(page: Page, url: string, ms: number): Promise<void> {
  await page.route(url, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}
