// A static file server on 127.0.0.1 (a free port) for the built page, sending the page's
// Content-Security-Policy as a header too. It serves the same files at / and under SUB_PATH, so
// the specs prove that every URL in the build is relative and the page works from any sub-path.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/// Types a static host compresses (images and fonts are compressed already).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.txt', '.svg', '.webmanifest']);

/// The policy of a page served with its scripts off: no script or wasm runs or loads (for tools
/// that need the page without JavaScript but cannot turn it off in the browser, as Lighthouse).
export const CSP_NO_SCRIPT = CSP.replace(/script-src [^;]*/, "script-src 'none'");

/// Serves `dir`; resolves to `{ url, origin, close }` once listening on a free port. With
/// `gzip`, text and wasm go gzip-compressed to clients that accept it, as static hosts send them;
/// with `scripts` false, every response carries CSP_NO_SCRIPT. `cacheControl` is the header sent
/// with every response (`no-store`: each load of a spec fetches afresh).
export function startServer(dir, { host = '127.0.0.1', port = 0, gzip = false, scripts = true, cacheControl = 'no-store' } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const headers = { 'content-security-policy': scripts ? CSP : CSP_NO_SCRIPT, 'x-content-type-options': 'nosniff', 'cache-control': cacheControl };
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
      let body = await readFile(file);
      const type = extname(file).toLowerCase();
      if (gzip && COMPRESSIBLE.has(type)) {
        headers.vary = 'accept-encoding';
        if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          body = gzipSync(body, { level: 9 });
          headers['content-encoding'] = 'gzip';
        }
      }
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[type] ?? 'application/octet-stream',
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

// `node e2e/server.mjs [DIR] [PORT]` serves a build by hand, e.g. to look at dist/ under the CSP
// (gzip-compressed, as a static host serves it).
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? DIST;
  const { origin } = await startServer(dir, { port: Number(process.argv[3] ?? 0), gzip: true });
  console.log(`serving ${dir} at ${origin}/ and ${origin}${SUB_PATH} (Ctrl-C stops)`);
}
