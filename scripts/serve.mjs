// Serves a built site for the end-to-end tests: static files, `index.html` for folders, and
// `404.html` with status 404, cross-origin isolated as `npm start` serves it. Unlike `astro preview`, several can run at once on other ports.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { isolationHeaders } from './isolation-headers.mjs';

const [root = 'dist', port = '4322', host = '127.0.0.1'] = process.argv.slice(2);
const siteRoot = resolve(root);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.bin': 'application/octet-stream',
  '.onnx': 'application/octet-stream',
};

function fileFor(pathname) {
  const path = join(siteRoot, normalize(decodeURIComponent(pathname)));
  if (!path.startsWith(siteRoot)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  const status = file ? 200 : 404;
  const served = file ?? join(siteRoot, '404.html');
  response.writeHead(status, {
    ...isolationHeaders,
    'content-type': types[extname(served)] ?? 'application/octet-stream',
  });
  createReadStream(served).pipe(response);
}).listen(Number(port), host, () => console.log(`serving ${siteRoot} on http://${host}:${port}/`));
