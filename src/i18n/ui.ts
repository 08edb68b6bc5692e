/** The site's two languages, in the order the language switch lists them. */
export const languages = ['en', 'zh'] as const;

/** One of the site's languages. */
export type Lang = (typeof languages)[number];

/** Type guard for a route parameter that should be a language. */
export function isLang(value: string | undefined): value is Lang {
  return languages.some((lang) => lang === value);
}

const strings = {
  en: {
    siteTitle: 'Seeing Attention',
    siteTagline:
      'From seq2seq to the Transformer, with every figure computed live in your browser.',
    languageName: 'English',
    switchLanguage: '中文',
    switchLanguageLabel: 'Read this page in Chinese',
    chapters: 'Chapters',
    onThisPage: 'On this page',
    previous: 'Previous',
    next: 'Next',
    chapter: 'Chapter',
    search: 'Search',
    searchLabel: 'Search the course',
    searchPlaceholder: 'e.g. softmax',
    searchNoResults: 'No results.',
    searchUnavailable: 'The search index is built by `npm run build`; it is not available here.',
    themeToggle: 'Dark theme',
    skipToContent: 'Skip to content',
    showCode: 'Show code',
    codeUnavailable: 'The code could not be loaded; reopen to try again.',
    textDescription: 'Text description of this figure',
    tryThis: 'Try this:',
    notice: 'Notice:',
    figureComing: 'Interactive figure coming',
    figureComingNote:
      'This figure will become a live computation. Until then, here is what it shows:',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address. The chapters are listed below.',
    homeIntro:
      'This course follows one idea from the sequence-to-sequence problem to the Transformer. Each picture of the original article is replaced by a figure that computes real numbers in your browser: edit them and watch every step recompute.',
    homeStart: 'Start with chapter 1',
    mainNav: 'Course',
    pagination: 'Chapter navigation',
    glossary: 'Glossary',
    glossaryDescription:
      'The terms of the course in English and Chinese, each with a one-line meaning and a link to the chapter that introduces it.',
    glossaryIntro:
      'Every term of the course in English and Chinese, grouped by the chapter that introduces it. Each link leads to the section where it is first explained.',
    glossaryEnglish: 'English',
    glossaryChinese: 'Chinese',
    glossaryIntroduced: 'Introduced in',
  },
  zh: {
    siteTitle: '看见注意力',
    siteTagline: '从 seq2seq 到 Transformer，每一幅图都在浏览器里实时计算。',
    languageName: '中文',
    switchLanguage: 'English',
    switchLanguageLabel: '阅读本页的英文版',
    chapters: '章节',
    onThisPage: '本页目录',
    previous: '上一章',
    next: '下一章',
    chapter: '第',
    search: '搜索',
    searchLabel: '搜索课程',
    searchPlaceholder: '例如 softmax',
    searchNoResults: '没有结果。',
    searchUnavailable: '搜索索引由 `npm run build` 生成，这里不可用。',
    themeToggle: '深色主题',
    skipToContent: '跳到正文',
    showCode: '显示代码',
    codeUnavailable: '代码未能加载；请重新打开再试。',
    textDescription: '这幅图的文字描述',
    tryThis: '试一试：',
    notice: '留意：',
    figureComing: '交互图即将上线',
    figureComingNote: '这幅图将成为实时计算。在此之前，这里是它展示的内容：',
    notFoundTitle: '页面不存在',
    notFoundText: '这个地址没有页面。下面是全部章节。',
    homeIntro:
      '本课程沿着一条主线，从序列到序列问题一直讲到 Transformer。原文中的每一幅图都换成了在你的浏览器里计算真实数字的交互图：改动数字，看每一步重新计算。',
    homeStart: '从第 1 章开始',
    mainNav: '课程',
    pagination: '章节导航',
    glossary: '术语表',
    glossaryDescription: '课程中的术语，中英文对照，每条附一句释义和引入它的章节链接。',
    glossaryIntro:
      '课程中的全部术语，中英文对照，按引入它们的章节分组。每个链接指向首次讲解该术语的小节。',
    glossaryEnglish: '英文',
    glossaryChinese: '中文',
    glossaryIntroduced: '引入于',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A key of the interface strings. */
export type UiKey = keyof (typeof strings)['en'];

/** The interface string `key` in `lang`. */
export function t(lang: Lang, key: UiKey): string {
  return strings[lang][key];
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** The language of a site path such as `/zh/attention/`; English where the path names none. */
export function langFromPath(pathname: string): Lang {
  return pathname.startsWith('/zh/') ? 'zh' : 'en';
}
