import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The onnxruntime-web runtime files the wasm and webgpu entry points load (webgl needs none). */
const files = [
  'ort-wasm-simd-threaded.mjs',
  'ort-wasm-simd-threaded.wasm',
  'ort-wasm-simd-threaded.asyncify.mjs',
  'ort-wasm-simd-threaded.asyncify.wasm',
];

/** An Astro integration that copies ORT's runtime into `public/ort/`, so the site serves it itself. */
export function ortFiles() {
  return {
    name: 'ort-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const require = createRequire(import.meta.url);
        const dist = dirname(require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm'));
        const target = join(fileURLToPath(config.publicDir), 'ort');
        mkdirSync(target, { recursive: true });
        for (const file of files) copyFileSync(join(dist, file), join(target, file));
      },
    },
  };
}
