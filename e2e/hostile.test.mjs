// Hostile links: 1,000+ generated query strings (markup, javascript: URLs, entities, 1 MB
// values, repeated and unknown keys, broken percent-encoding, reversed or impossible dates)
// must leave a working page: no panic, no element or attribute made from the input, no request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, assertClean } from './harness.mjs';

const KEYS = ['q', 'view', 'kind', 'dept', 'job', 'year', 'src', 'from', 'to', 'card', 'read', 'quote', 'zz', '', '__proto__', 'constructor'];
const NASTY = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'JaVaScRiPt:fetch("//evil.test")',
  '&lt;b&gt;', '&#x3C;svg onload=alert(1)&#x3E;', '%', '%E0%A4%A', '%FF%FE', '%C0%AF', '%00', '\u202e', '😀'.repeat(50),
  '2024-13', '0000', '9999-99', '-1', '1e9', 'NaN', '2021-02-30', 'timeline', 'cards', 'cast', 'Directing', '5-1', '0-99999999',
  'person:../../etc', 'source:', '\\', "' OR 1=1 --", '{{7*7}}', '${7*7}', 'a'.repeat(5000),
];

/// Deterministic generator (xorshift32) so a failure can be replayed by its index.
function rng(seed) {
  let x = seed || 1;
  return (n) => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) % n;
  };
}

/// The n-th hostile query string (without the leading `?`).
export function hostile(n) {
  const pick = rng(n * 2654435761);
  const parts = [];
  for (let i = 0, len = 1 + pick(6); i < len; i++) {
    const key = KEYS[pick(KEYS.length)];
    let value = NASTY[pick(NASTY.length)];
    if (pick(4) === 0) value = encodeURIComponent(value);
    if (pick(50) === 0) value = 'x'.repeat(1 << 20);
    parts.push(pick(8) === 0 ? value : `${key}=${value}`);
  }
  if (pick(3) === 0) parts.push(parts[0]);
  return parts.join(pick(5) === 0 ? '&&' : '&');
}

test('1,000 hostile query strings through history navigation leave a working page', async () => {
  const page = await openApp();
  const baseline = await page.evaluate(() => document.querySelectorAll('script, img, iframe, object, embed, svg:not(figure.chart > svg)').length);
  const requestsBefore = page.record.requests.length;
  const failures = await page.evaluate(async ({ count, source, baseline }) => {
    const hostile = new Function(`${source}; return hostile;`)();
    const failures = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    for (let n = 0; n < count; n++) {
      const query = hostile(n);
      history.pushState(null, '', '?' + query);
      dispatchEvent(new PopStateEvent('popstate'));
      await Promise.resolve();
      await frame();
      const problems = [];
      if (document.querySelector('[data-testid=fatal], [data-testid=error]')) problems.push('error shown');
      if (!document.querySelector('[data-testid=count], [data-testid=timeline], [data-testid=disagreement]')) problems.push('no view');
      if (document.querySelectorAll('script, img, iframe, object, embed, svg:not(figure.chart > svg)').length !== baseline) problems.push('element injected');
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) problems.push(`attribute ${attr.name}=${attr.value.slice(0, 40)}`);
        }
      }
      if (problems.length) failures.push({ n, query: query.slice(0, 200), problems });
    }
    return failures;
  }, { count: 1000, source: `const KEYS = ${JSON.stringify(KEYS)}; const NASTY = ${JSON.stringify(NASTY)}; ${rng.toString()}; ${hostile.toString()}`, baseline });
  assert.deepEqual(failures, []);
  assert.deepEqual(page.record.requests.slice(requestsBefore), [], 'no request while following hostile links');
  await assertClean(page);
  await page.context_.close();
});

test('hostile query strings loaded fresh render the valid rest', async () => {
  for (let n = 0; n < 30; n++) {
    // Static hosts refuse request lines over ~8 KB; the 1 MB values are covered above.
    const query = hostile(n + 5000).slice(0, 8000);
    const page = await openApp('?' + query + '&kind=source');
    assert.equal(await page.locator('[data-testid=fatal], [data-testid=error]').count(), 0, query.slice(0, 200));
    if (!/(^|&)(q|view|src|year|dept|job|from|to)=/.test(query)) {
      assert.equal(await page.locator('[data-testid=document]').count(), 5, `kind=source still applies after ${query.slice(0, 200)}`);
    }
    await assertClean(page);
    await page.context_.close();
  }
});
