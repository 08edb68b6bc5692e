// The one-way layers: content/ → components/ → src/ → public/models ← training/ (Node only).

const CODE = '{ts,js,mjs,svelte,astro}';
const folders = (...names) => names.flatMap((name) => [`**/${name}/**`, `**/${name}`]);

/** Flat-config entries forbidding each layer to import the layers above it, with the reason. */
export const layerRules = [
  {
    files: [`src/**/*.${CODE}`],
    ignores: ['src/pages/**', 'src/layouts/**'],
    group: folders('components', 'content', 'training'),
    message: 'src/ (runtime, models, engine) is the bottom layer: no UI, prose or training code.',
  },
  {
    files: [`src/pages/**/*.${CODE}`, `src/layouts/**/*.${CODE}`],
    group: folders('training'),
    message: 'The site shell may use components/ and src/, never the Node-only training/.',
  },
  {
    files: [`components/**/*.${CODE}`],
    group: folders('content', 'training'),
    message: 'components/ (widgets) import src/: prose stays in content/, training/ is Node-only.',
  },
  {
    files: [`training/**/*.${CODE}`],
    group: folders('components', 'content'),
    message: 'training/ is Node-only: it may import src/, never the widgets or the prose.',
  },
].map(({ files, ignores, group, message }) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
}));
