import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const roots = ['src', 'components', 'training', 'tests'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: roots.map((root) => `${root}/**/*.test.ts`),
          exclude: ['**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        // Runes only react under Svelte's client runtime, which the `browser` condition selects.
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'svelte',
          include: roots.map((root) => `${root}/**/*.svelte.test.ts`),
          environment: 'happy-dom',
        },
      },
    ],
  },
});
