import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryTerms } from './terms';

const slugsOf = (lang: string) =>
  readdirSync(`content/chapters/${lang}`).map((file) => file.replace(/^\d+-|\.mdx$/g, ''));

describe('the glossary terms', () => {
  it('are about thirty, with unique ids', () => {
    expect(glossaryTerms.length).toBeGreaterThanOrEqual(30);
    expect(new Set(glossaryTerms.map((t) => t.id)).size).toBe(glossaryTerms.length);
  });

  it('each have both names, a meaning in both languages and a chapter of both languages', () => {
    const [en, zh] = [slugsOf('en'), slugsOf('zh')];
    for (const term of glossaryTerms) {
      for (const text of [term.en, term.zh, term.meaning.en, term.meaning.zh])
        expect(text.trim(), term.id).not.toBe('');
      expect(term.zh, term.id).toMatch(/[\u4e00-\u9fff]|Transformer/);
      expect(en, term.id).toContain(term.chapter);
      expect(zh, term.id).toContain(term.chapter);
      if (term.section) expect(term.section.en && term.section.zh, term.id).toBeTruthy();
    }
  });

  it('include the pairs the course relies on', () => {
    const pairs = glossaryTerms.map((t) => `${t.en} / ${t.zh}`);
    expect(pairs).toContain('teacher forcing / 教师强制');
    expect(pairs).toContain('attention / 注意力');
  });
});
