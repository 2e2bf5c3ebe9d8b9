// End-to-end scenarios of the explorer: search and URL, shared links, history, facets,
// timeline order, quote → reader, keyboard-only use and a narrow screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openApp, assertClean, screenshot } from './harness.mjs';

const count = async (page) => Number((await page.locator('[data-testid=count]').innerText()).split(' ')[0]);
const titles = (page) => page.locator('.cards [data-testid=card] h3, .cards [data-testid=document] h3').allInnerTexts();

test('search narrows the cards, highlights matches and updates the URL', async () => {
  const page = await openApp();
  const all = await count(page);
  await page.locator('#search').fill('director');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=count]').textContent.split(' ')[0]) < n, all);
  assert.ok((await count(page)) > 0, 'some card matches "director"');
  assert.ok((await page.locator('mark.hit').count()) > 0, 'matches are highlighted');
  await page.waitForFunction(() => location.search.includes('q=director'));
  await assertClean(page);
  await page.context_.close();
});

test('a copied URL opened in a fresh page shows the same cards', async () => {
  const page = await openApp('?kind=cast');
  await page.locator('#search').fill('a');
  await page.waitForFunction(() => location.search.includes('q=a'));
  const expected = await titles(page);
  const fresh = await openApp(new URL(page.url()).search);
  assert.deepEqual(await titles(fresh), expected);
  await page.context_.close();
  await fresh.context_.close();
});

test('back and forward restore facet selections', async () => {
  const page = await openApp();
  const all = await count(page);
  await page.locator('[data-facet=kind] label', { hasText: 'Sources' }).click();
  await page.waitForFunction(() => location.search.includes('kind=source'));
  assert.equal(await count(page), 5);
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('kind=source'));
  assert.equal(await count(page), all);
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('kind=source'));
  assert.equal(await count(page), 5);
  await assertClean(page);
  await page.context_.close();
});

test('facet counts predict the result of clicking them', async () => {
  const page = await openApp();
  const facets = page.locator('[data-facet=kind] li');
  for (let i = 0; i < (await facets.count()); i++) {
    const predicted = Number(await facets.nth(i).locator('.count').innerText());
    if (predicted === 0) continue;
    await facets.nth(i).locator('label').click();
    await page.waitForFunction(() => location.search.includes('kind='));
    assert.equal(await count(page), predicted, await facets.nth(i).innerText());
    await facets.nth(i).locator('label').click();
    await page.waitForFunction(() => !location.search.includes('kind='));
  }
  await page.context_.close();
});

test('the timeline lists dated events in order and undated ones apart', async () => {
  const page = await openApp('?view=timeline');
  const dates = await page.locator('[data-testid=timeline] time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.ok(dates.length > 0, 'some events are dated');
  assert.deepEqual(dates, [...dates].sort(), 'dates ascend');
  await screenshot(page, 'timeline');
  await assertClean(page);
  await page.context_.close();
});

test('a quote link opens the reader with the quote highlighted in view', async () => {
  const page = await openApp('?kind=cast');
  await page.locator('.cards [data-testid=card] h3 a').first().click();
  await page.locator('[data-testid=detail]').waitFor();
  const quote = (await page.locator('[data-testid=detail] blockquote').first().innerText()).trim();
  await page.locator('[data-testid=detail] [data-testid=quote-link]').first().click();
  const mark = page.locator('[data-testid=reader] .document mark.quote');
  await mark.first().waitFor();
  assert.equal((await mark.allInnerTexts()).join('').trim(), quote);
  assert.ok(await mark.first().isVisible());
  await page.waitForFunction(() => document.activeElement.id === 'quote');
  assert.match(page.url(), /read=.*quote=\d+-\d+/);
  await screenshot(page, 'quote-in-reader');
  await assertClean(page);
  await page.context_.close();
});

test('keyboard only: / focuses search, Esc clears, Tab reaches a card, Enter opens it, Esc returns to it', async () => {
  const page = await openApp();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  await page.keyboard.type('zzzz-nothing');
  await page.locator('[data-testid=empty]').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('#search').value === '');
  let opened = false;
  // Past the header, the infobox (each value and citation a link), the tabs and the facets.
  for (let i = 0; i < 200 && !opened; i++) {
    await page.keyboard.press('Tab');
    opened = await page.evaluate(() => !!document.activeElement.closest('.cards h3'));
  }
  assert.ok(opened, 'a card title is reachable with Tab');
  const title = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=detail]').waitFor();
  await page.waitForFunction(() => document.activeElement.id === 'detail-title');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-testid=detail]'));
  // Focus moves in the frame after the panel closes.
  await page.waitForFunction(() => document.activeElement.closest('.cards h3'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), title, 'focus returns to the card that opened the panel');
  await page.context_.close();
});

test('a fact link in the reader closes it and puts focus in the card it opens; Esc falls back to the results', async () => {
  const page = await openApp('?kind=source');
  await page.locator('[data-testid=open-document]').first().click();
  await page.locator('[data-testid=reader]').waitFor();
  await page.waitForFunction(() => document.activeElement.id === 'reader-title');
  await page.locator('[data-testid=reader] ul.links a').first().click();
  await page.locator('[data-testid=detail]').waitFor();
  assert.equal(await page.locator('[data-testid=reader]').count(), 0);
  await page.waitForFunction(() => document.activeElement.id === 'detail-title');
  // The link that opened the card went with the reader: focus returns to the results.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-testid=detail]'));
  await page.waitForFunction(() => document.activeElement.id === 'results');
  await assertClean(page);
  await page.context_.close();
});

test('date bounds are read by name, so a browser without month inputs can type them', async () => {
  const page = await openApp();
  const all = await count(page);
  // What Firefox and Safari show for type="month": a text input.
  await page.evaluate(() => document.querySelector('[data-testid=from]').setAttribute('type', 'text'));
  await page.locator('[data-testid=from]').fill('2099-01');
  await page.locator('[data-testid=from]').press('Enter');
  await page.locator('[data-testid=from]').blur();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === '2099-01');
  assert.ok((await count(page)) < all);
  await page.context_.close();
});

test('buttons take clicks with a modifier key held', async () => {
  const page = await openApp();
  const before = await page.locator('[data-testid=theme]').innerText();
  await page.locator('[data-testid=theme]').click({ modifiers: ['Shift'] });
  await page.waitForFunction((b) => document.querySelector('[data-testid=theme]').textContent !== b, before);
  await page.context_.close();
});

test('typing then clicking at once: Back returns to what was typed', async () => {
  const page = await openApp();
  await page.locator('#search').fill('director');
  await page.locator('.cards h3 a').first().click();
  await page.locator('[data-testid=detail]').waitFor();
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('[data-testid=detail]'));
  assert.match(page.url(), /[?&]q=director(&|$)/);
  assert.equal(await page.locator('#search').inputValue(), 'director');
  await assertClean(page);
  await page.context_.close();
});

test('a 320 px wide screen has no horizontal scroll', async () => {
  const page = await openApp('', { viewport: { width: 320, height: 700 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  const firstCard = await page.locator('.cards > li').first().boundingBox();
  assert.ok(firstCard.y < 700, `the first card starts in the first screen (y = ${firstCard.y})`);
  assert.equal(await page.locator('[data-facet=kind]').isVisible(), false, 'facets fold away');
  await page.locator('.filters-toggle').click();
  assert.equal(await page.locator('[data-facet=kind]').isVisible(), true, 'the button unfolds them');
  await screenshot(page, 'narrow');
  await page.context_.close();
});

test('the README screenshot shows matching cards', async () => {
  const page = await openApp('?q=director', { viewport: { width: 1280, height: 800 } });
  assert.ok((await count(page)) > 0);
  await page.screenshot({ path: join(import.meta.dirname, '..', 'docs', 'screenshot.png') });
  await page.context_.close();
});

test('the JS API returns the cards a query selects, as the page does; knowledge.json has the rest', async () => {
  const page = await openApp('?kind=crew');
  const shown = await count(page);
  const download = page.locator('[data-testid=download-all]');
  assert.equal(await download.getAttribute('download'), 'knowledge.json');
  const href = await download.getAttribute('href');
  const api = await page.evaluate(async (href) => {
    const cards = window.wasmBindings.filterCards({ kind: ['crew'] });
    const kb = await (await fetch(href)).json();
    // Spans are byte offsets into the UTF-8 text.
    const bytes = kb.documents.map((d) => new TextEncoder().encode(d.text));
    const text = (e) => new TextDecoder().decode(bytes[e.doc].slice(e.span.start, e.span.end));
    const evidence = kb.events.flatMap((e) => e.evidence);
    const quoted = evidence.length > 0 && evidence.every((e) => e.quote === text(e));
    const bad = window.wasmBindings.filterCards({ kind: ['<script>'], year: ['x'] }).length;
    const years = [window.wasmBindings.filterCards({ year: 2021 }).length, window.wasmBindings.filterCards({ year: ['2021'] }).length];
    return { cards: cards.length, first: cards[0], documents: kb.documents.length, quoted, all: window.wasmBindings.filterCards().length, bad, years };
  }, href);
  assert.ok(api.quoted, 'every evidence in knowledge.json carries its verbatim quote');
  assert.equal(api.years[0], api.years[1], 'a number is read as the URL would write it');
  assert.ok(api.years[0] > 0 && api.years[0] < api.all);
  assert.equal(api.cards, shown);
  assert.match(api.first.key, /^person:/);
  assert.ok(api.first.departments.length > 0);
  assert.equal(api.documents, 5);
  assert.equal(api.bad, api.all, 'invalid values are ignored, as in URLs');
  await assertClean(page);
  await page.context_.close();
});
