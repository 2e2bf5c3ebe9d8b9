// Trunk post-build hook. Trunk runs a stage's hooks concurrently, so every step that rewrites
// index.html is here, one after the other (the knowledge.json hook writes only its own file):
// 0. puts the default view, rendered to HTML by the app's own components (`src/bin/prerender.rs`),
//    into the body, so it paints before the wasm arrives and reads without JavaScript;
// 1. minifies wasm-bindgen's JS glue with terser (Trunk minifies only HTML and CSS) and updates
//    its Subresource Integrity hash in index.html;
// 2. moves Trunk's inline start-up <script type="module"> into its own content-hashed file, so
//    the page runs under a Content-Security-Policy without 'unsafe-inline'.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');

// The same seeds as the wasm: the prerender's build script reads FILM_SEEDS as the app's does.
// The benchmark's trivial floor page (bench/floor) has nothing to prerender: `--no-prerender`.
if (!process.argv.includes('--no-prerender')) {
  const prerender = (...args) =>
    execFileSync('cargo', ['run', '--quiet', '--locked', '--features', 'ssr', '--bin', 'prerender', '--', ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  const body = prerender();
  const head = prerender('--head');
  if (!html.includes('</noscript>') || !html.includes('</head>')) throw new Error(`${page}: no <head> and <noscript> to fill`);
  // After the <noscript> notice, which readers without scripts then see first.
  html = html.replace('</head>', () => `${head}</head>`).replace('</noscript>', () => `</noscript><div id="prerendered">${body}</div>`);
}

if (process.env.TRUNK_PROFILE === 'release') {
  const glue = readdirSync(dir).filter((f) => f.endsWith('.js') && readdirSync(dir).includes(f.replace(/\.js$/, '_bg.wasm')));
  if (glue.length !== 1) throw new Error(`${dir}: expected one wasm-bindgen JS file, found ${glue.join(', ')}`);
  const file = join(dir, glue[0]);
  const { code } = await minify(readFileSync(file, 'utf8'), { module: true, compress: true, mangle: true });
  writeFileSync(file, code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  const link = new RegExp(`(<link[^>]*${glue[0].replace(/[.]/g, '\\.')}[^>]*integrity=)"?sha384-[^" >]+"?`);
  if (!link.test(html)) throw new Error(`${page}: no integrity attribute for ${glue[0]}`);
  html = html.replace(link, `$1"${integrity}"`);
}

const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error(`${page}: no inline module script to externalize`);
const init = match[1].trim() + '\n';
const name = `init-${createHash('sha256').update(init).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), init);
html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error(`${page}: an inline script is left after externalizing`);
writeFileSync(page, html);
