// Shared set-up for the end-to-end specs (run with `node --test e2e/`): per spec file, one
// headless Chromium (Debian's, driven by playwright-core) and one static server on the release
// build; per page, a record of every request, console error, page error and CSP violation.
//
//   await withPage(async (page) => { ... }, { query: '?kind=source' });  // opens, checks, closes
//   const page = await openApp('?q=x'); ...; await assertClean(page); await page.context_.close();
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer, DIST, SUB_PATH } from './server.mjs';

export { DIST };

export const ROOT = join(import.meta.dirname, '..');
/// Screenshots of every run (gitignored).
export const ARTIFACTS = join(import.meta.dirname, 'artifacts');
/// The README's screenshot, rewritten by the suite whenever the page looks different.
export const README_SCREENSHOT = join(ROOT, 'docs', 'screenshot.png');
mkdirSync(ARTIFACTS, { recursive: true });

export const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/// Playwright's wait limit per action (its default, 30 s, makes a failing run slow).
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 10_000);

/// The selector that means "the app has rendered" unless a caller passes its own. The page is
/// prerendered, so the app's own mark comes first: `data-ready` on <html> once the app has drawn its first page in full.
export const APP_READY = 'html[data-ready]';
export const READY = '[data-testid=count], [data-testid=timeline], [data-testid=disagreement], h2';

let browser;
let server;
before(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run \`scripts/test.sh build\` first`);
  [browser, server] = await Promise.all([chromium.launch(LAUNCH), startServer(DIST)]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// The browser of this spec file, for specs that need their own contexts.
export const getBrowser = () => browser;
/// The server's origin, e.g. http://127.0.0.1:40123.
export const origin = () => server.origin;
/// The app's base URL: under a sub-path, so every relative URL in the build is exercised.
export const base = () => `${server.origin}${SUB_PATH}`;

/// Opens the app at `query` (appended to the base URL) in a fresh browser context, or in
/// `context` when given, and waits for `ready`. The page records what it does in `page.record`;
/// close it with `page.context_.close()` (withPage does both for you). `waitUntil` is the load
/// state the navigation waits for (Playwright's; 'commit' returns before the page has loaded).
export async function openApp(
  query = '',
  { viewport = { width: 1280, height: 900 }, colorScheme = 'light', context, ready = READY, waitUntil = 'load' } = {},
) {
  const ctx = context ?? (await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' }));
  ctx.setDefaultTimeout(TIMEOUT);
  const page = await ctx.newPage();
  const record = { requests: [], errors: [], csp: [] };
  page.record = record;
  page.context_ = ctx;
  page.on('request', (r) => record.requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && record.errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => record.errors.push(`pageerror: ${e.stack ?? e}`));
  page.on('crash', () => record.errors.push('the page crashed'));
  // Reported to Node at once, so a violation is kept even if the page navigates afterwards.
  await page.exposeBinding('__e2eCspViolation', (_source, text) => record.csp.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__e2eCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await page.goto(base() + query, { waitUntil });
  if (ready) {
    await page.waitForSelector(APP_READY, { state: 'attached' });
    await page.waitForSelector(ready);
    await drawn(page);
  }
  return page;
}

/// Waits until no list is still bringing in items: new cards come in a few per task, their list
/// `aria-busy` meanwhile.
export async function drawn(page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
}

/// Asserts the page stayed clean: no CSP violation, no console error or page error, and no
/// request outside the page's own origin (data: and blob: URLs stay in the page).
export async function assertClean(page) {
  assert.deepEqual(page.record.csp, [], 'CSP violations');
  assert.deepEqual(page.record.errors, [], 'console errors and page errors');
  const own = new URL(base()).origin;
  const foreign = page.record.requests.filter((u) => !/^(data|blob|about):/.test(u) && new URL(u).origin !== own);
  assert.deepEqual(foreign, [], 'requests outside the page origin');
}

/// Opens the app, runs `fn(page)`, then asserts the page stayed clean and closes it.
/// Options: those of openApp, plus `query` (default '').
export async function withPage(fn, { query = '', ...options } = {}) {
  const page = await openApp(query, options);
  try {
    const result = await fn(page);
    await assertClean(page);
    return result;
  } finally {
    await page.context_.close();
  }
}

/// Saves a screenshot of the viewport as e2e/artifacts/NAME.png; returns its path.
export async function screenshot(page, name, { fullPage = false } = {}) {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
}

/// Saves the README's screenshot (docs/screenshot.png), writing only when the image changed.
export async function readmeScreenshot(page) {
  const png = await page.screenshot({ animations: 'disabled' });
  writeFileSync(join(ARTIFACTS, 'readme.png'), png);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  if (!existsSync(README_SCREENSHOT) || !readFileSync(README_SCREENSHOT).equals(png)) writeFileSync(README_SCREENSHOT, png);
  return README_SCREENSHOT;
}

/// Runs axe-core in the page and returns its violations (tags: WCAG 2.x A and AA by default).
/// axe is evaluated through the DevTools protocol, which the page's CSP does not govern.
export async function axeViolations(page, { include, exclude, tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } = {}) {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(source);
  const results = await page.evaluate(
    ([context, values]) => window.axe.run(context ?? document, { runOnly: { type: 'tag', values } }),
    [include || exclude ? { include: include ?? [['html']], exclude: exclude ?? [] } : null, tags],
  );
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
