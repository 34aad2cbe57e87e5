/** Catalogues precompiled by the build (scripts/precompiled-catalogues.ts): ICU messages as icu-minify arrays. */
declare module 'virtual:catalogue/*' {
  const messages: unknown;
  export default messages;
}
