import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/ui';

/** A chapter as the site routes it. */
export interface Chapter {
  lang: Lang;
  slug: string;
  order: number;
  entry: CollectionEntry<'chapters'>;
}

/** Splits a collection id such as `en/03-attention` into its language, order and slug. */
export function parseChapterId(id: string): { lang: string; order: number; slug: string } {
  const match = /^([a-z]+)\/(\d+)-([a-z0-9-]+)$/.exec(id);
  if (!match?.[1] || !match[2] || !match[3]) {
    throw new Error(`Chapter file "${id}" must be named <lang>/<NN>-<slug>.mdx`);
  }
  return { lang: match[1], order: Number(match[2]), slug: match[3] };
}

/** The chapters of one language, in course order. */
export async function getChapters(lang: Lang): Promise<Chapter[]> {
  const entries = await getCollection('chapters');
  return entries
    .map((entry) => ({ entry, ...parseChapterId(entry.id) }))
    .filter((chapter): chapter is Chapter => chapter.lang === lang)
    .sort((a, b) => a.order - b.order);
}

/** The URL of a chapter. */
export function chapterHref(lang: Lang, slug: string): string {
  return `/${lang}/${slug}/`;
}
