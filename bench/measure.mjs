// Prints the benchmark tables: transfer sizes against the trivial floor, start-up and
// filtering timings in headless Chromium. Usage:
//   node bench/measure.mjs sizes DIST FLOOR_DIST
//   node bench/measure.mjs browser LABEL=DIST [LABEL=DIST…]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../e2e/server.mjs';

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

function sizes(dir) {
  const rows = readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile() && /\.(html|js|wasm|css)$/.test(f))
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return {
        file: f,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

function printSizes(dist, floorDist) {
  const app = sizes(dist);
  const floor = sizes(floorDist);
  console.log('\n## Transfer size (KiB)\n');
  console.log('| file | raw | gzip -9 | brotli |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of app.rows) console.log(`| ${r.file.replace(/-[0-9a-f]{8,}(?=[._])/, '')} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  console.log(`| **total** | ${kb(app.total.raw)} | ${kb(app.total.gzip)} | ${kb(app.total.brotli)} |`);
  console.log(`| trivial Leptos floor | ${kb(floor.total.raw)} | ${kb(floor.total.gzip)} | ${kb(floor.total.brotli)} |`);
  const ratio = app.total.gzip / floor.total.gzip;
  console.log(`| ratio to floor (gzip) | | ${ratio.toFixed(2)}× | |`);
  console.log(`\nBudget: total gzip ≤ 100 KiB → ${kb(app.total.gzip)} KiB (${app.total.gzip <= 102400 ? 'holds' : 'MISSES'}); ≤ 2.5× floor → ${ratio.toFixed(2)}× (${ratio <= 2.5 ? 'holds' : 'MISSES'})`);
}

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

/// Navigation → first-card mark, LCP, CLS and long tasks over `loads` fresh page loads.
async function startup(browser, url, loads = 7) {
  const results = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__perf = { lcp: 0, cls: 0, long: [] };
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__perf.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__perf.cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__perf.long.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('first-card').length > 0);
    await page.waitForTimeout(500);
    results.push(await page.evaluate(() => {
      const first = performance.getEntriesByName('first-card')[0].startTime;
      const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
      return { first, lcp: window.__perf.lcp, cls: window.__perf.cls, longAfterLoad: Math.max(0, ...window.__perf.long.filter((t) => t.start >= Math.max(first, loaded)).map((t) => t.duration)), longest: Math.max(0, ...window.__perf.long.map((t) => t.duration)) };
    }));
    await context.close();
  }
  return {
    first: median(results.map((r) => r.first)),
    lcp: median(results.map((r) => r.lcp)),
    cls: Math.max(...results.map((r) => r.cls)),
    longest: Math.max(...results.map((r) => r.longest)),
    longAfterLoad: Math.max(...results.map((r) => r.longAfterLoad)),
  };
}

/// Keystroke → next frame after the DOM settled, over a scripted sequence of edits.
async function filtering(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid=count]');
  const times = await page.evaluate(async () => {
    const input = document.querySelector('#search');
    const words = ['a', 'al', 'ali', 'alic', 'dir', 'dire', 'direc', 'director', 'film', 'filming', 'z', 'mar', 'ma', 'm', 'cinema', 'composer', 'pro', 'produ', 'producer', 'e'];
    const edits = [];
    for (let i = 0; edits.length < 60; i++) edits.push(words[i % words.length], '');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const out = [];
    for (const value of edits) {
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve();
      await frame();
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  });
  const cards = await page.evaluate(() => document.querySelector('[data-testid=count]').textContent);
  await page.close();
  return { median: median(times), p95: p95(times), edits: times.length, cards };
}

async function browserTables(targets) {
  const browser = await chromium.launch(LAUNCH);
  console.log('\n## Start-up (median of 7 loads) and filtering (60 edits)\n');
  console.log('| build | cards | first card (ms) | LCP (ms) | CLS | longest task (ms) | long task after load (ms) | keystroke→frame median (ms) | p95 (ms) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, dir] of targets) {
    const server = await startServer(dir);
    const s = await startup(browser, server.url);
    const f = await filtering(browser, server.url);
    console.log(`| ${label} | ${f.cards.replace(/^\d+ of /, '')} | ${s.first.toFixed(0)} | ${s.lcp.toFixed(0)} | ${s.cls.toFixed(3)} | ${s.longest.toFixed(0)} | ${s.longAfterLoad.toFixed(0)} | ${f.median.toFixed(1)} | ${f.p95.toFixed(1)} |`);
    await server.close();
  }
  await browser.close();
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'sizes') printSizes(args[0], args[1]);
else if (mode === 'browser') await browserTables(args.map((a) => a.split('=')));
else {
  console.error('usage: measure.mjs sizes DIST FLOOR | browser LABEL=DIST…');
  process.exit(2);
}
