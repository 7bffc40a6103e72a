// Now and next, in the summit's zone: the marks, the countdown, the live switch and the
// `?now=` preview clock, at fixed moments of the Bangkok week (14–19 November 2022,
// Asia/Bangkok, +07:00). The browser's clock is Playwright's (`page.clock`), installed
// before the page loads, or the app's own `?now=`. Nothing is in the prerendered page:
// the marks come after start-up, and shift nothing as they come and move.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { suite, frames, nextTask } from './browser.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));
const data = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));
const title = (id, lang = 'en') => data.events.find((e) => e.id === id).title[lang];

const t = suite(DIST);
const PHONE = { width: 375, height: 812 };

/** A moment of the week, as Bangkok's wall clock reads it. */
const ict = (local) => new Date(`${local}:00+07:00`);

/** Records layout shifts from the first paint on, as CLS counts them. */
function observeShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Opens `path` with Playwright's clock installed at `time` (before the page loads, so the
 * app never sees the real date; `null` keeps the real clock), layout shifts recorded,
 * and runs `body(page)`; then checks that no error was logged and no request failed.
 */
async function atMoment(path, time, body, options = {}) {
  const context = await t.browser.newContext({ viewport: PHONE, reducedMotion: 'reduce', ...options });
  await context.addInitScript(observeShifts);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  try {
    if (time) await page.clock.install({ time });
    await page.goto(`${t.server.origin}/${path}`);
    await page.waitForSelector('html.app-ready', { state: 'attached', timeout: 30_000 });
    await body(page);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

/** What the page marks: the rows with `aria-current`, the tags, the countdown, the switch. */
async function marks(page) {
  return page.evaluate(() => ({
    current: [...document.querySelectorAll('[aria-current="time"]')].map((li) => li.querySelector('details.event').id),
    currentIsRow: [...document.querySelectorAll('[aria-current="time"]')].every((el) => el.matches('li.event-item')),
    tags: Object.fromEntries([...document.querySelectorAll('.event-title[data-live]')]
      .map((h) => [h.closest('details.event').id, getComputedStyle(h, '::before').content.replace(/^"|"$/g, '')])),
    countdown: document.querySelector('.live-line:not(.is-empty) .countdown')?.innerText ?? null,
    countdownTimes: [...document.querySelectorAll('.countdown time')].map((el) => el.getAttribute('datetime')),
    switch: document.querySelector('.live-switch')?.innerText ?? null,
    announced: document.querySelector('div[role="status"][aria-live="polite"]').textContent.trim(),
    shifts: window.__shifts.reduce((a, b) => a + b, 0),
  }));
}

/** Waits until the marks say `what` (a predicate of `marks`), for at most ten seconds. */
async function until(page, what) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const m = await marks(page);
    if (what(m)) return m;
    if (Date.now() > deadline) assert.fail(`the marks never came to pass: ${JSON.stringify(m)}`);
    await frames(page, 1);
  }
}

/** Fails if the marks are in the markup the server sent. */
async function prerenderedHasNoMarks(path) {
  const html = await (await fetch(`${t.server.origin}/${path}`)).text();
  assert.doesNotMatch(html, /aria-current="time"|data-live|live-switch|class="countdown"/, path);
}

test('the prerendered pages carry no mark, no countdown and no switch', async () => {
  for (const path of ['', 'th/', 'embed/', 'th/embed/']) await prerenderedHasNoMarks(path);
});

test('before the week: a countdown in days, then hours, silent, and no switch until the live window', async () => {
  await atMoment('', ict('2022-11-01T12:00'), async (page) => {
    const m = await until(page, (m) => m.countdown);
    assert.equal(m.countdown, 'Starts in 13 days · Monday 14 November');
    assert.deepEqual(m.countdownTimes, ['P13D', '2022-11-14']);
    assert.equal(m.switch, null, 'no switch outside the live window');
    assert.deepEqual(m.current, []);
    assert.deepEqual(m.tags, {});
    // The countdown is in no live region, and nothing was announced.
    assert.equal(await page.locator('.countdown').evaluate((el) => !!el.closest('[aria-live], [role="status"]')), false);
    assert.equal(m.announced, '');
    assert.equal(m.shifts, 0);
  });
  await atMoment('th/', ict('2022-11-13T20:30'), async (page) => {
    const m = await until(page, (m) => m.countdown);
    assert.equal(m.countdown, 'เริ่มในอีก 4 ชั่วโมง · วันจันทร์ที่ 14 พฤศจิกายน');
    assert.equal(m.switch, 'อัปเดตสด: เปิด');
    // In the last hour, minutes; the clock moves it on by itself.
    await page.clock.fastForward('03:00:00');
    const later = await until(page, (m) => m.countdown?.startsWith('เริ่มในอีก 30 นาที'));
    assert.equal(later.announced, '', 'the countdown is never announced');
    assert.equal(later.shifts, 0);
  });
});

test('during the week, in an event with an end: it is Now, the next start is Next, and the page opens on today', async () => {
  await atMoment('', ict('2022-11-17T12:00'), async (page) => {
    const m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.current, ['macron-prayut-talks']);
    assert.ok(m.currentIsRow);
    assert.deepEqual(m.tags, { 'macron-prayut-talks': 'Now', 'xi-kishida-talks': 'Next · 18:30 ICT' });
    assert.equal(m.countdown, null);
    assert.equal(m.switch, 'Live updates: on');
    assert.equal(m.announced, '', 'the first marks are not announced');
    // Opened on today's day, without a fragment: scrolled there, focus left alone.
    const top = await page.locator('#day-2022-11-17').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, `today is at the top (${top})`);
    assert.equal(await page.evaluate(() => location.hash), '');
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
    assert.equal(m.shifts, 0);
    // The switch stops the marks (WCAG 2.2.2) and starts them again.
    await page.getByRole('button', { name: 'Live updates: on' }).click();
    const off = await until(page, (m) => m.switch === 'Live updates: off');
    assert.deepEqual([off.current, off.tags], [[], {}]);
    assert.equal(await page.locator('.live-switch').getAttribute('aria-pressed'), 'false');
    await page.getByRole('button', { name: 'Live updates: off' }).click();
    const on = await until(page, (m) => m.current.length);
    assert.deepEqual(on.current, ['macron-prayut-talks']);
    assert.equal(on.announced, '', 'switching back on announces nothing');
  });
});

test('between events nothing is Now, and only the next timed event is Next', async () => {
  await atMoment('', ict('2022-11-18T09:20'), async (page) => {
    const m = await until(page, (m) => Object.keys(m.tags).length);
    assert.deepEqual(m.current, []);
    assert.deepEqual(m.tags, { 'spouses-programme': 'Next · 09:30 ICT' });
    // Untimed rows of today are never marked.
    assert.equal(await page.locator('#day-2022-11-18 .event-title[data-live]').count(), 1);
  });
});

test('the marks move by themselves across a start and an end; a new Now is said once, ticks never', async () => {
  await atMoment('', ict('2022-11-17T11:28'), async (page) => {
    let m = await until(page, (m) => Object.keys(m.tags).length);
    assert.deepEqual(m.tags, { 'macron-prayut-talks': 'Next · 11:30 ICT' });
    const row = await page.locator('#macron-prayut-talks').elementHandle();
    const before = await row.evaluate((el) => el.getBoundingClientRect().top);
    const scrolled = await page.evaluate(() => scrollY);
    await page.locator('#ceo-summit-pm-keynote-heading').focus();
    // A minute with no start or end changes nothing and says nothing.
    await page.clock.fastForward('01:00');
    await nextTask(page);
    assert.deepEqual((await marks(page)).tags, m.tags);
    // Across the start: Now, and said once, politely.
    await page.clock.fastForward('01:30');
    m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.tags, { 'macron-prayut-talks': 'Now', 'xi-kishida-talks': 'Next · 18:30 ICT' });
    assert.equal(m.announced, `Now: ${title('macron-prayut-talks')}`);
    // Across the end: nothing is on, and nothing is said.
    await page.evaluate(() => { document.querySelector('div[role="status"][aria-live="polite"]').textContent = ''; });
    await page.clock.fastForward('01:51:00');
    m = await until(page, (m) => !m.current.length);
    assert.deepEqual(m.tags, { 'xi-kishida-talks': 'Next · 18:30 ICT' });
    assert.equal(m.announced, '');
    // Neither scroll nor focus moved, nor anything on the page.
    assert.equal(await row.evaluate((el) => el.getBoundingClientRect().top), before);
    assert.equal(await page.evaluate(() => scrollY), scrolled);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ceo-summit-pm-keynote-heading');
    assert.equal(m.shifts, 0);
  });
});

test('a hidden tab stops the clock-following; shown again, it catches up at once', async () => {
  await atMoment('', ict('2022-11-17T11:28'), async (page) => {
    await until(page, (m) => Object.keys(m.tags).length);
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.clock.fastForward('05:00');
    await nextTask(page);
    assert.deepEqual((await marks(page)).current, [], 'no tick while hidden');
    await page.evaluate(() => {
      delete document.hidden;
      delete document.visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.current, ['macron-prayut-talks']);
  });
});

test('after the week: nothing, as in the archive', async () => {
  await atMoment('', ict('2022-11-21T09:00'), async (page) => {
    await nextTask(page);
    const m = await marks(page);
    assert.deepEqual([m.current, m.tags, m.countdown, m.switch], [[], {}, null, null]);
    // Not even an empty line: the page is the archive as prerendered.
    assert.equal(await page.locator('.live-line').count(), 0);
  });
});

test('in Thai: ตอนนี้ and ถัดไป', async () => {
  await atMoment('th/', ict('2022-11-17T12:00'), async (page) => {
    const m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.tags, { 'macron-prayut-talks': 'ตอนนี้', 'xi-kishida-talks': 'ถัดไป · 18:30 น. (ICT)' });
    assert.equal(m.switch, 'อัปเดตสด: เปิด');
    assert.equal(m.shifts, 0);
  });
});

test('the embed opens on today, one day at a time, with the same marks', async () => {
  for (const [path, now] of [['embed/', 'Now'], ['th/embed/', 'ตอนนี้']]) {
    await atMoment(path, ict('2022-11-17T12:00'), async (page) => {
      const m = await until(page, (m) => m.current.length);
      assert.equal(m.tags['macron-prayut-talks'], now);
      assert.deepEqual(await page.locator('section.day:visible').evaluateAll((els) => els.map((e) => e.id)), ['day-2022-11-17']);
      assert.equal(await page.evaluate(() => scrollY), 0, 'an embed never scrolls itself');
      assert.equal(m.shifts, 0);
    });
  }
  // A link to a day still opens that day.
  await atMoment('embed/#day-2022-11-15', ict('2022-11-17T12:00'), async (page) => {
    await until(page, (m) => m.current.length);
    assert.deepEqual(await page.locator('section.day:visible').evaluateAll((els) => els.map((e) => e.id)), ['day-2022-11-15']);
  });
});

test('a link to a section is not overridden by today', async () => {
  await atMoment('#day-2022-11-14', ict('2022-11-17T12:00'), async (page) => {
    await until(page, (m) => m.current.length);
    const top = await page.locator('#day-2022-11-14').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, `the linked day stays at the top (${top})`);
  });
});

test('a reader in Los Angeles with their own zone: Bangkok\'s today, and Next in both zones', async () => {
  await atMoment('?tz=local', ict('2022-11-17T12:00'), async (page) => {
    const m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.current, ['macron-prayut-talks']);
    // 18:30 in Bangkok is 03:30 that morning in Los Angeles.
    assert.match(m.tags['xi-kishida-talks'], /^Next · 18:30 ICT \(Thu 17 Nov, 03:30 .+ your time\)$/);
    const top = await page.locator('#day-2022-11-17').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, 'today is Bangkok\'s 17th, not Los Angeles\'s 16th');
  }, { timezoneId: 'America/Los_Angeles' });
});

test('?now= sets the clock: the same marks as the real clock then, a notice, and no link carries it', async () => {
  for (const now of ['2022-11-17T12:00', '2022-11-17T05:00Z', '2022-11-17T12:00%2B07:00', '2022-11-16T21:00-08:00']) {
    await atMoment(`?now=${now}&track=leaders`, null, async (page) => {
      const m = await until(page, (m) => m.current.length);
      assert.deepEqual(m.current, ['macron-prayut-talks'], now);
      assert.equal(await page.locator('.preview-clock').innerText(), 'Preview clock: Thursday 17 November, 12:00 ICT');
      // It stays in the reader's own address, and in no link the app writes.
      assert.match(await page.evaluate(() => location.search), /now=/);
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length > 10);
      assert.deepEqual(hrefs.filter((h) => /now=/.test(h)), []);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      assert.doesNotMatch(canonical, /now=/);
    }, { timezoneId: 'America/Los_Angeles' });
  }
  await atMoment('th/?now=2022-11-18T09:30', null, async (page) => {
    await until(page, (m) => Object.keys(m.tags).length);
    assert.equal(await page.locator('.preview-clock').innerText(), 'นาฬิกาจำลอง: วันศุกร์ที่ 18 พฤศจิกายน, 09:30 น. (ICT)');
  });
  // Before and after by `?now=`, too.
  await atMoment('?now=2022-11-01T12:00', null, async (page) => {
    assert.equal((await until(page, (m) => m.countdown)).countdown, 'Starts in 13 days · Monday 14 November');
  });
  await atMoment('?now=2022-11-21T00:00', null, async (page) => {
    await page.locator('.preview-clock').waitFor();
    const m = await marks(page);
    assert.deepEqual([m.current, m.tags, m.countdown, m.switch], [[], {}, null, null]);
  });
});

test('the embed snippet never carries ?now=', async () => {
  await atMoment('?now=2022-11-17T12:00#macron-prayut-talks', null, async (page) => {
    await until(page, (m) => m.current.length);
    await page.locator('.embed-snippet > summary').click();
    await page.locator('.embed-snippet input[type="radio"]').last().check();
    const snippet = await page.locator('.embed-snippet textarea').inputValue();
    assert.match(snippet, /macron-prayut-talks/);
    assert.doesNotMatch(snippet, /now=/);
  });
});

test('a malformed ?now= is told, and the real clock is used', async () => {
  await atMoment('?now=tomorrow-morning', ict('2022-11-17T12:00'), async (page) => {
    const m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.current, ['macron-prayut-talks'], 'the real clock');
    assert.equal(await page.locator('.preview-clock').innerText(),
      'This link’s preview clock, “tomorrow-morning”, is not a date and time such as 2022-11-18T09:30, so the page follows the real clock.');
    assert.equal(await page.locator('.preview-clock').getAttribute('role'), 'status');
  });
});

test('axe finds no violation with the marks on, light and dark, in both languages', async () => {
  for (const path of ['', 'th/', 'embed/']) {
    for (const colorScheme of ['light', 'dark']) {
      await atMoment(`${path}?now=2022-11-17T12:00`, null, async (page) => {
        await until(page, (m) => m.current.length);
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const summary = result.violations.map((v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(summary, [], `${path} ${colorScheme}`);
        assert.equal(await page.locator('[aria-current="time"]').count(), 1, 'exactly one row is current');
      }, { colorScheme });
    }
  }
});

// For a person to look at (`make shots` writes the ones docs/live/ shows).
test('screenshots of "now" on a phone, both languages', async () => {
  await mkdir(OUTPUT, { recursive: true });
  for (const [path, name] of [['', 'live-now-375-en.png'], ['th/', 'live-now-375-th.png']]) {
    await atMoment(`${path}?now=2022-11-17T12:00`, null, async (page) => {
      await until(page, (m) => m.current.length);
      await page.locator('#day-2022-11-17').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUTPUT}${name}` });
    });
  }
});
