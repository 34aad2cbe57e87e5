import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { chunkGroups } from './scripts/chunk-groups.ts';
import { firstPaintFrame } from './scripts/first-paint-frame.ts';
import { formatOnlyAlias, precompiledCatalogues } from './scripts/precompiled-catalogues.ts';

/** Where `/api` is proxied in dev and preview: a real Rocket.Chat, or the local server started by `npm start`. */
const rocketChatUrl = process.env.ROCKETCHAT_URL ?? `http://127.0.0.1:${process.env.LOCAL_SERVER_PORT ?? '3000'}`;

const proxy = { '/api': { target: rocketChatUrl, changeOrigin: true, secure: true } };

/**
 * The built app gets a strict Content-Security-Policy: scripts only from its own origin plus index.html's one inline
 * script, allowed by its hash computed here at build time (it picks the colour scheme, the language and the frame
 * before the first paint); API calls only to its origin and to the Rocket.Chat named at build time by
 * ROCKETCHAT_PUBLIC_URL (for a cross-origin deployment). Styles keep 'unsafe-inline': Mantine writes style attributes
 * and a <style> element of CSS variables at run time, which a hash cannot allow (and a hash in style-src would turn
 * 'unsafe-inline' off); index.html's frame CSS is inline under the same rule.
 */
function contentSecurityPolicy(): Plugin {
  const connect = ["'self'", process.env.ROCKETCHAT_PUBLIC_URL].filter(Boolean).join(' ');
  const sha256 = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
  const inlineScripts = (html: string) =>
    [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, source]) => source ?? '');
  const policy = (html: string) =>
    [
      "default-src 'self'",
      ["script-src 'self'", ...inlineScripts(html).map(sha256)].join(' '),
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      `connect-src ${connect}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join('; ');
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy(html) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Mantine's ScrollArea, which every Table imports, takes only `useMergeRefs` from `@floating-ui/react`; that import
 * alone put floating-ui on the first view of every screen with a table (issue #15). The build resolves it to the same
 * hook on Mantine's `useMergedRef` (src/lib/merge-refs.ts); floating-ui then loads with the first tooltip or menu.
 */
function scrollAreaWithoutFloatingUi(): Plugin {
  const mergeRefs = fileURLToPath(new URL('./src/lib/merge-refs.ts', import.meta.url));
  return {
    name: 'scroll-area-without-floating-ui',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === '@floating-ui/react' && importer && /[\\/]ScrollArea[\\/]ScrollArea\.mjs$/.test(importer)
        ? mergeRefs
        : undefined,
  };
}

/**
 * Headers the app must be served with (the README's nginx example sends the same): no page may frame it
 * (clickjacking; `frame-ancestors` works only as a header, not in the meta policy above), no content sniffing, and
 * no URL of the app leaks to other sites through the Referer.
 */
const securityHeaders = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export default defineConfig({
  plugins: [
    react(),
    firstPaintFrame(),
    contentSecurityPolicy(),
    precompiledCatalogues(),
    scrollAreaWithoutFloatingUi(),
  ],
  resolve: {
    alias: [{ find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }, formatOnlyAlias],
  },
  server: { host: '127.0.0.1', port: 5173, proxy, headers: securityHeaders },
  preview: { host: '127.0.0.1', port: 4173, proxy, headers: securityHeaders },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Named chunks for what each set of screens needs (see scripts/chunk-groups.ts).
        codeSplitting: { groups: chunkGroups },
      },
    },
  },
});
