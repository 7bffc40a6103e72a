// Nothing of the Bangkok week in another summit's site (issue 31): the second summit
// (`make build-summit`: target/dist-summit/, from tests/summit/harbours-2027.json) and its
// editors' workbook (`make sheet` of that file, unzipped into target/summit-sheet/xml/)
// hold no word, name or colour of Bangkok's week, in any page, share tag, calendar, feed,
// stylesheet, script, icon, share card or sheet; and where the data gives the summit's
// own colours (the brand colour, the cards'), the page shows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, relative } from 'node:path';
import { suite, withPage } from './browser.mjs';

const DIST = fileURLToPath(new URL('../../target/dist-summit/', import.meta.url));
const SHEET = fileURLToPath(new URL('../../target/summit-sheet/xml/', import.meta.url));
const data = JSON.parse(await readFile(fileURLToPath(new URL('../summit/harbours-2027.json', import.meta.url)), 'utf8'));

/** Words and names of the Bangkok week that no other summit says. */
const WORDS = [
  /Leaders['’] Week/i, /สัปดาห์ผู้นำ/, /\bAPEC\b/i, /เอเปค/, /Bangkok/i, /กรุงเทพ/, /\bICT\b/,
  /Thailand/i, /ประเทศไทย/, /QSNCC/, /Sirikit/i, /สิริกิติ์/, /Prayut/i, /ประยุทธ์/,
  // The 2022 priorities' official names and theme.
  /Open to All Opportunities/i, /Connect in All Dimensions/i, /Balance in All Aspects/i,
  /Open\. Connect\. Balance\./i, /เปิดกว้างสู่ทุกโอกาส/, /เชื่อมโยงในทุกมิติ/, /สมดุลในทุกด้าน/,
  /Bio-Circular-Green/i, /\bBCG\b/,
];
/** Bangkok's masthead navy (light and dark), and the 2022 cards' colours (style/main.css). */
const NAVY = ['#0b2d4f', '#0c2238'];
const CARDS = ['#1d5fa8', '#8cc2ff', '#6a3d9a', '#d4b8ff', '#00703c', '#7fdca4'];
/** Files read as text. Not the .wasm: what it shows a reader is in the prerendered pages,
 * and its other strings are the data checks' messages to editors and their list of news
 * outlets, which are not the week's. */
const TEXT = new Set(['.html', '.json', '.ics', '.xml', '.rels', '.css', '.js', '.svg', '.webmanifest', '.txt']);

async function files(root) {
  const found = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.push(`${entry.parentPath ?? entry.path}/${entry.name}`);
  }
  return found;
}

/** Every match of `patterns` in the text files under `root`, as "file: match". */
async function scan(root, patterns, only = () => true) {
  const hits = [];
  for (const path of await files(root)) {
    const ext = extname(path);
    if (!TEXT.has(ext) || !only(path, ext)) continue;
    const text = await readFile(path, 'utf8');
    for (const p of patterns) {
      const m = text.match(p);
      if (m) hits.push(`${relative(root, path)}: ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20))}`);
    }
  }
  return hits;
}

/** `#0b2d4f` as CSS writes it, or as a workbook does (`FF0B2D4F`, alpha first). */
const colour = (hex) => new RegExp(`(?:#|\\bFF)${hex.slice(1)}`, 'i');

test('the second summit is another organisation\'s, with colours of its own', () => {
  const own = [data.week.brand_colour, data.week.brand_colour_dark,
    ...data.priorities.flatMap((p) => [p.colour, p.colour_dark]),
    ...data.tracks.flatMap((t) => [t.colour, t.colour_dark])].map((c) => c.toLowerCase());
  for (const c of [...NAVY, ...CARDS]) assert.ok(!own.includes(c), c);
  assert.deepEqual(WORDS.filter((w) => w.test(JSON.stringify(data))), []);
});

test('no page, tag, calendar, feed or data file of the second summit names the Bangkok week', async () => {
  assert.deepEqual(await scan(DIST, WORDS, (_, ext) => ext !== '.js' && ext !== '.css'), []);
});

test('no stylesheet or script of the second summit names the Bangkok week, in its comments either', async () => {
  assert.deepEqual(await scan(DIST, WORDS, (_, ext) => ext === '.js' || ext === '.css'), []);
});

test('the second summit\'s workbook names nothing of the Bangkok week', async () => {
  assert.deepEqual(await scan(SHEET, [...WORDS, ...[...NAVY, ...CARDS].map(colour)]), []);
});

test('no page, tag or file of the second summit uses the Bangkok week\'s navy', async () => {
  assert.deepEqual(await scan(DIST, NAVY.map(colour)), []);
});

test('no page, tag, calendar or feed of the second summit uses the 2022 cards\' colours', async () => {
  // Stylesheets are read below, by the properties that carry the summit's identity: the
  // same shades are the engine's link and "confirmed" colours too.
  assert.deepEqual(await scan(DIST, CARDS.map(colour), (_, ext) => !['.css', '.js'].includes(ext)), []);
});

test('the second summit\'s stylesheets give its identity no colour of the Bangkok week', async () => {
  const hits = [];
  for (const path of (await files(DIST)).filter((p) => p.endsWith('.css'))) {
    const css = await readFile(path, 'utf8');
    for (const m of css.matchAll(/(--(?:masthead-bg|brand|priority-\d+))\s*:\s*([^;}]+)/g)) {
      if ([...NAVY, ...CARDS].some((c) => m[2].toLowerCase().includes(c))) hits.push(`${relative(DIST, path)}: ${m[1]}: ${m[2].trim()}`);
    }
  }
  assert.deepEqual(hits, []);
});

const t = suite(DIST);

test('no share card or icon of the second summit is drawn in the Bangkok week\'s colours', async () => {
  const images = (await files(DIST)).filter((p) => p.endsWith('.png') || p.endsWith('.svg') || p.endsWith('.ico'))
    .map((p) => relative(DIST, p));
  assert.ok(images.some((p) => p.startsWith('cards/')), 'no share cards');
  await withPage(t.browser, `${t.server.origin}/`, async (page) => {
    const hits = await page.evaluate(async ({ images, forbidden }) => {
      const rgb = forbidden.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      const found = [];
      for (const src of images) {
        const img = new Image();
        img.src = `/${src}`;
        await img.decode();
        const w = img.naturalWidth || 256;
        const h = img.naturalHeight || 256;
        const canvas = new OffscreenCanvas(w, h);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0, w, h);
        const px = ctx.getImageData(0, 0, w, h).data;
        // A share card's address, left of the swatches below the footer's rule, is set in
        // the engine's link colour (the pages' --link), which the 2022 Open card shares:
        // chrome, not the summit's identity. Everything else on the card is counted.
        const address = (i) => src.startsWith('cards/') && (i / 4) % w < 900 && Math.floor(i / 4 / w) > 540;
        rgb.forEach(([r, g, b], k) => {
          let n = 0;
          for (let i = 0; i < px.length; i += 4) if (px[i] === r && px[i + 1] === g && px[i + 2] === b && px[i + 3] > 0 && !address(i)) n += 1;
          // Flat areas, not a stray anti-aliased pixel.
          if (n > 50) found.push(`${src}: ${n} px of ${forbidden[k]}`);
        });
      }
      return found;
    }, { images, forbidden: [...NAVY, ...CARDS] });
    assert.deepEqual(hits, []);
  }, { waitForApp: false });
});

const rgbOf = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

for (const scheme of ['light', 'dark']) {
  test(`the second summit's page shows its brand colour, theme colour and card colours (${scheme})`, async () => {
    await withPage(t.browser, `${t.server.origin}/`, async (page) => {
      const shown = await page.evaluate((ids) => {
        const probe = (className) => {
          const el = document.createElement('span');
          el.className = className;
          document.body.append(el);
          const c = getComputedStyle(el).backgroundColor;
          el.remove();
          return c;
        };
        return {
          masthead: getComputedStyle(document.querySelector('.masthead')).backgroundColor,
          cards: ids.map((id) => probe(`prio accent-${id}`)),
        };
      }, data.priorities.map((p) => p.id));
      const dark = scheme === 'dark';
      assert.deepEqual(shown, {
        masthead: rgbOf(dark ? data.week.brand_colour_dark : data.week.brand_colour),
        cards: data.priorities.map((p) => rgbOf(dark ? p.colour_dark : p.colour)),
      });
      if (!dark) {
        const theme = await page.locator('meta[name="theme-color"]').evaluateAll((els) => els.map((e) => e.content.toLowerCase()));
        assert.ok(theme.length > 0 && theme.every((c) => ![...NAVY, ...CARDS].includes(c)), theme.join());
        assert.ok(theme.includes(data.week.brand_colour.toLowerCase()), theme.join());
      }
    }, { colorScheme: scheme });
  });
}
