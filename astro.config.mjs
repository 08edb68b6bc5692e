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
  // Astro 7's default Markdown processor (Sätteri) ignores remark/rehype plugins; KaTeX needs unified.
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
  },
  vite: {
    optimizeDeps: { exclude: ['onnxruntime-web'] },
    // ORT's runtime is served from /ort/ (see ortFiles); without this Vite would also bundle a copy.
    resolve: { conditions: ['onnxruntime-web-use-extern-wasm', ...defaultClientConditions] },
  },
});
