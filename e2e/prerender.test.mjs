// The page before the wasm: the default view prerendered into index.html at build time reads
// without JavaScript; a shared link never flashes it while the wasm downloads; a search typed into
// it before the app starts survives the take-over; and the take-over shifts nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { APP_READY, assertClean, getBrowser, openApp } from './harness.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const CARDS = '[data-testid=card], [data-testid=document]';

/// What the default view shows: the count line, the knowledge base's stats, the cards' keys in
/// order with their kinds, and the kind facet's counts.
const defaultView = (page) =>
  page.evaluate(() => ({
    count: document.querySelector('[data-testid=count]').textContent,
    stats: document.querySelector('.stats').textContent,
    cards: [...document.querySelectorAll('.cards [data-key]')].map((c) => `${c.dataset.kind} ${c.dataset.key}`),
    kinds: Object.fromEntries(
      [...document.querySelectorAll('[data-facet=kind] li')].map((li) => [li.querySelector('input').value, Number(li.querySelector('.count').textContent)]),
    ),
  }));

/// The default view as the app renders it (JavaScript on), read once for the whole file, and
/// the name of its first cast card.
let appView;
const appDefault = () =>
  (appView ??= (async () => {
    const page = await openApp();
    const view = await defaultView(page);
    const castName = (await page.locator('.cards [data-kind=cast] h3').first().innerText()).trim();
    await page.context_.close();
    return { view, castName };
  })());

/// A fresh context whose wasm download waits for `release()`, or `delay` ms once requested.
async function slowWasm({ viewport = DESKTOP, delay } = {}) {
  const context = await getBrowser().newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await context.route(/\.wasm(\?|$)/, async (route) => {
    if (delay !== undefined) setTimeout(release, delay);
    await gate;
    await route.continue();
  });
  return { context, release };
}

/// Samples every frame until the app is ready: how many frames ran, and in how many a card of
/// the prerendered page was visible (`window.__frames`), in it or in a region the app took from
/// it until it renders its own (`.later`).
const sampleFrames = (context) =>
  context.addInitScript((cards) => {
    window.__frames = { frames: 0, prerenderedShown: 0, first: 0, last: 0 };
    const sample = (t) => {
      if (document.documentElement.hasAttribute('data-ready')) return;
      window.__frames.frames++;
      window.__frames.first ||= t;
      window.__frames.last = t;
      const shown = [...document.querySelectorAll(`:is(#prerendered, .later) :is(${cards})`)].some((c) => c.checkVisibility({ visibilityProperty: true }));
      if (shown) window.__frames.prerenderedShown++;
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  }, CARDS);

test('without JavaScript the page shows the default view: its cards, the cast, the crew and the events with their counts', async () => {
  const { view, castName } = await appDefault();
  assert.ok(view.kinds.cast > 0 && view.kinds.crew > 0 && view.kinds.event > 0, JSON.stringify(view.kinds));
  const context = await getBrowser().newContext({ viewport: DESKTOP, javaScriptEnabled: false });
  const page = await openApp('', { context, ready: null });
  try {
    assert.equal(await page.locator('html[data-ready]').count(), 0, 'no app ran');
    assert.deepEqual(await defaultView(page), view, 'the prerendered view equals the app’s default view');
    for (const kind of ['cast', 'crew', 'event']) {
      assert.ok(await page.locator(`#prerendered .cards [data-kind=${kind}]`).first().isVisible(), `a ${kind} card is visible`);
    }
    assert.match(await page.locator('#prerendered [data-testid=count]').innerText(), /^\d+ of \d+ cards$/);
    assert.ok(await page.locator('noscript').isVisible(), 'the <noscript> message shows');
    assert.ok(await page.locator('noscript + #prerendered').count(), 'the <noscript> message comes first');
    for (const id of ['theme', 'copy-link', 'download-view']) {
      assert.equal(await page.locator(`[data-testid=${id}]`).isVisible(), false, `no dead "${id}" button without scripts`);
    }
    await assertClean(page);

    // The search box is a GET form: submitted without the app, it lands on ?q=….
    await page.locator('#search').fill(castName);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === castName), page.locator('#search').press('Enter')]);
  } finally {
    await context.close();
  }
});

for (const shared of ['?view=timeline', '?q=(a cast member’s name)']) {
  test(`a shared link ${shared} never shows the default view's cards while the wasm downloads`, async () => {
    const { view, castName } = await appDefault();
    const timeline = shared === '?view=timeline';
    const search = timeline ? shared : `?q=${encodeURIComponent(castName)}`;
    const { context } = await slowWasm({ delay: 1500 });
    await sampleFrames(context);
    const page = await openApp(search, { context, ready: null, waitUntil: 'commit' });
    try {
      await page.waitForSelector(APP_READY, { state: 'attached', timeout: 20_000 });
      const frames = await page.evaluate(() => window.__frames);
      assert.ok(frames.frames >= 10, `frames sampled before the app was ready: ${frames.frames}`);
      assert.equal(frames.prerenderedShown, 0, `frames showing the prerendered default view: ${JSON.stringify(frames)}`);
      assert.equal(await page.locator('#prerendered').count(), 0, 'the prerendered page is gone');
      assert.deepEqual([...new URL(page.url()).searchParams], [...new URLSearchParams(search)], 'the URL is the shared one');
      if (timeline) {
        await page.locator('[data-testid=timeline]').waitFor();
        assert.equal(await page.locator('[data-testid=count]').count(), 0, 'no card grid');
        const kinds = await page.locator(CARDS).evaluateAll((cs) => [...new Set(cs.map((c) => c.dataset.kind))]);
        assert.deepEqual(kinds, ['event'], 'only events on the timeline');
      } else {
        assert.equal(await page.locator('#search').inputValue(), castName);
        const count = await page.locator('[data-testid=count]').innerText();
        assert.ok(Number(count.split(' ')[0]) < Number(view.count.split(' ')[0]), `${count}: fewer cards than the default view`);
        assert.match(await page.locator('.cards').innerText(), new RegExp(castName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      }
      await assertClean(page);
    } finally {
      await context.close();
    }
  });
}

test('a search typed into the prerendered page before the wasm arrives is kept', async () => {
  const typed = (await appDefault()).castName;
  const { context, release } = await slowWasm();
  const page = await openApp('', { context, ready: null, waitUntil: 'commit' });
  try {
    const box = page.locator('#prerendered #search');
    await box.click();
    await box.pressSequentially(typed, { delay: 30 });
    assert.equal(await page.locator('html[data-ready]').count(), 0, 'the app had not started while typing');
    release();
    await page.waitForSelector(APP_READY, { state: 'attached' });
    await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, typed);
    assert.equal(await page.locator('#search').inputValue(), typed, 'the app’s search box holds the typed text');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search', 'the search box keeps the focus');
    const shown = await page.locator('[data-testid=count]').innerText();
    const keys = await page.locator('.cards [data-key]').evaluateAll((cs) => cs.map((c) => c.dataset.key));

    const fresh = await openApp(`?q=${encodeURIComponent(typed)}`);
    assert.equal(shown, await fresh.locator('[data-testid=count]').innerText(), 'the same count as the link with the search');
    assert.deepEqual(keys, await fresh.locator('.cards [data-key]').evaluateAll((cs) => cs.map((c) => c.dataset.key)), 'the same cards');
    await fresh.context_.close();
    await assertClean(page);
  } finally {
    await context.close();
  }
});

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`the app takes over the prerendered default view with no layout shift (${name})`, async () => {
    const { context } = await slowWasm({ viewport, delay: 800 });
    await sampleFrames(context);
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.nodeName ?? '?') });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await openApp('', { context, ready: null, waitUntil: 'commit' });
    try {
      await page.waitForSelector(APP_READY, { state: 'attached' });
      await page.waitForTimeout(500);
      const frames = await page.evaluate(() => window.__frames);
      assert.ok(frames.prerenderedShown > 0, `the prerendered cards were painted before the app started: ${JSON.stringify(frames)}`);
      const shifts = await page.evaluate(() => window.__shifts);
      assert.deepEqual(shifts, [], 'layout shifts');
      await assertClean(page);
    } finally {
      await context.close();
    }
  });
}
