/** Only a path on this origin may be a post-login destination (no `//evil.example`, no `javascript:`). */
export function safeRedirect(target: string | null | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  return target;
}
