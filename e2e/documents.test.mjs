// The foundation: the release build, served from a sub-path under the strict CSP, lists the five
// embedded source documents and opens one in the reader, with no console error, no CSP
// violation and no request off the page's origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage, screenshot, base } from './harness.mjs';

test('lists the five seed documents and opens one in the reader', async () => {
  await withPage(
    async (page) => {
      assert.ok(page.url().startsWith(base()), `served from the sub-path (${page.url()})`);
      const docs = page.locator('[data-testid=document]');
      await docs.first().waitFor();
      assert.equal(await docs.count(), 5);
      await docs.nth(2).locator('a[data-testid=open-document]').click();
      const reader = page.locator('[data-testid=reader]');
      await reader.waitFor();
      const text = await reader.innerText();
      assert.ok(text.length > 1000, `the reader shows the full text (${text.length} characters)`);
      assert.match(page.url(), /[?&]read=/);
      await screenshot(page, 'reader');
    },
    { query: '?kind=source' },
  );
});
