// Serves the built site (dist/, or PARLONS_EN_DIST) for the browser tests,
// the PDF step and the benchmark, on its own port, so it never collides with
// `npm start`'s `astro preview`.
// Usage: node scripts/serve-dist.mjs [port]   (port 0: any free port)
// It prints "Site construit servi sur http://localhost:<port>/" once listening.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_ROOT = resolvePath(
  process.env.PARLONS_EN_DIST ?? join(import.meta.dirname, '..', 'dist'),
);
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

/** A request handler serving `root` like the real static host. */
export function siteHandler(root = DEFAULT_ROOT) {
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
  return async (req, res) => {
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
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 4329);
  const server = createServer(siteHandler());
  server.listen(port, () => {
    const address = server.address();
    console.log(`Site construit servi sur http://localhost:${address.port}/`);
  });
}
