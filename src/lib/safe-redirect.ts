/** A stand-in origin: only what the URL parser keeps on it after normalising is a path of this app. */
const HERE = 'https://app.invalid';

/**
 * Only a path on this origin may be a post-login destination. The check runs on what the URL parser makes of the
 * target, because that is what the browser will follow: it drops tabs and newlines and reads `\` as `/`, so
 * `/\t/evil.example` or `/\evil.example` become `//evil.example`, another site. The normalised path is returned,
 * so the destination is exactly what was checked.
 */
export function safeRedirect(target: string | null | undefined): string {
  if (!target?.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(target, HERE);
  } catch {
    return '/';
  }
  if (url.origin !== HERE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
