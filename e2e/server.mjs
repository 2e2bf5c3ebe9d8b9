// A static file server on 127.0.0.1 (a free port) for the built page, sending the page's
// Content-Security-Policy as a header too. It serves the same files at / and under SUB_PATH, so
// the specs prove that every URL in the build is relative and the page works from any sub-path.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/// The policy every response carries. index.html carries the same one as a <meta http-equiv>
/// minus `frame-ancestors`, which browsers ignore (with a console error) in a meta element.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// The build under test: dist/ from `trunk build --release`, or E2E_DIST.
export const DIST = process.env.E2E_DIST ?? join(import.meta.dirname, '..', 'dist');

/// The sub-path the page is also served from.
export const SUB_PATH = '/some/sub/path/';

/// Serves `dir`; resolves to `{ url, origin, close }` once listening on a free port.
export function startServer(dir, { host = '127.0.0.1', port = 0 } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    if (path === SUB_PATH.slice(0, -1)) {
      res.writeHead(301, { ...headers, location: SUB_PATH }).end();
      return;
    }
    if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const origin = `http://${host}:${server.address().port}`;
      resolvePromise({
        url: `${origin}/`,
        origin,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
      });
    });
  });
}

// `node e2e/server.mjs [DIR] [PORT]` serves a build by hand, e.g. to look at dist/ under the CSP.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? DIST;
  const { origin } = await startServer(dir, { port: Number(process.argv[3] ?? 0) });
  console.log(`serving ${dir} at ${origin}/ and ${origin}${SUB_PATH} (Ctrl-C stops)`);
}
