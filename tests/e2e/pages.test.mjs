// The four prerendered pages (`./`, `th/`, `embed/`, `th/embed/`): each in its language
// and mode from the first byte, with its own head, adopted by the app without a swap,
// readable with JavaScript off; old-style links and a browser that prefers Thai reach the
// right page before anything is painted; the language switch moves between the pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { nextTask, suite, withPage } from './browser.mjs';
import { serve } from './server.mjs';

import { DIST } from './browser.mjs';
const data = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));
const pairs = JSON.parse(await readFile(fileURLToPath(new URL('../../target/site/i18n.json', import.meta.url)), 'utf8'));
// The interface's words, by their English text.
const thai = (en) => pairs.find(([e]) => e === en)?.[1] ?? assert.fail(`no string ${en}`);

const PAGES = [
  { path: '', lang: 'en', embed: false },
  { path: 'th/', lang: 'th', embed: false },
  { path: 'embed/', lang: 'en', embed: true },
  { path: 'th/embed/', lang: 'th', embed: true },
];

const t = suite(DIST);

/** A fresh page at `path` on the test server; see `withPage` in browser.mjs. */
const at = (path, body, options = {}) =>
  withPage(t.browser, `${t.server.origin}/${path}`, body, { reducedMotion: 'reduce', ...options });

/** Logs each document's first contentful paint (path and query) in sessionStorage. */
const logPaints = () => new PerformanceObserver((list) => {
  if (!list.getEntriesByName('first-contentful-paint').length) return;
  const log = JSON.parse(sessionStorage.getItem('paints') ?? '[]');
  sessionStorage.setItem('paints', JSON.stringify([...log, location.pathname + location.search]));
}).observe({ type: 'paint', buffered: true });

/** The share of letters in `text` that are Thai. */
const thaiShare = (text) => {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.filter((c) => /\p{Script=Thai}/u.test(c)).length / Math.max(letters.length, 1);
};

test('each page is built with its language, title, canonical and alternate links', async () => {
  const site = 'http://127.0.0.1:8080/';
  for (const p of PAGES) {
    const html = await readFile(`${DIST}${p.path}index.html`, 'utf8');
    assert.match(html, new RegExp(`<html lang="${p.lang}" data-page="${p.path}">`), p.path);
    const title = data.week.page_title[p.lang];
    assert.ok(html.includes(`<title>${title}</title>`), `${p.path}: title`);
    assert.ok(html.includes(`<link rel="canonical" href="${site}${p.path}">`), `${p.path}: canonical`);
    const [en, th] = [p.embed ? 'embed/' : '', p.embed ? 'th/embed/' : 'th/'];
    for (const [lang, path] of [['en', en], ['th', th], ['x-default', en]]) {
      assert.ok(html.includes(`<link rel="alternate" hreflang="${lang}" href="${site}${path}">`), `${p.path}: ${lang}`);
    }
    // The app's files from the page's folder: every one of them exists.
    const up = '../'.repeat(p.path.split('/').length - 1);
    const files = [...html.split('</head>')[0].matchAll(/(?:href|src|data-js|data-wasm|data-href)="([^"#:]+)"/g)].map((m) => m[1]);
    assert.ok(files.length >= 6, `${p.path}: ${files}`);
    for (const file of files) {
      assert.ok(file.startsWith(up || './') || !up, `${p.path}: ${file} is not relative to the root`);
      await readFile(new URL(file, `file://${DIST}${p.path}`)).catch(() => assert.fail(`${p.path}: ${file} is not in dist/`));
    }
    // The page's own week: Thai text in Thai pages, the embed's bar in embed pages.
    assert.equal(html.includes(data.week.title.th), p.lang === 'th', `${p.path}: Thai title`);
    assert.equal(html.includes('class="embed-bar"'), p.embed, `${p.path}: embed bar`);
    assert.equal(html.includes('class="site-footer"'), !p.embed, `${p.path}: footer`);
  }
});

test('each page is adopted as prerendered, without a swap or a redirect', async () => {
  for (const p of PAGES) {
    await at(p.path, async (page) => {
      assert.equal(await page.evaluate(() => location.pathname), `/${p.path}`);
      const kept = await page.evaluate(() => window.prerendered?.isConnected === true
        && document.querySelector('#app h1') === window.prerendered);
      assert.ok(kept, `${p.path}: the prerendered heading is the one on screen`);
      // The static text under each row (written as HTML, not as views) is adopted too,
      // not written again.
      const adopted = await page.evaluate(() => window.prerenderedText?.isConnected === true
        && document.querySelector('#app .event-text .event-summary') === window.prerenderedText);
      assert.ok(adopted, `${p.path}: the prerendered event details are the ones on screen`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), p.lang);
      assert.equal(await page.locator('h1').innerText(), data.week.title[p.lang]);
      assert.equal(await page.locator('section.day:visible').count(), p.embed ? 1 : data.days.length, p.path);
    }, {
      // The heading as parsed from the HTML, before the app has started.
      init: () => document.addEventListener('DOMContentLoaded', () => {
        window.prerendered = document.querySelector('#app h1');
        window.prerenderedText = document.querySelector('#app .event-text .event-summary');
      }),
    });
  }
});

test('th/ with JavaScript off: every day is in Thai', async () => {
  const context = await t.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    // The language switch is a plain link, so it works without the app.
    await page.goto(`${t.server.origin}/`);
    await page.getByRole('link', { name: 'ภาษาไทย' }).click();
    await page.waitForURL(`${t.server.origin}/th/`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'th');
    for (const day of data.days) {
      const section = page.locator(`#day-${day.date}`);
      // As first seen, every row closed; then with every row open, apart from the lists
      // of sources, whose names are the publications' own (The Nation, Thai PBS World).
      const seen = thaiShare(await section.innerText());
      assert.ok(seen >= 0.9, `${day.date}: ${(seen * 100).toFixed(1)} % of letters are Thai`);
      await section.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      const opened = thaiShare(await section.evaluate((s) => {
        const copy = s.cloneNode(true);
        copy.querySelectorAll('.sources').forEach((l) => l.remove());
        return copy.textContent;
      }));
      assert.ok(opened >= 0.9, `${day.date}, rows open: ${(opened * 100).toFixed(1)} % of letters are Thai`);
    }
  } finally {
    await context.close();
  }
});

test('embed/ with JavaScript off: one day at a time, and the day links switch days', async () => {
  for (const p of PAGES.filter((q) => q.embed)) {
    const context = await t.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    try {
      const page = await context.newPage();
      await page.goto(`${t.server.origin}/${p.path}`);
      const shown = () => page.locator('section.day:visible, article.card:visible').evaluateAll((els) => els.map((e) => e.id));
      assert.deepEqual(await shown(), [`day-${data.days[0].date}`], p.path);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= 1000, `${p.path}: ${height} px`);
      const last = data.days.at(-1).date;
      await page.locator(`.day-tabs a[href="#day-${last}"]`).click();
      assert.deepEqual(await shown(), [`day-${last}`], `${p.path}: after the day link`);
      // A link to an event shows its day; a link to a card shows the card alone.
      const event = data.events.find((e) => e.date === data.days[1].date);
      await page.goto(`${t.server.origin}/${p.path}#${event.id}`);
      assert.deepEqual(await shown(), [`day-${event.date}`], `${p.path}: #${event.id}`);
      await page.goto(`${t.server.origin}/${p.path}#priority-balance`);
      assert.deepEqual(await shown(), ['priority-balance'], `${p.path}: #priority-balance`);
    } finally {
      await context.close();
    }
  }
});

test('old-style links and a Thai browser reach the right page before anything is painted', async () => {
  const cases = [
    ['?lang=th#gala-dinner', {}, '/th/#gala-dinner'],
    ['?embed=1#day-2022-11-18', {}, '/embed/#day-2022-11-18'],
    ['?lang=th&embed=1&track=leaders&theme=dark', {}, '/th/embed/?track=leaders&theme=dark'],
    ['?track=leaders,guests&lang=th&q=a+b', {}, '/th/?track=leaders,guests&q=a+b'],
    ['th/?lang=en#ceo-summit', {}, '/?lang=en#ceo-summit'],
    ['', { locale: 'th-TH' }, '/th/'],
    ['embed/#priority-open', { locale: 'th-TH' }, '/th/embed/#priority-open'],
    ['?lang=en', { locale: 'th-TH' }, '/?lang=en'],
    ['th/', { locale: 'en-GB' }, '/th/'],
  ];
  for (const [path, options, landing] of cases) {
    await at(path, async (page) => {
      assert.equal(await page.evaluate(() => location.pathname + location.search + location.hash), landing, path);
      // Every document's first contentful paint, as each one logged it: only the landing
      // page painted; the one left behind never showed anything.
      await page.waitForFunction(() => JSON.parse(sessionStorage.getItem('paints') ?? '[]').length > 0);
      const paints = await page.evaluate(() => JSON.parse(sessionStorage.getItem('paints')));
      assert.deepEqual(paints, [landing.replace(/#.*/, '')], path);
      const lang = landing.startsWith('/th/') ? 'th' : 'en';
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, path);
      assert.equal(await page.locator('h1').innerText(), data.week.title[lang], path);
    }, { ...options, init: logPaints });
  }
  // A host that answers unknown paths with the English page (a single-page-app fallback)
  // does not send a browser that prefers Thai deeper and deeper.
  const fallback = await serve(DIST, {
    routes: { '/nowhere/th/': async (req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(await readFile(`${DIST}index.html`)) },
  });
  const context = await t.browser.newContext({ locale: 'th-TH' });
  try {
    const page = await context.newPage();
    // The redirect runs in <head>, before the document's load; `goto` has waited for the
    // load of this document, so a redirect would already have replaced it.
    await page.goto(`${fallback.origin}/nowhere/th/`, { waitUntil: 'load' });
    assert.equal(await page.evaluate(() => location.pathname), '/nowhere/th/');
  } finally {
    await context.close();
    await fallback.close();
  }
});

test('the embed\'s links are right once the app runs, also for options the page was not prerendered with', async () => {
  await at('embed/?lang=en&theme=dark', async (page) => {
    await page.waitForFunction(() => document.querySelector('.embed-open')?.getAttribute('href') === '../?lang=en');
    assert.equal(await page.locator('.lang-switch').getAttribute('href'), '../th/embed/?theme=dark');
  }, { locale: 'th-TH' });
});

test('the language switch moves between the pages, keeping the section, filters and open rows', async () => {
  await at('embed/?track=leaders#leaders-retreat-1', async (page) => {
    await page.locator('#leaders-retreat-1-heading').waitFor();
    assert.equal(await page.locator('#leaders-retreat-1').evaluate((d) => d.open), true);
    await page.getByRole('link', { name: 'ภาษาไทย' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'th');
    assert.equal(await page.evaluate(() => location.pathname + location.search + location.hash),
      '/th/embed/?track=leaders#leaders-retreat-1');
    assert.equal(await page.locator('#leaders-retreat-1').evaluate((d) => d.open), true, 'still open');
    // The full view is the Thai standalone page at the same place.
    assert.equal(await page.locator('.embed-open').getAttribute('href'), '../../th/?track=leaders#leaders-retreat-1');
    // Reloading the address lands on the same page, adopted as prerendered.
    await page.reload();
    await page.waitForSelector('html.app-ready', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'th');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.evaluate(() => location.pathname + location.search + location.hash),
      '/embed/?lang=en&track=leaders#leaders-retreat-1');
  });
});

test('after switching language on an adopted page, every control still works', async () => {
  // `/` is adopted as prerendered (hydrated); a switch then renders the week afresh, which
  // must live on its own, not as a part of the adopted page that the switch disposes.
  await at('#day-2022-11-17', async (page) => {
    const events = data.events.length;
    const open = () => page.locator('details.event[open]').count();
    for (const [to, lang] of [['ภาษาไทย', 'th'], ['English', 'en']]) {
      await page.getByRole('link', { name: to }).first().click();
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await nextTask(page); // the old rendering is disposed in a task of its own
      const s = (en) => (lang === 'th' ? thai(en) : en);
      await page.getByRole('button', { name: s('Expand all') }).click();
      assert.equal(await open(), events, `${lang}: every row opened`);
      await page.getByRole('button', { name: s('Collapse all') }).click();
      assert.equal(await open(), 0, `${lang}: every row closed`);
      await page.locator('#gala-dinner > summary').click();
      assert.equal(await page.locator('#gala-dinner').evaluate((d) => d.open), true, `${lang}: a row opens`);
      // Copy link: copied, or the field that offers the link where copying is refused.
      await page.locator('#day-2022-11-17 .share button').first().click();
      await page.waitForFunction(() => {
        const day = document.getElementById('day-2022-11-17');
        return day.querySelector('.copy-fallback input') || day.querySelector('.share-status')?.textContent.trim();
      });
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('app-failed')), false);
      // Closed again, so the next round starts with every row closed.
      await page.locator('#gala-dinner > summary').click();
      assert.equal(await open(), 0, `${lang}: the row closes`);
    }
  });
});
