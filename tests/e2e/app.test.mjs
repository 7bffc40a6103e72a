// The release build in a real browser: the whole week is on the page, nothing fails,
// nothing leaves the origin, and axe finds no accessibility violation.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { setOpen, suite, openPage, withPage } from './browser.mjs';

import { DIST } from './browser.mjs';
const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));
// Expectations come from the data file the build shipped, not from a copy in this test.
const data = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));

const t = suite(DIST);
before(() => mkdir(OUTPUT, { recursive: true }));

test('shows the six days, every event of the data and the three priority cards', async () => {
  const { context, page, problems } = await openPage(t.browser, `${t.server.origin}/`);
  try {
    // After the app replaced the prerendered markup there is exactly one copy of it.
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.locator('#app').count(), 1);
    assert.equal(await page.locator('.masthead').count(), 1);
    assert.equal(await page.locator('h1').innerText(), data.week.title.en);

    const dayIds = await page.locator('section.day').evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(dayIds, data.days.map((d) => `day-${d.date}`));
    for (const day of data.days) {
      const count = data.events.filter((e) => e.date === day.date).length;
      const section = page.locator(`#day-${day.date}`);
      assert.equal(await section.locator('details.event').count(), count, `events on ${day.date}`);
      assert.equal(await section.locator('h2 time').getAttribute('datetime'), day.date);
    }

    const eventIds = await page.locator('details.event').evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(eventIds, data.events.map((e) => e.id), 'every event, in data order');
    for (const event of data.events) {
      const article = page.locator(`[id="${event.id}"]`);
      assert.equal(await article.locator('h3').innerText().then((t) => t.startsWith(event.title.en)), true, event.id);
      const time = article.locator('.event-time time');
      if (event.start) {
        assert.equal(await time.getAttribute('datetime'), `${event.date}T${event.start}+07:00`, event.id);
        assert.match(await time.innerText(), new RegExp(`${event.start}.*ICT`), event.id);
      } else {
        assert.equal(await time.count(), 0, `${event.id} shows no clock time`);
        // The row says the time of day where a source gives one, else that none is given;
        // the details say the exact time was not found.
        assert.equal(await article.locator('.event-time').innerText(), event.time_of_day?.en ?? 'No time given', event.id);
        assert.match(await article.locator('.event-when').textContent(), /not found in the sources/, event.id);
      }
      // Closed until asked: the row is the summary, the rest is in the closed details.
      assert.equal(await article.evaluate((d) => d.open), false, `${event.id} starts closed`);
      assert.equal(await article.locator('> summary .event-meta .track').count(), event.tracks.length, `${event.id} tracks`);
      assert.equal(await article.locator('> summary .prio').count(), (event.priorities ?? []).length, `${event.id} priorities`);
      assert.equal(await article.locator('> summary .status').count(), event.status === 'partly_confirmed' ? 1 : 0, `${event.id} status`);
      assert.equal(await article.locator('.sources li').count(), event.sources.length, `${event.id} sources`);
    }

    const cardIds = await page.locator('article.card').evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(cardIds, ['priority-open', 'priority-connect', 'priority-balance']);
    for (const p of data.priorities) {
      const card = page.locator(`#priority-${p.id}`);
      assert.equal(await card.locator('.deliverable').count(), p.deliverables.length, p.id);
      const advancing = data.events.filter((e) => (e.priorities ?? []).includes(p.id)).length;
      assert.equal(await card.locator('.card-events li').count(), advancing, `${p.id} events`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the default view adopts the prerendered week; other first views replace it', async () => {
  // An old-style `?lang=th` or `?embed=1` lands on its own page, which is adopted too.
  const cases = [['/', true], ['/?lang=en#gala-dinner', true], ['/?lang=th', true], ['/?embed=1', true],
    ['/?track=leaders', false], ['/th/?q=gala', false], ['/embed/?tz=local', false]];
  for (const [path, adopted] of cases) {
    const context = await t.browser.newContext();
    // The heading as parsed from the HTML, before the app has started (it starts after a paint).
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => { window.prerendered = document.querySelector('#app h1'); });
    });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    try {
      await page.goto(`${t.server.origin}${path}`);
      await page.waitForSelector('html.app-ready', { state: 'attached' });
      const kept = await page.evaluate(() => window.prerendered?.isConnected === true
        && document.querySelector('#app h1') === window.prerendered);
      assert.equal(kept, adopted, `${path}: prerendered heading ${adopted ? 'kept' : 'replaced'}`);
      assert.equal(await page.locator('h1').count(), 1, path);
      assert.equal(await page.locator('details.event').count(), data.events.length, path);
      assert.deepEqual(problems, [], path);
    } finally {
      await context.close();
    }
  }
});

test('every in-page link leads to an element that exists', async () => {
  const { context, page, problems } = await openPage(t.browser, `${t.server.origin}/`);
  try {
    const targets = await page.locator('a[href^="#"]').evaluateAll((links) =>
      links.map((a) => a.getAttribute('href').slice(1)).filter((id) => !document.getElementById(id)));
    assert.deepEqual(targets, [], 'links to missing ids');
    // The overview jumps to a day.
    await page.getByRole('link', { name: /Fri 18 Nov/ }).click();
    await page.waitForFunction(() => location.hash === '#day-2022-11-18');
    // Scrolling is smooth unless the reader prefers reduced motion, so wait for it to settle.
    await page.waitForFunction(
      () => Math.abs(document.getElementById('day-2022-11-18').getBoundingClientRect().top) < 40,
      null, { timeout: 5_000 });
    // The data file ships beside the app.
    const response = await page.request.get(`${t.server.origin}/data/aelw-2022.json`);
    assert.equal(response.status(), 200);
    assert.equal((await response.json()).events.length, data.events.length);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
  test(`axe finds no violation at ${viewport.width}×${viewport.height}`, async () => {
    const { context, page, problems } = await openPage(t.browser, `${t.server.origin}/`, { viewport });
    try {
      // Open every row and source list too, so their content is checked as well.
      await setOpen(page, 'details', true);
      assert.equal(await page.locator('details.event[open]').count(), data.events.length, 'every row stays open');
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = result.violations.map((v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, []);
      assert.ok(result.passes.length > 20, 'axe actually ran its rules');
      await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = false; }));
      await page.screenshot({ path: `${OUTPUT}home-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('reflows without horizontal scrolling at 320 px', async () => {
  const { context, page, problems } = await openPage(t.browser, `${t.server.origin}/`, { viewport: { width: 320, height: 640 } });
  try {
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(scrollWidth <= clientWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the footer says when the content was last revised and lists what changed, in both languages', async () => {
  // The last release, in either shape of the file (`releases`, or an older file's `updated` and `changes`).
  const last = data.releases ? data.releases.at(-1) : { released: data.updated, changes: data.changes };
  const changes = last.changes;
  assert.ok(changes.length > 0, 'the data lists its last revision\'s changes');
  for (const [path, lang, label] of [['', 'en', 'What changed'], ['th/', 'th', 'สิ่งที่เปลี่ยนแปลง']]) {
    await withPage(t.browser, `${t.server.origin}/${path}`, async (page) => {
      const details = page.locator('.site-footer details.changes');
      assert.equal((await details.locator('summary').innerText()).trim(), `${label} (${changes.length})`);
      assert.equal(await details.locator('li').first().isVisible(), false, 'closed until asked');
      await details.locator('summary').click();
      assert.deepEqual(await details.locator('li').allInnerTexts(), changes.map((c) => c[lang]));
      const revised = await page.locator('.site-footer time').getAttribute('datetime');
      // A release with its moment is dated on the summit's calendar; these are day-only.
      assert.equal(revised, last.released.slice(0, 10));
    });
  }
});
