// The explorer on a synthetic corpus ten times the seeds (`synth 10`, built by the test
// command's build layer into target/e2e/dist-10x, or E2E_SCALE_DIST): rendering stays bounded,
// a page of cards at a time, while the counts stay exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The harness serves E2E_DIST, read when it loads: point it at the 10× build first.
process.env.E2E_DIST = process.env.E2E_SCALE_DIST ?? join(import.meta.dirname, '..', 'target', 'e2e', 'dist-10x');
const { drawn, withPage } = await import('./harness.mjs');

/// The page size of the card list and the timeline (src/components/paging.rs).
const PAGE = 60;

const counts = async (page) => {
  const text = await page.locator('[data-testid=count]').innerText();
  const [, shown, total] = text.match(/^(\d+) of (\d+) cards$/) ?? assert.fail(`count reads "${text}"`);
  return [Number(shown), Number(total)];
};
const rendered = (page) => page.locator('.cards > li').count();
const waitRendered = (page, n) => page.waitForFunction((n) => document.querySelectorAll('.cards > li').length === n, n);

test('a large knowledge base renders a page of cards at a time, counts exact', async () => {
  await withPage(async (page) => {
    const kb = JSON.parse(readFileSync(join(process.env.E2E_DIST, 'knowledge.json'), 'utf8'));
    const cards = ['people', 'events', 'organisations', 'places', 'documents'].reduce((n, list) => n + kb[list].length, 0);
    const [matching, total] = await counts(page);
    assert.deepEqual([matching, total], [cards, cards], 'every card of the knowledge base is counted');
    assert.ok(total > 3 * PAGE, `${total} cards: enough for three pages`);
    assert.equal(await rendered(page), PAGE);

    await page.getByRole('button', { name: `Show ${PAGE} more` }).click();
    await waitRendered(page, 2 * PAGE);
    // Opening a card and closing it keeps what was shown.
    await page.locator('.cards > li').nth(PAGE + 5).locator('h3 a').click();
    await page.waitForSelector('[data-testid=detail]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=detail]', { state: 'detached' });
    assert.equal(await rendered(page), 2 * PAGE);

    // A facet's count is the number of cards it selects, beyond the first page too.
    const cast = page.locator('[data-facet=kind] label', { hasText: 'Cast' });
    const castCount = Number(await cast.locator('.count').innerText());
    assert.ok(castCount > PAGE, `${castCount} cast cards`);
    await cast.click();
    await page.waitForFunction((n) => document.querySelector('[data-testid=count]').textContent.startsWith(`${n} of`), castCount);
    assert.deepEqual(await counts(page), [castCount, total]);
    assert.ok(new URL(page.url()).searchParams.getAll('kind').includes('cast'), 'the facet is in the URL');
    await drawn(page);
    assert.equal(await rendered(page), PAGE, 'new results start at one page');
    while ((await rendered(page)) < castCount) {
      const before = await rendered(page);
      await page.locator('button.more').click();
      await waitRendered(page, Math.min(before + PAGE, castCount));
    }
    assert.equal(await page.locator('.cards [data-kind=cast]').count(), castCount);
    assert.equal(await page.locator('button.more').count(), 0, 'no "Show more" once all are shown');
  });
});

/// The values a long facet group shows folded (src/components/facets.rs).
const SHOWN_VALUES = 10;

test('a long facet group shows its first values and unfolds the rest, at once when one is ticked', async () => {
  const kb = JSON.parse(readFileSync(join(process.env.E2E_DIST, 'knowledge.json'), 'utf8'));
  const sources = kb.documents.length;
  assert.ok(sources > SHOWN_VALUES + 2, `${sources} sources: enough to fold`);
  const values = (page) => page.locator('[data-facet=src] li').count();
  await withPage(async (page) => {
    assert.equal(await values(page), SHOWN_VALUES);
    const unfold = page.locator('[data-facet=src] button.unfold');
    assert.equal(await unfold.getAttribute('aria-expanded'), 'false');
    await unfold.click();
    assert.equal(await values(page), sources);
    assert.equal(await unfold.innerText(), 'Show fewer');
    // The last source's count is the number of cards it selects.
    const last = page.locator('[data-facet=src] li').last();
    const predicted = Number(await last.locator('.count').innerText());
    await last.locator('label').click();
    await page.waitForFunction((n) => document.querySelector('[data-testid=count]').textContent.startsWith(`${n} of`), predicted);
    await unfold.click();
    assert.equal(await values(page), SHOWN_VALUES);
    // Back to the state before the tick and Forward to it again: the ticked value is shown.
    await page.goBack();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('src'));
    await page.goForward();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('src'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-facet=src] li').length === n, sources);
    assert.equal(await page.locator('[data-facet=src] li').last().locator('input').isChecked(), true);
  });
  // A shared link that ticks a value past the first ones opens its group unfolded.
  const id = kb.documents[sources - 1].id;
  await withPage(
    async (page) => {
      assert.equal(await values(page), sources);
      assert.equal(await page.locator(`[data-facet=src] input[value="${id}"]`).isChecked(), true);
    },
    { query: `?src=${encodeURIComponent(id)}` },
  );
});
