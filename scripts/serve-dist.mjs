// Serves the built site (dist/) for the browser tests and the benchmark, on
// its own port, so it never collides with `npm start`'s `astro preview`.
// Usage: node scripts/serve-dist.mjs [port]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = join(import.meta.dirname, '..', 'dist');
const port = Number(process.argv[2] ?? process.env.PORT ?? 4329);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

async function resolve(pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    if (await stat(index).catch(() => null)) return index;
  }
  return null;
}

createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // Like the real host: /ateliers → /ateliers/ for directories.
  if (!pathname.endsWith('/') && !extname(pathname)) {
    const dir = await stat(join(root, pathname)).catch(() => null);
    if (dir?.isDirectory()) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
  }
  const file = await resolve(pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  res.writeHead(status, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
}).listen(port, () => console.log(`Site construit servi sur http://localhost:${port}/`));
