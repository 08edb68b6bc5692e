/** One search hit, ready to show. */
export interface SearchResult {
  url: string;
  title: string;
  excerpt: string;
}

/** The outcome of a search: hits, or no index (as under `astro dev`). */
export type SearchOutcome = { kind: 'results'; results: SearchResult[] } | { kind: 'unavailable' };

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind | undefined> | undefined;

/** Loads Pagefind's index, built into `/pagefind/` by `npm run build`, once per page. */
function loadPagefind(): Promise<Pagefind | undefined> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(
    (module: Pagefind) => module,
    () => undefined,
  );
  return pagefind;
}

/** Searches the course in the page's language and returns the first ten hits. */
export async function runSearch(query: string): Promise<SearchOutcome> {
  const index = await loadPagefind();
  if (!index) return { kind: 'unavailable' };
  const found = await index.search(query);
  const results = await Promise.all(found.results.slice(0, 10).map((hit) => hit.data()));
  return {
    kind: 'results',
    results: results.map((data) => ({
      url: data.url,
      title: data.meta.title ?? data.url,
      excerpt: data.excerpt,
    })),
  };
}
