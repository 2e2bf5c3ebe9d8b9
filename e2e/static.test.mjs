// The release build as a static site: the test server (MIME types, CSP header, sub-path) and
// the files themselves (relative URLs, the CSP in a <meta>, no inline script or style).
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, CSP, DIST, SUB_PATH } from './server.mjs';

const html = () => readFileSync(join(DIST, 'index.html'), 'utf8');
const directives = (policy) => policy.split(';').map((d) => d.trim()).filter(Boolean).sort();

/// The start tags of an HTML text, each as its name and attributes; values may be double-quoted,
/// single-quoted or bare (a release build's minified HTML leaves most quotes out).
function startTags(text) {
  const tags = [];
  for (const [, name, rest] of text.matchAll(/<([a-z][a-z0-9-]*)((?:\s*[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi)) {
    const attributes = new Map();
    for (const [, key, , double, single, bare] of rest.matchAll(/([^\s"'>/=]+)(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes.set(key.toLowerCase(), double ?? single ?? bare ?? '');
    }
    tags.push({ name: name.toLowerCase(), attributes });
  }
  return tags;
}

test('startTags reads attributes however they are quoted', () => {
  const [a, b] = startTags(`<META http-equiv=X content="a b"><link href='./x.css' crossorigin rel=stylesheet />`);
  assert.deepEqual([a.name, ...a.attributes], ['meta', ['http-equiv', 'X'], ['content', 'a b']]);
  assert.deepEqual([b.name, ...b.attributes], ['link', ['href', './x.css'], ['crossorigin', ''], ['rel', 'stylesheet']]);
});

const tag = (tags, name, attribute, value) =>
  tags.find((t) => t.name === name && (attribute === undefined || t.attributes.get(attribute)?.toLowerCase() === value));

test('index.html carries the CSP as a meta element, equal to the header but frame-ancestors', () => {
  const meta = tag(startTags(html()), 'meta', 'http-equiv', 'content-security-policy');
  assert.ok(meta, 'a CSP meta element');
  assert.deepEqual(directives(meta.attributes.get('content')), directives(CSP).filter((d) => !d.startsWith('frame-ancestors')));
});

test('index.html has no inline script or style and only relative URLs', () => {
  const tags = startTags(html());
  assert.ok(tags.filter((t) => t.name === 'script').every((t) => t.attributes.has('src')), 'inline <script>');
  assert.ok(!tag(tags, 'style'), 'inline <style>');
  for (const t of tags) {
    assert.ok(![...t.attributes.keys()].some((k) => k.startsWith('on')), `inline event handler on <${t.name}>`);
    for (const url of ['src', 'href'].map((k) => t.attributes.get(k)).filter((u) => u !== undefined)) {
      // Files by relative path, in-app links by query (?…) or fragment: never another origin or the host's root.
      assert.ok(url.startsWith('data:') || !/^([a-z][a-z0-9+.-]*:|\/)/i.test(url), `relative URL: ${url}`);
    }
  }
  assert.equal(tag(tags, 'html')?.attributes.get('lang'), 'en');
  assert.ok(tag(tags, 'meta', 'name', 'viewport'), 'a viewport meta element');
  assert.ok(tag(tags, 'meta', 'name', 'description')?.attributes.get('content'), 'a description');
  assert.ok(tag(tags, 'noscript'), 'a <noscript> message');
});

/// The names of a wasm module's custom sections.
function customSections(bytes) {
  assert.equal(bytes.subarray(0, 4).toString('latin1'), '\0asm', 'wasm magic');
  const names = [];
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 0) {
      const length = leb();
      names.push(bytes.subarray(at, at + length).toString('utf8'));
    }
    at = end;
  }
  return names;
}

test('the build has one wasm module, optimised by wasm-opt (no debug names left)', () => {
  const wasm = readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, wasm.join(', '));
  const sections = customSections(readFileSync(join(DIST, wasm[0])));
  assert.ok(!sections.includes('name'), `custom sections: ${sections.join(', ')}`);
});

test('the JS glue is minified and every integrity hash matches its file', () => {
  const glue = readdirSync(DIST).filter((f) => /^film-explorer-.*\.js$/.test(f));
  assert.equal(glue.length, 1, glue.join(', '));
  const js = readFileSync(join(DIST, glue[0]), 'utf8');
  assert.ok(js.split('\n').length < 10, `${glue[0]} has ${js.split('\n').length} lines: not minified`);
  const links = startTags(html()).filter((t) => t.name === 'link' && t.attributes.has('integrity'));
  assert.ok(links.length >= 3, 'css, js and wasm carry an integrity hash');
  for (const { attributes } of links) {
    const file = attributes.get('href').replace(/^\.\//, '');
    const digest = createHash('sha384').update(readFileSync(join(DIST, file))).digest('base64');
    assert.equal(attributes.get('integrity'), `sha384-${digest}`, file);
  }
});

test('built JS and CSS load nothing from another origin', () => {
  for (const f of readdirSync(DIST).filter((f) => /\.(js|css)$/.test(f))) {
    const text = readFileSync(join(DIST, f), 'utf8');
    assert.doesNotMatch(text, /(?:import\s*\(|from\s*|url\()\s*["']?(?:https?:)?\/\//, `${f} loads another origin`);
  }
});

test('the test server sends MIME types, the CSP and the files at / and under the sub-path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-server-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><p>hi</p>');
  writeFileSync(join(dir, 'a.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  writeFileSync(join(dir, 'a.js'), 'export {};');
  writeFileSync(join(dir, 'a.css'), 'p{}');
  const server = await startServer(dir);
  try {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    for (const prefix of ['/', SUB_PATH]) {
      for (const [path, type] of [['', 'text/html'], ['a.wasm', 'application/wasm'], ['a.js', 'text/javascript'], ['a.css', 'text/css']]) {
        const res = await fetch(server.origin + prefix + path);
        assert.equal(res.status, 200, prefix + path);
        assert.equal(res.headers.get('content-type').split(';')[0], type, prefix + path);
        assert.equal(res.headers.get('content-security-policy'), CSP);
        await res.arrayBuffer();
      }
    }
    const redirect = await fetch(server.origin + SUB_PATH.slice(0, -1), { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal((await fetch(server.origin + '/missing.js')).status, 404);
    assert.equal((await fetch(server.origin + '/..%2f..%2fetc/passwd')).status, 403);
    assert.equal((await fetch(server.origin + '/', { method: 'POST' })).status, 405);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true });
  }
});
