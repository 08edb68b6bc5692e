import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The course chapters: `content/chapters/<lang>/<NN>-<slug>.mdx`. */
const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/chapters' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
  }),
});

export const collections = { chapters };
