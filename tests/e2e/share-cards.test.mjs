// Every shareable page arrives as a picture: the four app pages and every preview page
// name one share card in their language, with the Open Graph and Twitter tags LINE,
// Facebook, X, WhatsApp and Teams read; the cards are 1200×630 PNGs under WhatsApp's
// 300 KB; oEmbed responses carry the same card as their thumbnail; a real consumer
// (open-graph-scraper) reads the tags; the icons are there instead of a blank tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import ogs from 'open-graph-scraper';
import { suite, withPage } from './browser.mjs';

import { DIST } from './browser.mjs';
// The absolute root the build wrote into its links (AELW_SITE_URL).
const SITE = (await readFile(`${DIST}index.html`, 'utf8')).match(/<link rel="canonical" href="([^"]+)">/)[1];
const APP_PAGES = ['', 'th/', 'embed/', 'th/embed/'];
const PREVIEWS = (await readdir(`${DIST}share`)).filter((f) => f.endsWith('.html')).map((f) => `share/${f}`);

const t = suite(DIST);

/** `text` with the character references this build writes decoded. */
const decoded = (text) => text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** Every `<meta property|name=… content=…>` of a page's head, as [key, value] pairs. */
function metas(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)].map(([, k, v]) => [k, decoded(v)]);
}

/** The one value of `key` in `tags`; fails if it is missing or repeated. */
function one(tags, key, file) {
  const values = tags.filter(([k]) => k === key).map(([, v]) => v);
  assert.equal(values.length, 1, `${file}: one ${key}, found ${values.length}`);
  return values[0];
}

/** The width and height in a PNG's header, after checking its signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const thaiLetters = /[\u0E00-\u0E7F]/;

/** The card a page names, checked against every tag a consumer reads. */
async function checkPage(file) {
  const html = await readFile(`${DIST}${file}`, 'utf8');
  const lang = html.match(/<html lang="(en|th)"/)[1];
  const tags = metas(html);
  const get = (key) => one(tags, key, file);
  const image = get('og:image');
  assert.ok(image.startsWith(SITE), `${file}: og:image is absolute under ${SITE}: ${image}`);
  const m = image.slice(SITE.length).match(/^(cards\/[a-z0-9-]+(\.th)?\.png)\?v=([0-9a-f]{10})$/);
  assert.ok(m, `${file}: og:image is cards/<id>.png?v=<hash>: ${image}`);
  assert.equal(Boolean(m[2]), lang === 'th', `${file}: the card is in the page's language`);
  assert.equal(get('og:image:type'), 'image/png');
  assert.equal(get('og:image:width'), '1200');
  assert.equal(get('og:image:height'), '630');
  const alt = get('og:image:alt');
  assert.equal(thaiLetters.test(alt), lang === 'th', `${file}: alt in the page's language: ${alt}`);
  assert.equal(get('og:locale'), lang === 'th' ? 'th_TH' : 'en_GB');
  assert.equal(get('og:locale:alternate'), lang === 'th' ? 'en_GB' : 'th_TH');
  assert.equal(get('twitter:card'), 'summary_large_image');
  for (const key of ['image', 'title', 'description', 'image:alt']) {
    assert.equal(get(`twitter:${key}`), get(`og:${key}`), `${file}: twitter:${key} equals og:${key}`);
  }
  assert.ok(get('og:url').startsWith(SITE));
  const bytes = await readFile(`${DIST}${m[1]}`);
  assert.deepEqual(pngSize(bytes), [1200, 630], `${m[1]} is 1200×630`);
  assert.ok(bytes.length > 1_000 && bytes.length <= 300_000, `${m[1]}: ${bytes.length} bytes`);
  return { file, lang, card: m[1], version: m[3], hash: createHash('sha256').update(bytes).digest('hex') };
}

test('every shareable page names its own card in its language, with every tag', async () => {
  const pages = await Promise.all([...APP_PAGES.map((p) => `${p}index.html`), ...PREVIEWS].map(checkPage));
  assert.ok(PREVIEWS.length >= 100, `${PREVIEWS.length} preview pages`);
  // The app pages use the week's card in their language.
  for (const p of pages.slice(0, 4)) assert.equal(p.card, `cards/week${p.lang === 'th' ? '.th' : ''}.png`, p.file);
  // Each section has a card of its own: different sections and languages, different pictures.
  const previews = pages.slice(4);
  assert.equal(new Set(previews.map((p) => p.card)).size, previews.length);
  assert.equal(new Set(previews.map((p) => p.hash)).size, previews.length, 'no two cards are the same picture');
  assert.equal(new Set(previews.map((p) => p.version)).size, previews.length, 'no two cards share a ?v=');
  const en = previews.find((p) => p.card === 'cards/gala-dinner.png');
  const th = previews.find((p) => p.card === 'cards/gala-dinner.th.png');
  assert.notEqual(en.hash, th.hash, 'the Thai card differs from the English one');
  // Nothing in cards/ is left over or half-written.
  const files = await readdir(`${DIST}cards`);
  assert.deepEqual(files.filter((f) => !f.endsWith('.png')), []);
  assert.equal(files.length, new Set([...pages.map((p) => p.card)]).size);
});

test('oEmbed responses carry the same card as their thumbnail', async () => {
  const checked = [];
  for (const file of (await readdir(`${DIST}oembed`)).filter((f) => f.endsWith('.json')).map((f) => `oembed/${f}`).concat(['oembed.json', 'oembed.th.json'])) {
    const json = JSON.parse(await readFile(`${DIST}${file}`, 'utf8'));
    const [, id, th] = file.match(/^(?:oembed\/(.+?))?(?:oembed)?(\.th)?\.json$/);
    const page = id ? `share/${id}${th ?? ''}.html` : `${th ? 'th/' : ''}index.html`;
    const image = one(metas(await readFile(`${DIST}${page}`, 'utf8')), 'og:image', page);
    assert.equal(json.thumbnail_url, image, `${file} and ${page} name the same card`);
    assert.equal(json.thumbnail_width, 1200);
    assert.equal(json.thumbnail_height, 630);
    checked.push(file);
  }
  assert.ok(checked.length >= 100);
});

test('a real consumer (open-graph-scraper) reads the large card from pages and previews', async () => {
  const sample = ['', 'th/', 'embed/', 'th/embed/', 'share/day-2022-11-18.th.html', 'share/gala-dinner.html', 'share/priority-balance.th.html', 'share/deliverable-bangkok-goals.html'];
  for (const path of sample) {
    const { error, result } = await ogs({ url: `${t.server.origin}/${path}` });
    assert.equal(error, false, path);
    assert.equal(result.twitterCard, 'summary_large_image', path);
    assert.equal(result.ogImage.length, 1, `${path}: one og:image`);
    const [image] = result.ogImage;
    assert.ok(image.url.startsWith(SITE), `${path}: ${image.url}`);
    assert.equal(String(image.width), '1200');
    assert.equal(String(image.height), '630');
    assert.equal(image.type, 'image/png');
    // The card it names is served as a PNG.
    const served = await fetch(image.url.replace(SITE, `${t.server.origin}/`));
    assert.equal(served.status, 200);
    assert.equal(served.headers.get('content-type'), 'image/png');
  }
});

test('every page names icons that exist, and a theme colour', async () => {
  for (const path of APP_PAGES) {
    await withPage(t.browser, `${t.server.origin}/${path}`, async (page) => {
      const icons = await page.evaluate(async () => Promise.all(
        [...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"]')].map(async (link) => {
          // The SVG icon is a data: URL, which the page's CSP does not let fetch() read.
          if (link.href.startsWith('data:')) {
            const [type, body] = link.href.slice(5).split(',');
            return { rel: link.rel, type, size: decodeURIComponent(body).length, ok: decodeURIComponent(body).startsWith('<svg') };
          }
          const response = await fetch(link.href);
          return { rel: link.rel, type: response.headers.get('content-type'), size: (await response.arrayBuffer()).byteLength, ok: response.ok };
        }),
      ));
      assert.deepEqual(icons.map((i) => i.rel), ['icon', 'apple-touch-icon', 'icon'], path);
      assert.deepEqual(icons.map((i) => i.type), ['image/x-icon', 'image/png', 'image/svg+xml'], path);
      assert.ok(icons.every((i) => i.ok && i.size > 100), `${path}: ${JSON.stringify(icons)}`);
      assert.equal(await page.locator('meta[name="theme-color"]').getAttribute('content'), '#0b2d4f');
    });
  }
  // A preview page (it moves on to the app at once, so it is read as a file): the same
  // icons, one folder up.
  const preview = await readFile(`${DIST}share/gala-dinner.th.html`, 'utf8');
  assert.ok(preview.includes('<link rel="icon" href="data:image/svg+xml,%3Csvg'), 'the preview has the SVG icon');
  for (const [href, file] of [['../favicon.ico', 'favicon.ico'], ['../apple-touch-icon.png', 'apple-touch-icon.png']]) {
    assert.ok(preview.includes(`href="${href}"`), `the preview links ${href}`);
    assert.ok((await stat(`${DIST}${file}`)).size > 100, file);
  }
  assert.deepEqual(pngSize(await readFile(`${DIST}apple-touch-icon.png`)), [180, 180]);
  assert.ok((await stat(`${DIST}favicon.ico`)).size > 100);
});
