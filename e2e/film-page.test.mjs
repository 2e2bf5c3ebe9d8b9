// What people expect of a film page (issue 17): the infobox with every value citing its quote,
// the credits in credit order, event cards headed by a headline shorter than their quote, and
// the drawn timeline (one mark per dated event, in date order, opening its card on click and
// on Enter). Expectations about the seeds were written by reading them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, openApp, assertClean, screenshot, withPage } from './harness.mjs';

const kb = () => JSON.parse(readFileSync(join(DIST, 'knowledge.json'), 'utf8'));

/// Follows a citation of the infobox field `name` and checks the reader opens on a highlighted quote.
async function citationOpensQuote(page, selector) {
  const cite = page.locator(`${selector} [data-testid=cite]`).first();
  await cite.click();
  await page.locator('[data-testid=reader] [data-testid=highlight]').first().waitFor();
  assert.match(page.url(), /[?&]read=[^&]+&quote=\d+-\d+/);
  await page.goBack();
  await page.locator('[data-testid=reader]').waitFor({ state: 'detached' });
}

test('the infobox names the film, its director and first star, each citing a quote, and both settings', async () => {
  await withPage(async (page) => {
    const infobox = page.locator('[data-testid=infobox]');
    assert.equal((await infobox.locator('#production-title .title').textContent()).trim(), 'Rust');
    assert.match(await infobox.locator('#production-title').textContent(), /\(2025\)/);
    const director = infobox.locator('[data-field="Directed by"] li');
    assert.deepEqual((await director.locator('a:not([data-testid=cite])').allTextContents()).map((t) => t.trim()), ['Joel Souza']);
    const star = infobox.locator('[data-field="Starring"] li').first();
    assert.equal((await star.locator('a:not([data-testid=cite])').textContent()).trim(), 'Alec Baldwin');
    await citationOpensQuote(page, '#production-title');
    await citationOpensQuote(page, '[data-field="Directed by"] li');
    await citationOpensQuote(page, '[data-field="Starring"] li:first-child');
    const setting = infobox.locator('[data-field="Story setting"]');
    assert.equal(await setting.locator('.badge.disputed').count(), 1, 'the setting is marked disputed');
    const values = await setting.locator('li').allTextContents();
    assert.ok(values.length >= 2 && values.some((v) => /Kansas/.test(v)) && values.some((v) => /New Mexico/.test(v)), values.join(' | '));
    assert.equal(await page.title(), 'Rust (2025) — production explorer');
  });
});

test('the credits list groups people in credit order with characters beside the cast', async () => {
  await withPage(async (page) => {
    const headings = (await page.locator('.credit-group h3').allTextContents()).map((h) => h.trim());
    const order = ['Directed by', 'Written by', 'Produced by', 'Cast', 'Cinematography and camera', 'Editing', 'Music and sound', 'Design', 'Costume and make-up', 'Visual effects', 'Other crew'];
    assert.ok(headings.length >= 4, headings.join(', '));
    assert.deepEqual(headings, order.filter((h) => headings.includes(h)), 'groups in credit order');
    assert.equal(headings[0], 'Directed by');
    const cast = page.locator('.credit-group', { has: page.locator('h3', { hasText: /^Cast$/ }) });
    assert.ok((await cast.locator('.job', { hasText: /^as / }).count()) >= 3, 'characters beside the cast');
    await page.locator('#search').fill('souza');
    await page.waitForFunction(() => [...document.querySelectorAll('.credits li a')].every((a) => /Souza/.test(a.textContent)));
  }, { query: '?view=credits', ready: '.credit-group' });
});

test('every event card is headed by a headline shorter than its quote', async () => {
  await withPage(async (page) => {
    const cards = await page.locator('[data-testid=card][data-kind=event]').evaluateAll((cards) =>
      cards.map((c) => ({ headline: c.querySelector('h3').textContent.trim(), quote: c.querySelector('.summary')?.textContent.trim() ?? '' })));
    assert.equal(cards.length, kb().events.length);
    for (const { headline, quote } of cards) {
      assert.ok(quote, `${headline}: the source sentence follows as the quote`);
      assert.ok(headline.length < quote.length, `${headline} is shorter than ${quote}`);
    }
    assert.ok(kb().events.every((e) => e.headline && e.headline.length < e.summary.length), 'knowledge.json has each headline');
  }, { query: '?kind=event' });
});

test('the drawn timeline has one mark per dated event, in date order, opening its card on click and on Enter', async () => {
  const page = await openApp('?view=timeline', { ready: '[data-testid=timeline-chart]' });
  const dated = kb().events.filter((e) => e.when?.date).length;
  const marks = page.locator('[data-testid=timeline-chart] .mark');
  assert.equal(await marks.count(), dated);
  const xs = await marks.evaluateAll((ms) => ms.map((m) => m.querySelector('rect').getBoundingClientRect().x));
  assert.ok(xs.every((x, i) => i === 0 || xs[i - 1] <= x + 0.5), `marks in date order: ${xs.join(', ')}`);
  const key = await marks.nth(2).getAttribute('data-key');
  await marks.nth(2).click();
  await page.locator('[data-testid=detail]').waitFor();
  assert.ok(page.url().includes(`card=${encodeURIComponent(key)}`), page.url());
  await page.keyboard.press('Escape');
  await page.locator('[data-testid=detail]').waitFor({ state: 'detached' });
  // Focus returns to the mark that opened the card, in the frame after the panel closes.
  await page.waitForFunction((k) => document.activeElement.dataset.key === k, key);
  const last = marks.last();
  const lastKey = await last.getAttribute('data-key');
  await last.focus();
  const caption = page.locator('[data-testid=timeline-chart] figcaption');
  assert.equal(await caption.textContent(), await last.getAttribute('aria-label'), 'focus names the mark');
  // The mouse, still over the clicked mark, leaving it blanks no other mark's name.
  await page.mouse.move(0, 0);
  assert.equal(await caption.textContent(), await last.getAttribute('aria-label'), 'leaving another mark keeps the name');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=detail]').waitFor();
  assert.ok(page.url().includes(`card=${encodeURIComponent(lastKey)}`), page.url());
  await assertClean(page);
  await page.context_.close();
});

test('a filter that narrows the dates redraws the axis: marks and ticks sit where a fresh load of its link puts them', async () => {
  const drawing = (page) =>
    page.locator('[data-testid=timeline-chart]').evaluate((chart) => [
      ...[...chart.querySelectorAll('.mark')].map((m) => `${m.dataset.key} ${m.querySelector('rect').getAttribute('x')}`),
      ...[...chart.querySelectorAll('.tick-label')].map((t) => `${t.textContent} ${t.getAttribute('x')}`),
    ]);
  const page = await openApp('?view=timeline', { ready: '[data-testid=timeline-chart]' });
  const before = await drawing(page);
  // The last two years: the axis then starts later, so every mark left on it moves.
  const years = page.locator('[data-facet=year] label');
  const count = await years.count();
  await years.nth(count - 2).click();
  await page.waitForURL(/year=/);
  await years.nth(count - 1).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.getAll('year').length === 2);
  const narrowed = await drawing(page);
  const fresh = await openApp(new URL(page.url()).search, { ready: '[data-testid=timeline-chart]' });
  assert.deepEqual(narrowed, await drawing(fresh));
  assert.ok(narrowed.some((m) => m.startsWith('event:') && !before.includes(m)), `marks moved: ${narrowed}`);
  await assertClean(page);
  await page.context_.close();
  await fresh.context_.close();
});

test('screenshots of the film page at 1366 and 390 px, light and dark', async () => {
  for (const [width, height] of [[1366, 900], [390, 844]]) {
    for (const colorScheme of ['light', 'dark']) {
      for (const [name, query] of [['cards', ''], ['credits', '?view=credits'], ['timeline', '?view=timeline']]) {
        await withPage(async (page) => {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${name} at ${width} px: horizontal overflow of ${overflow}px`);
          await screenshot(page, `film-${name}-${width}-${colorScheme}`);
        }, { query, viewport: { width, height }, colorScheme });
      }
    }
  }
});
