// Names the data's glossary keeps whole: Thai has no spaces between words, so Chromium
// breaks a line wherever its dictionary guesses a word ends, and it splits transliterated
// names ("แฮร์ริส", "จิ้นผิง") in two at 375 px. Every glossary name the Thai page shows, row
// details open, must sit on one line, in the page and in the embed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setOpen, suite, withPage, DIST } from './browser.mjs';

const data = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));
const terms = process.env.AELW_GLOSSARY?.split(',') ?? data.glossary ?? [];

const t = suite(DIST);

/** Every shown occurrence of the terms in `main`, with the lines (distinct tops) it spans. */
function lines(page) {
  return page.evaluate((terms) => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // A name may cross element boundaries (the span that keeps it whole): search the
    // text of each block, then map offsets back to its text nodes.
    const blocks = new Set();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const block = n.parentElement?.closest('p, li, h1, h2, h3, h4, h5, dd, dt, summary, span.event-meta, .card-official, td, th, figcaption');
      if (block) blocks.add(block);
    }
    for (const block of blocks) {
      const nodes = [];
      const w = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let n = w.nextNode(); n; n = w.nextNode()) { nodes.push([n, text.length]); text += n.data; }
      const at = (offset) => {
        let i = nodes.length - 1;
        while (i > 0 && nodes[i][1] > offset) i--;
        return [nodes[i][0], offset - nodes[i][1]];
      };
      for (const term of terms) {
        for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
          const range = document.createRange();
          range.setStart(...at(i));
          range.setEnd(...at(i + term.length - 1));
          range.setEnd(range.endContainer, range.endOffset + 1);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
          if (!rects.length) continue; // not shown (a closed panel, a hidden language)
          const tops = new Set(rects.map((r) => Math.round(r.top / 4)));
          found.push({ term, lines: tops.size, context: text.slice(Math.max(0, i - 12), i + term.length + 12) });
        }
      }
    }
    return found;
  }, terms);
}

for (const [path, label] of [['th/', 'the Thai page'], ['th/embed/', 'the Thai embed']]) {
  test(`glossary names stay on one line at 375 px: ${label}`, async () => {
    assert.ok(terms.length > 10, `the record has a glossary (${terms.length} names)`);
    await withPage(t.browser, `${t.server.origin}/${path}`, async (page) => {
      await setOpen(page, 'details', true);
      const found = await lines(page);
      assert.ok(found.length >= 10, `${found.length} names shown`);
      const split = found.filter((f) => f.lines > 1);
      assert.deepEqual(split, [], `${split.length} of ${found.length} names split across lines`);
    }, { viewport: { width: 375, height: 812 }, reducedMotion: 'reduce' });
  });
}
