// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { defaultClientConditions } from 'vite';
import { isolationHeaders } from './scripts/isolation-headers.mjs';
import { ortFiles } from './scripts/ort-files.mjs';

export default defineConfig({
  trailingSlash: 'always',
  // `npm start` and `npm run dev` serve cross-origin isolated pages, so ORT wasm may use both cores.
  server: { headers: isolationHeaders },
  integrations: [mdx(), svelte(), ortFiles()],
  // A meta-tag policy on every page: everything from the site itself, inline scripts only by
  // hash, wasm compiled for ORT and Pagefind. Style attributes stay allowed: KaTeX and Shiki
  // write their layout and colours inline. The README gives the equivalent HTTP header.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Formulas are written as MathML, which browsers lay out themselves: a tenth of KaTeX's HTML
  // and no web fonts. Astro 7's default Markdown processor (Sätteri) ignores remark/rehype plugins; KaTeX needs unified.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'mathml' }]],
    }),
  },
  vite: {
    optimizeDeps: { exclude: ['onnxruntime-web'] },
    // Module workers split their chunks like the page, so ORT stays out of a worker until used.
    worker: { format: 'es' },
    // ORT's runtime is served from /ort/ (see ortFiles); without this Vite would also bundle a copy.
    resolve: { conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions] },
  },
});
