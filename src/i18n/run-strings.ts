import type { Lang } from './ui';

const strings = {
  en: {
    backend: 'Backend',
    backendAuto: 'Auto (fastest measured)',
    backendTs: 'TypeScript (reference)',
    backendWasm: 'WebAssembly (onnxruntime-web)',
    backendWebgl: 'WebGL (onnxruntime-web)',
    backendWebgpu: 'WebGPU (onnxruntime-web)',
    ranOn: 'Ran on',
    running: 'Computing…',
    matches: 'matches the reference',
    verifiedAt: 'checked against the reference at {time}',
    verify: 'Verify now',
    ortShare: 'ORT {ms} ms',
    maxDelta: 'max |Δ|',
    skipped: 'skipped',
    failed: 'The computation failed; the last good result is kept.',
    lengthLimit:
      'Stopped at the length limit ({count} tokens) without an end-of-sequence token [EOS].',
  },
  zh: {
    backend: '后端',
    backendAuto: '自动（实测最快）',
    backendTs: 'TypeScript（参考实现）',
    backendWasm: 'WebAssembly（onnxruntime-web）',
    backendWebgl: 'WebGL（onnxruntime-web）',
    backendWebgpu: 'WebGPU（onnxruntime-web）',
    ranOn: '运行于',
    running: '计算中…',
    matches: '与参考实现一致',
    verifiedAt: '于 {time} 与参考实现核对',
    verify: '立即核对',
    ortShare: 'ORT {ms} ms',
    maxDelta: '最大 |Δ|',
    skipped: '已跳过',
    failed: '计算失败；保留上一次的正确结果。',
    lengthLimit: '已达长度上限（{count} 个词元）仍未生成序列结束符 [EOS]，解码停止。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A string of the backend switcher and the length-limit note. */
export type RunStringKey = keyof (typeof strings)['en'];

/**
 * The string `key` of the backend switcher or the length-limit note in `lang`: kept apart from the
 * other widget strings because these two appear on every page with a model.
 */
export function rt(lang: Lang, key: RunStringKey): string {
  return strings[lang][key];
}
