// Accessibility as a check: axe-core on the main views, in the light and the dark theme,
// must find no serious or critical violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, axeViolations } from './harness.mjs';

const VIEWS = {
  cards: '',
  filtered: '?kind=crew&q=director',
  empty: '?q=zzzz-nothing',
  timeline: '?view=timeline',
  disagreements: '?view=disagreements',
  detail: '?card=event:',
  reader: '?read=',
};

for (const colorScheme of ['light', 'dark']) {
  test(`no serious or critical axe violation in the ${colorScheme} theme`, async () => {
    const found = [];
    for (const [name, query] of Object.entries(VIEWS)) {
      const page = await openApp(query, { colorScheme });
      if (name === 'detail') await page.locator('.cards h3 a').first().click();
      if (name === 'reader') await page.locator('[data-testid=open-document]').first().click();
      const violations = (await axeViolations(page)).filter((v) => /\((serious|critical)\)/.test(v));
      found.push(...violations.map((v) => `${name}: ${v}`));
      await page.context_.close();
    }
    assert.deepEqual(found, []);
  });
}
