// The shape of the week: compact rows that open in place, a navigator, Expand all and
// Collapse all, print, the page and embed heights, and the embed's one day at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { nextTask, setOpen, suite, withPage, openPage } from './browser.mjs';

import { DIST } from './browser.mjs';
const data = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));
const eventById = (id) => data.events.find((e) => e.id === id) ?? assert.fail(`no event ${id} in the data`);
const busiest = data.days
  .map((d) => [d.date, data.events.filter((e) => e.date === d.date).length])
  .sort((a, b) => b[1] - a[1])[0][0];

const t = suite(DIST);

/** A fresh page at `path` on the test server; see `withPage` in browser.mjs. */
const at = (path, body, options = {}) =>
  withPage(t.browser, `${t.server.origin}/${path}`, body, { reducedMotion: 'reduce', ...options });

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };
const openIds = (page) => page.locator('details.event[open]').evaluateAll((ds) => ds.map((d) => d.id));

// Page heights with nothing opened, in both languages. The targets were set for the
// week's first 34 events (≤ 6,000 px on a phone, ≤ 4,000 px on a desktop); each event
// added since may cost one compact row more (measured: 50–56 px on a phone, 32–40 px on
// a desktop), and nothing else may grow but the footer's closed "Calendars" line (added
// with the calendar files: about 50 px with its spacing) and, on a phone, the room kept
// above the page's tools for the countdown and the live switch (2rem; on a desktop they
// sit in the tools' row).
const ROW = { 375: 60, 1280: 40 };
const CALENDARS_LINE = 64;
const LIVE_LINE = { 375: 32, 1280: 0 };
for (const [viewport, base] of [[PHONE, 6000], [DESKTOP, 4000]]) {
  const limit = base + CALENDARS_LINE + LIVE_LINE[viewport.width] + ROW[viewport.width] * Math.max(0, data.events.length - 34);
  for (const lang of ['en', 'th']) {
    test(`the whole week fits in ${limit} px at ${viewport.width} px, ${lang}`, async () => {
      await at(`?lang=${lang}`, async (page) => {
        await page.evaluate(() => document.fonts.ready);
        assert.deepEqual(await openIds(page), []);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`page height ${lang} ${viewport.width}: ${height}px`);
        assert.ok(height <= limit, `${height}px > ${limit}px`);
        assert.ok(height > 1500, `${height}px: the week is actually on the page`);
      }, { viewport });
    });
  }
}

/** Opens `#id` in the embed: which of `selector` then show, and the content's height. */
async function showPanel(page, id, selector) {
  await page.evaluate((id) => { location.hash = `#${id}`; }, id);
  await page.waitForFunction((id) => document.getElementById(id)?.checkVisibility(), id);
  const shown = await page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.id));
  const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  return { shown, height };
}

// The embed shows one day at a time; with nothing opened, its content (the height the
// frame asks its host for) stays within WordPress's 1,000 px for every day, at every
// common column width: phones, the 640–720 px content columns of WordPress and news
// sites, a tablet, a desktop.
const COLUMNS = [320, 640, 720, 1024].map((width) => ({ width, height: 800 }));
for (const viewport of [PHONE, ...COLUMNS, DESKTOP]) {
  for (const lang of ['en', 'th']) {
    test(`each day of the embed fits in 1,000 px at ${viewport.width} px, ${lang}`, async () => {
      const heights = {};
      const { context, page, problems } = await openPage(t.browser, `${t.server.origin}/${lang === 'th' ? 'th/' : ''}embed/`, { viewport, reducedMotion: 'reduce' });
      try {
        await page.evaluate(() => document.fonts.ready);
        for (const day of data.days) {
          const id = `day-${day.date}`;
          const { shown, height } = await showPanel(page, id, 'section.day');
          assert.deepEqual(shown, [id], 'only the chosen day is shown');
          assert.equal(await page.locator(`.day-tab[href="#${id}"]`).getAttribute('aria-current'), 'true');
          heights[day.date] = height;
        }
        // The cards show one at a time too.
        for (const p of data.priorities) {
          const id = `priority-${p.id}`;
          const { shown, height } = await showPanel(page, id, 'article.card');
          assert.deepEqual(shown, [id], 'only the chosen card is shown');
          assert.equal(await page.locator('section.day:visible').count(), 0);
          heights[id] = height;
        }
        console.log(`embed heights ${lang} ${viewport.width}: ${JSON.stringify(heights)}`);
        for (const [panel, h] of Object.entries(heights)) assert.ok(h <= 1000, `${panel}: ${h}px > 1000px`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}


test('in the embed, a link to an event opens its day and the event; a card link shows the cards', async () => {
  const event = eventById('royal-audience');
  await at(`?embed=1#${event.id}`, async (page) => {
    await page.waitForFunction((id) => document.getElementById(id)?.open && document.activeElement?.id === `${id}-heading`, event.id);
    const shown = await page.locator('section.day').evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.id));
    assert.deepEqual(shown, [`day-${event.date}`]);
    assert.equal(await page.locator('.priorities').isVisible(), false);
    // The filters are there, closed.
    assert.equal(await page.locator('details.filters').evaluate((d) => d.open), false);
    // Day links replace the frame's history entry: the host's Back button leaves the
    // page instead of stepping back through the days.
    const entries = await page.evaluate(() => history.length);
    await page.locator('.day-tab', { hasText: /Mon/ }).click();
    await page.waitForFunction(() => location.hash === '#day-2022-11-14' && document.activeElement?.id === 'day-2022-11-14-heading');
    assert.equal(await page.evaluate(() => history.length), entries, 'no new history entry');
    await page.locator('.day-tab', { hasText: /Priorities/ }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'priority-open-heading');
    assert.equal(await page.evaluate(() => history.length), entries, 'no new history entry');
    assert.equal(await page.locator('.priorities').isVisible(), true);
    assert.equal(await page.locator('section.day:visible').count(), 0);
    // A deliverable opens on its own card.
    await page.evaluate(() => { location.hash = '#deliverable-bangkok-goals'; });
    await page.waitForFunction(() => document.getElementById('deliverable-bangkok-goals').open
      && document.activeElement?.id === 'deliverable-bangkok-goals-heading');
    assert.deepEqual(await page.locator('article.card:visible').evaluateAll((els) => els.map((e) => e.id)), ['priority-balance']);
    // The link to what is on show is marked, and its focus stays legible.
    const current = page.locator('.card-tabs [aria-current="true"]');
    assert.equal(await current.getAttribute('href'), '#priority-balance');
    await current.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const [fg, bg] = await current.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    assert.notEqual(fg, bg, 'text and fill differ');
    assert.equal(bg, 'rgb(255, 221, 0)');
  }, { viewport: PHONE });
});

test('a row opens in place: a click, Enter and Space; nothing above it moves', async () => {
  await at('', async (page) => {
    const row = page.locator('#gala-dinner > summary');
    await row.scrollIntoViewIfNeeded();
    const before = await row.evaluate((el) => el.getBoundingClientRect().top);
    const above = await page.locator('#ministerial-meeting > summary').evaluate((el) => el.getBoundingClientRect().top);
    await row.click();
    assert.equal(await page.locator('#gala-dinner').evaluate((d) => d.open), true);
    assert.equal(await row.evaluate((el) => el.getBoundingClientRect().top), before, 'the row stays put');
    assert.equal(await page.locator('#ministerial-meeting > summary').evaluate((el) => el.getBoundingClientRect().top), above);
    assert.ok(await page.locator('#gala-dinner .event-summary').isVisible());
    // Keyboard: the row takes focus, shows it, and opens and closes with Enter and Space.
    // Back and forth with Tab, so the focus is a keyboard focus.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'gala-dinner-heading');
    const outline = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(outline, 'rgb(255, 221, 0)', 'a focused row shows the yellow focus fill');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.getElementById('gala-dinner').open);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.getElementById('gala-dinner').open);
    // Opening rows writes nothing to the URL.
    assert.equal(await page.evaluate(() => location.search + location.hash), '');
  });
});

test('rows open with JavaScript off and with the WebAssembly blocked', async () => {
  const off = await t.browser.newContext({ javaScriptEnabled: false, reducedMotion: 'reduce' });
  try {
    const page = await off.newPage();
    await page.goto(`${t.server.origin}/`);
    assert.equal(await page.locator('details.event').count(), data.events.length);
    await page.locator('#gala-dinner > summary').click();
    assert.ok(await page.locator('#gala-dinner .event-summary').isVisible());
    // A link to an event brings its row into view; the reader opens it.
    await page.goto(`${t.server.origin}/#royal-audience`);
    const top = await page.locator('#royal-audience').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, `row at ${top}px`);
  } finally {
    await off.close();
  }
  const blocked = await t.browser.newContext();
  try {
    await blocked.route('**/*.wasm', (route) => route.abort());
    const page = await blocked.newPage();
    await page.goto(`${t.server.origin}/`);
    await page.locator('#gala-dinner > summary').click();
    assert.ok(await page.locator('#gala-dinner .event-summary').isVisible());
  } finally {
    await blocked.close();
  }
});

test('a link to an event opens it on load, on click, on hashchange and on Back/Forward', async () => {
  await at('#gala-dinner', async (page) => {
    await page.waitForFunction(() => document.getElementById('gala-dinner').open
      && document.activeElement?.id === 'gala-dinner-heading');
    assert.deepEqual(await openIds(page), ['gala-dinner']);
    await page.evaluate(() => { location.hash = '#royal-audience'; });
    await page.waitForFunction(() => document.getElementById('royal-audience').open
      && document.activeElement?.id === 'royal-audience-heading');
    // Close it, go back and forward: following the link again opens it again.
    await page.locator('#royal-audience > summary').click();
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#gala-dinner' && document.activeElement?.id === 'gala-dinner-heading');
    await page.goForward();
    await page.waitForFunction(() => document.getElementById('royal-audience').open);
    // A link to the fragment already in the URL (no hashchange) still opens its row.
    await page.evaluate(() => { location.hash = '#youth-declaration'; });
    await page.waitForFunction(() => document.getElementById('youth-declaration').open);
    await page.locator('#youth-declaration > summary').click();
    await page.locator('#priority-open .card-more > summary').click();
    await page.locator('#priority-open .card-events a[href="#youth-declaration"]').click();
    await page.waitForFunction(() => document.getElementById('youth-declaration').open
      && document.activeElement?.id === 'youth-declaration-heading');
    // A deliverable opens inside its card.
    await page.locator('#ministerial-meeting > summary').click();
    await page.locator('#ministerial-meeting .tags a', { hasText: 'Open' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'priority-open-heading');
    await page.evaluate(() => { location.hash = '#deliverable-bangkok-goals'; });
    await page.waitForFunction(() => document.getElementById('deliverable-bangkok-goals').open
      && document.activeElement?.id === 'deliverable-bangkok-goals-heading');
  });
});

test('Expand all and Collapse all; a language or time-zone switch keeps open rows open', async () => {
  await at('', async (page) => {
    const toggle = page.locator('.expand-toggle');
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('details.event[open]').length === n, data.events.length);
    assert.equal(await page.locator('details.deliverable[open]').count(), data.priorities.flatMap((p) => p.deliverables).length);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await page.waitForFunction(() => document.querySelectorAll('details.event[open], details.deliverable[open]').length === 0);
    assert.equal(await toggle.innerText(), 'Expand all');
    // Once any row is open, the one button collapses them all.
    await page.locator('#spouses-programme > summary').click();
    await page.waitForFunction(() => document.querySelector('.expand-toggle').textContent === 'Collapse all');
    await toggle.click();
    await page.waitForFunction(() => document.querySelectorAll('details.event[open]').length === 0);

    await page.locator('#gala-dinner > summary').click();
    await page.locator('#royal-audience > summary').click();
    await page.getByRole('button', { name: 'Show times in my time zone' }).click();
    await page.getByRole('button', { name: 'Show Bangkok time (ICT)' }).waitFor();
    assert.deepEqual((await openIds(page)).sort(), ['gala-dinner', 'royal-audience']);
    // Many rows toggled in one task all stay as set (each row follows only its own state).
    await setOpen(page, 'details.deliverable', true);
    assert.equal(await page.locator('details.deliverable[open]').count(), data.priorities.flatMap((p) => p.deliverables).length);
    await page.locator('details.deliverable').evaluateAll((ds) => ds.forEach((d) => { d.open = false; }));
    await page.getByRole('link', { name: 'ภาษาไทย' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'th');
    // Rows are open, so the one button offers to collapse them, now in Thai.
    await page.getByRole('button', { name: 'ย่อทั้งหมด' }).waitFor();
    assert.deepEqual((await openIds(page)).sort(), ['gala-dinner', 'royal-audience']);
  });
});

test('a row opened before the app takes over stays open; a language switch leaves a closed linked row closed', async () => {
  const context = await t.browser.newContext({ reducedMotion: 'reduce' });
  try {
    let release;
    const gate = new Promise((ok) => { release = ok; });
    await context.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
    const page = await context.newPage();
    await page.goto(`${t.server.origin}/`);
    await page.locator('#gala-dinner > summary').click();
    assert.equal(await page.locator('#gala-dinner').evaluate((d) => d.open), true);
    release();
    await page.waitForSelector('html.app-ready', { state: 'attached', timeout: 30_000 });
    // The app shows that it knows the row is open; only then is "still open" meaningful.
    await page.locator('.expand-toggle', { hasText: 'Collapse all' }).waitFor();
    await nextTask(page);
    assert.equal(await page.locator('#gala-dinner').evaluate((d) => d.open), true, 'still open after hydration');
  } finally {
    await context.close();
  }
  await at('#royal-audience', async (page) => {
    await page.waitForFunction(() => document.getElementById('royal-audience').open);
    await page.locator('#royal-audience > summary').click();
    await page.getByRole('link', { name: 'ภาษาไทย' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'th' && document.activeElement?.id === 'royal-audience-heading');
    assert.equal(await page.locator('#royal-audience').evaluate((d) => d.open), false);
  });
});

test('print shows every row open, without the controls', async () => {
  await at('', async (page) => {
    await page.emulateMedia({ media: 'print' });
    const closedButShown = await page.locator('details.event:not([open]) .event-summary')
      .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().height > 0).length);
    assert.equal(closedButShown, data.events.length, 'every closed row prints its details');
    assert.equal(await page.locator('.expand-toggle').isVisible(), false);
    assert.equal(await page.locator('.day-tabs').count(), 0, 'no embed links on the page');
  });
});

test('the navigator shows each day with a lettered mark per event and links to the day', async () => {
  for (const lang of ['en', 'th']) {
    await at(`?lang=${lang}`, async (page) => {
      // The legend: a letter per track slug, each letter used once.
      const legend = Object.fromEntries(await page.locator('.overview-legend .mark').evaluateAll((els) =>
        els.map((e) => [[...e.classList].find((c) => c.startsWith('track-')), e.textContent])));
      assert.equal(new Set(Object.values(legend)).size, Object.keys(legend).length, `${lang}: letters are unique`);
      // The data's track ids are the page's classes (the link contract, docs/links.md).
      const slug = (track) => `track-${track}`;
      for (const day of data.days) {
        const link = page.locator(`.overview-day[href="#day-${day.date}"]`);
        const events = data.events.filter((e) => e.date === day.date);
        // One mark per event, in order, with its first track's colour and the legend's letter.
        const marks = await link.locator('.mark').evaluateAll((els) =>
          els.map((e) => [[...e.classList].find((c) => c.startsWith('track-')), e.textContent]));
        assert.deepEqual(marks.map(([c]) => c), events.map((e) => slug(e.tracks[0])), `${lang} ${day.date}`);
        for (const [c, letter] of marks) assert.equal(letter, legend[c], `${lang} ${day.date} ${c}`);
      }
      // At 320 px the days scroll inside the navigator; the page itself never does.
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
      }));
      assert.ok(scrollWidth <= clientWidth, `${lang}: page is ${scrollWidth}px wide in ${clientWidth}px`);
      await page.locator(`.overview-day[href="#day-${busiest}"]`).click();
      await page.waitForFunction((id) => document.activeElement?.id === `${id}-heading`, `day-${busiest}`);
    }, { viewport: { width: 320, height: 640 } });
  }
});

test('filters narrow the rows and the count is still announced', async () => {
  await at('', async (page) => {
    await page.locator('summary', { hasText: 'Find events' }).click();
    await page.getByRole('checkbox', { name: 'Leaders', exact: true }).check();
    const leaders = data.events.filter((e) => e.tracks.includes('leaders')).map((e) => e.id);
    await page.locator('[aria-live=polite]', { hasText: `${leaders.length} of ${data.events.length} events shown` }).waitFor({ state: 'attached' });
    const visible = await page.locator('details.event:visible').evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(visible, leaders);
  });
});
