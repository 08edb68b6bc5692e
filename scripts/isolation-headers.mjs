/**
 * Headers that make a page cross-origin isolated, so browsers grant it SharedArrayBuffer and ORT's
 * WebAssembly backend can run on several threads. Everything the site loads is its own, so
 * `require-corp` blocks nothing. A static host should send the same two headers on every file.
 */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};
