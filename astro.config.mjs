// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';

export default defineConfig({
  trailingSlash: 'always',
  integrations: [mdx(), svelte()],
  // Astro 7's default Markdown processor (Sätteri) ignores remark/rehype plugins; KaTeX needs unified.
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
  },
  vite: {
    optimizeDeps: { exclude: ['onnxruntime-web'] },
  },
});
