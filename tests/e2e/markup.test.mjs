// The prerendered markup is what the app builds in the browser. For each of the four
// pages: the page as hydrated (and started) is the markup the build wrote, and the same
// view built afresh in the browser (after a language switch there and back, which
// renders the whole view again) is the same markup. Compared with the hydration markers
// (empty comments) removed and each element's attributes in name order, since the
// browser's build sets them in another order; nothing else is ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextTask, suite, withPage } from './browser.mjs';

import { DIST } from './browser.mjs';
const t = suite(DIST);

/** In the page: `#app` of `root` as comparable text (see the file's comment). */
function comparable(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const drop = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    // Leptos writes an empty dynamic text as one space, so hydration finds a text node
    // to adopt; built in the browser it is no node at all. The one such text is the
    // live region's, empty until the app announces something.
    const emptyText = node.nodeType === Node.TEXT_NODE && node.data === ' '
      && node.parentNode.childNodes.length === 1 && node.parentNode.hasAttribute('aria-live');
    if (node.nodeType === Node.COMMENT_NODE || emptyText) drop.push(node);
  }
  drop.forEach((n) => n.remove());
  root.normalize();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const attrs = [...el.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => (a < b ? -1 : 1));
    attrs.forEach(([name]) => el.removeAttribute(name));
    attrs.forEach(([name, value]) => el.setAttribute(name, value));
  }
  return root.outerHTML;
}

/** `#app` as the build wrote this page, and as it is on screen now, both comparable. */
function snapshot(page) {
  return page.evaluate(async (source) => {
    const comparable = new Function(`return ${source}`)();
    const written = await (await fetch(location.pathname, { cache: 'no-store' })).text();
    const parsed = new DOMParser().parseFromString(written, 'text/html');
    return {
      written: comparable(parsed.querySelector('#app')),
      shown: comparable(document.querySelector('#app').cloneNode(true)),
    };
  }, comparable.toString());
}

/** Where two texts first differ, with some context, for the failure message. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `at ${i}:\n  ${a.slice(Math.max(0, i - 120), i + 120)}\n  ${b.slice(Math.max(0, i - 120), i + 120)}`;
}

const PAGES = [['/', 'en', 'th'], ['/th/', 'th', 'en'], ['/embed/', 'en', 'th'], ['/th/embed/', 'th', 'en']];

for (const [path, own, other] of PAGES) {
  test(`${path}: the prerendered markup is what the browser builds`, async () => {
    // Hydrated: the markup as written, adopted, and as it stays once the app started.
    await withPage(t.browser, `${t.server.origin}${path}`, async (page) => {
      const { written, shown } = await snapshot(page);
      assert.ok(written.includes('<h1') && written.length > 100_000, 'the page has its week');
      assert.equal(shown, written, `hydrated ≠ written ${firstDifference(shown, written)}`);
      // The comparison sees a one-letter change in the text, and an attribute's.
      const sees = await page.evaluate((source) => {
        const comparable = new Function(`return ${source}`)();
        const copy = () => document.querySelector('#app').cloneNode(true);
        const [same, text, attribute] = [copy(), copy(), copy()];
        text.querySelector('h1').firstChild.data += 'x';
        attribute.querySelector('a[href]').setAttribute('href', '#elsewhere');
        const base = comparable(same);
        return [comparable(text) !== base, comparable(attribute) !== base];
      }, comparable.toString());
      assert.deepEqual(sees, [true, true]);
    });
    // Built in the browser. The language is in the link from the start, so the view
    // after the switch and back (whose language the reader chose) is the same view.
    await withPage(t.browser, `${t.server.origin}${path}?lang=${own}`, async (page) => {
      const adopted = (await snapshot(page)).shown;
      await page.evaluate(() => { window.adoptedHeading = document.querySelector('#app h1'); });
      for (const lang of [other, own]) {
        await page.locator('.lang-switch').first().click();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await nextTask(page);
      }
      const built = (await snapshot(page)).shown;
      // It was built again, not kept.
      assert.ok(await page.evaluate(() => document.querySelector('#app h1') !== window.adoptedHeading));
      assert.equal(built, adopted, `built ≠ hydrated ${firstDifference(built, adopted)}`);
    });
  });
}
