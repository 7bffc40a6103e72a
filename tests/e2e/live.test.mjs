// Now and next, in the summit's zone: the marks, the countdown, the live switch and the
// `?now=` preview clock, at moments picked from the built data file (so that an editor
// who moves an event breaks no test): inside the first event with a start and an end,
// just before a timed event, before and after the week. The browser's clock is
// Playwright's (`page.clock`), installed before the page loads, or the app's own `?now=`.
// Nothing is in the prerendered page: the marks come after start-up, and shift nothing as
// they come and move.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { DIST, suite, frames, nextTask } from './browser.mjs';

const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));
const [file] = (await readdir(`${DIST}data`)).filter((f) => f.endsWith('.json'));
const data = JSON.parse(await readFile(`${DIST}data/${file}`, 'utf8'));
const title = (id, lang = 'en') => data.events.find((e) => e.id === id).title[lang];

const t = suite(DIST);
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };
const MINUTE = 60_000;
const DAY = 86_400_000;
const { utc_offset: OFFSET, zone_abbr: ABBR, time_zone: ZONE } = data.week;

/** A moment of the week, as the summit's wall clock reads it ("2022-11-17T12:00"). */
const ict = (local) => new Date(`${local}:00${OFFSET}`);
/** The summit's wall clock at `moment`: [date, "HH:MM"]. */
const wall = (moment) => {
  const iso = new Date(moment.getTime() - offsetMs).toISOString();
  return [iso.slice(0, 10), iso.slice(11, 16)];
};
const offsetMs = ict('2000-01-01T00:00').getTime() - Date.UTC(2000, 0, 1);
/** `moment` as a `?now=` value in the summit's wall clock. */
const local = (moment) => wall(moment).join('T');
const later = (moment, ms) => new Date(moment.getTime() + ms);

/** The timed events by start, with their instants (an end before the start is the next day's). */
const timed = data.events.filter((e) => e.start).map((e) => {
  const start = ict(`${e.date}T${e.start}`);
  let end = e.end ? ict(`${e.date}T${e.end}`) : null;
  if (end && end <= start) end = later(end, DAY);
  return { id: e.id, date: e.date, time: e.start, start, end };
}).sort((a, b) => a.start - b.start);
/** What the clock marks at `moment`: the events in progress, and the next start's. */
function expected(moment, { now = 'Now', next = (time) => `Next · ${time} ${ABBR}` } = {}) {
  const current = timed.filter((e) => e.end && e.start <= moment && moment < e.end);
  const first = timed.find((e) => e.start > moment);
  const tags = {};
  for (const e of timed.filter((e) => first && +e.start === +first.start)) tags[e.id] = next(e.time);
  for (const e of current) tags[e.id] = now;
  return { current: current.map((e) => e.id), tags, next: first };
}
const THAI = { now: 'ตอนนี้', next: (time) => `ถัดไป · ${time} น. (${ABBR})` };

/** The first event with a start and an end, and a moment inside it. */
const ON = timed.find((e) => e.end);
const DURING = new Date(Math.floor((ON.start.getTime() + ON.end.getTime()) / 2 / MINUTE) * MINUTE);
/** A timed event some minutes after the one before it, with nothing in progress before
 * it, and a moment in those minutes. */
const GAP = timed.find((e, i) => i > 0 && e.start - timed[i - 1].start > 2 * MINUTE
  && expected(later(e.start, -MINUTE)).current.length === 0);
const BETWEEN = later(GAP.start, -MINUTE);
/** Another day of the week than `ON`'s. */
const OTHER_DAY = data.events.find((e) => e.date !== ON.date && !e.span).date;
/** A row on `ON`'s day to hold focus while the marks move. */
const FOCUSED = `${data.events.find((e) => e.date === ON.date && e.id !== ON.id).id}-heading`;
/** Before the week: 13 days before it at noon, and the evening before it. */
const FIRST = ict(`${data.week.start}T00:00`);
const WEEKS_BEFORE = later(FIRST, -13 * DAY + 12 * 3600_000);
const EVENING_BEFORE = later(FIRST, -3.5 * 3600_000);
const AFTER_WEEK = later(ict(`${data.week.end}T09:00`), 2 * DAY);
/** The first day as the countdown writes it, in English and Thai. */
const dateOf = (locale, moment, options) => new Intl.DateTimeFormat(locale, { timeZone: ZONE, ...options }).format(moment);
const FIRST_DAY = dateOf('en-GB', FIRST, { weekday: 'long', day: 'numeric', month: 'long' }).replace(',', '');
const FIRST_DAY_TH = `${dateOf('th-TH', FIRST, { weekday: 'long' })}ที่ ${dateOf('th-TH', FIRST, { day: 'numeric', month: 'long' })}`;

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
      .map((h) => [h.closest('details.event').id, ['::before', '::after'].map((p) => getComputedStyle(h, p).content)
        .find((c) => c !== 'none' && c !== '""' && c !== 'normal').replace(/^"|"$/g, '')])),
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
  await atMoment('', WEEKS_BEFORE, async (page) => {
    const m = await until(page, (m) => m.countdown);
    assert.equal(m.countdown, `Starts in 13 days · ${FIRST_DAY}`);
    assert.deepEqual(m.countdownTimes, ['P13D', data.week.start]);
    assert.equal(m.switch, null, 'no switch outside the live window');
    assert.deepEqual(m.current, []);
    assert.deepEqual(m.tags, {});
    // The countdown is in no live region, and nothing was announced.
    assert.equal(await page.locator('.countdown').evaluate((el) => !!el.closest('[aria-live], [role="status"]')), false);
    assert.equal(m.announced, '');
    assert.equal(m.shifts, 0);
  });
  await atMoment('th/', EVENING_BEFORE, async (page) => {
    const m = await until(page, (m) => m.countdown);
    assert.equal(m.countdown, `เริ่มในอีก 4 ชั่วโมง · ${FIRST_DAY_TH}`);
    assert.equal(m.switch, 'อัปเดตสด: เปิด');
    // In the last hour, minutes; the clock moves it on by itself.
    await page.clock.fastForward('03:00:00');
    const minutes = await until(page, (m) => m.countdown?.startsWith('เริ่มในอีก 30 นาที'));
    assert.equal(minutes.announced, '', 'the countdown is never announced');
    assert.equal(minutes.shifts, 0);
  });
});

/** The boxes of the line's countdown and switch, and of what they must not cover: the
 * page's other tools, the section above the page and the filters below the tools. */
function lineAndNeighbours() {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { what: el.className || el.tagName, x: r.left, y: r.top, right: r.right, bottom: r.bottom };
  };
  const main = document.querySelector('main');
  const tools = main.querySelector('.page-tools');
  const others = [...tools.children].filter((el) => !el.matches('.live-line'))
    .flatMap((el) => [el, ...el.querySelectorAll('button, a, p, span')]);
  return {
    line: [...tools.querySelectorAll('.live-line > *')].map(box),
    others: [...others, main.previousElementSibling, tools.nextElementSibling]
      .filter((el) => el && el.checkVisibility()).map(box),
    switchCut: (() => {
      const b = tools.querySelector('.live-switch');
      const [own, line] = [b, b.parentElement].map((el) => el.getBoundingClientRect());
      // Its label overflows it, or the line (which clips) or the window cut it.
      return b.scrollWidth > b.clientWidth || own.left < line.left - 0.5 || own.right > line.right + 0.5
        || own.left < 0 || own.right > document.documentElement.clientWidth;
    })(),
  };
}
const overlaps = (a, b) => a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom;

test('the countdown and the switch cover nothing and move nothing, on a phone, a tablet and a desktop, in both languages', async () => {
  // Widths with the line above the tools and in their row, and the narrowest row with
  // the longest time-zone line (the reader's own zone, in Thai).
  for (const viewport of [PHONE, { width: 768, height: 1024 }, { width: 960, height: 800 }, DESKTOP]) {
    for (const path of ['', 'th/', 'th/?tz=local']) {
      if (path.includes('tz=') && viewport.width !== 960) continue;
      await atMoment(path, EVENING_BEFORE, async (page) => {
        const m = await until(page, (m) => m.countdown && m.switch);
        await page.evaluate(() => document.fonts.ready);
        const { line, others, switchCut } = await page.evaluate(lineAndNeighbours);
        assert.equal(line.length, 2, 'the countdown and the switch');
        for (const a of line) {
          assert.ok(a.right - a.x > 20 && a.bottom - a.y > 10, `${a.what} is shown`);
          for (const b of others) {
            assert.ok(!overlaps(a, b), `${viewport.width} px ${path || 'en'}: ${a.what} covers ${b.what}: ${JSON.stringify([a, b])}`);
          }
        }
        assert.equal(switchCut, false, 'the switch\'s label is whole');
        assert.equal(m.shifts, 0);
      }, { viewport });
    }
  }
});

test('the live switch keeps keyboard focus when pressed and as the countdown ticks', async () => {
  await atMoment('', later(FIRST, -10 * MINUTE), async (page) => {
    await until(page, (m) => m.countdown && m.switch);
    const button = await page.locator('.live-switch').elementHandle();
    await page.locator('.live-switch').focus();
    for (const key of ['Enter', 'Space']) {
      const before = (await marks(page)).switch;
      await page.keyboard.press(key);
      await until(page, (m) => m.switch !== before);
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'live-switch', key);
      assert.equal(await button.evaluate((el) => el.isConnected && el === document.activeElement), true, `${key}: the same button`);
    }
    // The countdown ticks (a minute less) beside it; the switch keeps focus.
    const { countdown } = await marks(page);
    await page.clock.fastForward('01:00');
    await until(page, (m) => m.countdown !== countdown);
    assert.equal(await button.evaluate((el) => el.isConnected && el === document.activeElement), true, 'across a tick');
    assert.equal(await page.locator('.live-switch').getAttribute('aria-pressed'), 'true');
  });
});

test('during the week, in an event with an end: it is Now, the next start is Next, and the page opens on today', async () => {
  await atMoment('', DURING, async (page) => {
    const want = expected(DURING);
    const m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.current, want.current);
    assert.ok(m.current.includes(ON.id));
    assert.ok(m.currentIsRow);
    assert.deepEqual(m.tags, want.tags);
    assert.equal(m.countdown, null);
    assert.equal(m.switch, 'Live updates: on');
    assert.equal(m.announced, '', 'the first marks are not announced');
    // Opened on today's day, without a fragment: scrolled there, focus left alone.
    const top = await page.locator(`#day-${ON.date}`).evaluate((el) => el.getBoundingClientRect().top);
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
    assert.deepEqual(on.current, want.current);
    assert.equal(on.announced, '', 'switching back on announces nothing');
  });
});

test('between events nothing is Now, and only the next timed event is Next', async () => {
  await atMoment('', BETWEEN, async (page) => {
    const want = expected(BETWEEN);
    const m = await until(page, (m) => Object.keys(m.tags).length);
    assert.deepEqual(m.current, []);
    assert.deepEqual(m.tags, want.tags);
    assert.equal(m.tags[GAP.id], `Next · ${GAP.time} ${ABBR}`);
    // Untimed rows are never marked.
    assert.equal(await page.locator('.event-title[data-live]').count(), Object.keys(want.tags).length);
  });
});

/** Follows `ON` across its start and end with a row open and a closed one, at `viewport`:
 * the marks move, are said once, and move nothing on the page. */
async function acrossStartAndEnd(viewport) {
  const start = later(ON.start, -2 * MINUTE);
  await atMoment('', start, async (page) => {
    let m = await until(page, (m) => Object.keys(m.tags).length);
    assert.deepEqual(m.tags, expected(start).tags);
    // An open row (the next event's, which gets Now) and a closed one (which gets Next).
    await page.locator(`#${ON.id} > summary`).click();
    await page.waitForSelector(`#${ON.id}[open]`);
    await page.mouse.move(0, 0);
    const row = await page.locator(`#${ON.id}`).elementHandle();
    const box = () => row.evaluate((el) => {
      const r = el.querySelector('.event-title').getBoundingClientRect();
      return [r.top, r.left, r.width, r.height, el.getBoundingClientRect().height];
    });
    await page.locator(`#${FOCUSED}`).focus();
    const before = await box();
    const scrolled = await page.evaluate(() => scrollY);
    const shifts = (await marks(page)).shifts;
    // A minute with no start or end changes nothing and says nothing.
    await page.clock.fastForward('01:00');
    await nextTask(page);
    assert.deepEqual((await marks(page)).tags, m.tags);
    // Across the start: Now, and said once, politely.
    await page.clock.fastForward('01:30');
    m = await until(page, (m) => m.current.includes(ON.id));
    assert.deepEqual(m.tags, expected(later(ON.start, MINUTE / 2)).tags);
    assert.equal(m.announced, `Now: ${expected(later(ON.start, MINUTE / 2)).current.map((id) => title(id)).join(', ')}`);
    assert.deepEqual(await box(), before, 'the open row moved nothing as Now came');
    // Across the end: nothing is on, and nothing is said.
    await page.evaluate(() => { document.querySelector('div[role="status"][aria-live="polite"]').textContent = ''; });
    const ms = ON.end.getTime() - later(ON.start, MINUTE / 2).getTime() + MINUTE;
    await page.clock.fastForward(ms);
    m = await until(page, (m) => !m.current.includes(ON.id));
    assert.deepEqual(m.tags, expected(later(ON.end, MINUTE)).tags);
    assert.equal(m.announced, expected(later(ON.end, MINUTE)).current.length ? m.announced : '');
    // Neither scroll nor focus moved, nor anything on the page.
    assert.deepEqual(await box(), before, 'the open row moved nothing as Now went');
    assert.equal(await page.evaluate(() => scrollY), scrolled);
    assert.equal(await page.evaluate(() => document.activeElement.id), FOCUSED);
    assert.equal(m.shifts, shifts, `${viewport.width}: no layout shift as the marks moved`);
  }, { viewport });
}

test('the marks move by themselves across a start and an end; a new Now is said once, ticks never', async () => {
  await acrossStartAndEnd(PHONE);
});

test('on a wide screen too, no mark moves a letter (open and closed rows) nor covers one', async () => {
  await acrossStartAndEnd(DESKTOP);
  // At 1280 px, titles wrap: each tag lies beside its title's words, never over them.
  await atMoment('', DURING, async (page) => {
    await until(page, (m) => m.current.length);
    const overlaps = await page.evaluate(() => [...document.querySelectorAll('.event-title[data-live]')].flatMap((h) => {
      const style = getComputedStyle(h, '::after');
      const right = h.getBoundingClientRect().right;
      const range = document.createRange();
      range.selectNodeContents(h);
      const tagLeft = right - parseFloat(style.width) - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 2;
      if (Number.isNaN(tagLeft)) return [`${h.closest('details').id}: no tag after the title`];
      return [...range.getClientRects()].filter((r) => r.width > 0 && r.right > tagLeft && r.top < h.getBoundingClientRect().top + 24)
        .map((r) => `${h.closest('details').id}: text to ${r.right} under a tag from ${tagLeft}`);
    }));
    assert.deepEqual(overlaps, []);
    await mkdir(OUTPUT, { recursive: true });
    await page.locator(`#day-${ON.date}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUTPUT}live-now-1280-en.png` });
  }, { viewport: DESKTOP });
});

test('a hidden tab stops the clock-following; shown again, it catches up at once', async () => {
  await atMoment('', later(ON.start, -2 * MINUTE), async (page) => {
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
    assert.ok(m.current.includes(ON.id));
  });
});

test('after the week: nothing, as in the archive', async () => {
  await atMoment('', AFTER_WEEK, async (page) => {
    await nextTask(page);
    const m = await marks(page);
    assert.deepEqual([m.current, m.tags, m.countdown, m.switch], [[], {}, null, null]);
    // Not even an empty line: the page is the archive as prerendered.
    assert.equal(await page.locator('.live-line').count(), 0);
  });
});

test('in Thai: ตอนนี้ and ถัดไป', async () => {
  await atMoment('th/', DURING, async (page) => {
    const m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.tags, expected(DURING, THAI).tags);
    assert.equal(m.switch, 'อัปเดตสด: เปิด');
    assert.equal(m.shifts, 0);
  });
});

test('the embed opens on today, one day at a time, with the same marks', async () => {
  for (const [path, now] of [['embed/', 'Now'], ['th/embed/', 'ตอนนี้']]) {
    await atMoment(path, DURING, async (page) => {
      const m = await until(page, (m) => m.current.length);
      assert.equal(m.tags[ON.id], now);
      assert.deepEqual(await page.locator('section.day:visible').evaluateAll((els) => els.map((e) => e.id)), [`day-${ON.date}`]);
      assert.equal(await page.evaluate(() => scrollY), 0, 'an embed never scrolls itself');
      assert.equal(m.shifts, 0);
    });
  }
  // A link to a day still opens that day.
  await atMoment(`embed/#day-${OTHER_DAY}`, DURING, async (page) => {
    await until(page, (m) => m.current.length);
    assert.deepEqual(await page.locator('section.day:visible').evaluateAll((els) => els.map((e) => e.id)), [`day-${OTHER_DAY}`]);
  });
});

test('a link to a section is not overridden by today', async () => {
  await atMoment(`#day-${OTHER_DAY}`, DURING, async (page) => {
    await until(page, (m) => m.current.length);
    const top = await page.locator(`#day-${OTHER_DAY}`).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, `the linked day stays at the top (${top})`);
  });
});

test('a reader in Los Angeles with their own zone: the summit\'s today, and Next in both zones', async () => {
  await atMoment('?tz=local', DURING, async (page) => {
    const want = expected(DURING);
    const m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.current, want.current);
    const there = dateOf('en-GB', want.next.start, { timeZone: 'America/Los_Angeles', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    assert.match(m.tags[want.next.id], new RegExp(`^Next · ${want.next.time} ${ABBR} \\(.+, ${there} .+ your time\\)$`));
    const top = await page.locator(`#day-${ON.date}`).evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, 'today is the summit\'s, not Los Angeles\'s');
  }, { timezoneId: 'America/Los_Angeles' });
});

test('?now= sets the clock: the same marks as the real clock then, a notice, and no link carries it', async () => {
  const utc = DURING.toISOString().slice(0, 16);
  const la = new Date(DURING.getTime() - 8 * 3600_000).toISOString().slice(0, 16);
  const notice = `Preview clock: ${dateOf('en-GB', DURING, { weekday: 'long', day: 'numeric', month: 'long' }).replace(',', '')}, ${wall(DURING)[1]} ${ABBR}`;
  for (const now of [local(DURING), `${utc}Z`, `${local(DURING)}${OFFSET.replace('+', '%2B')}`, `${la}-08:00`]) {
    await atMoment(`?now=${now}&track=leaders`, null, async (page) => {
      const m = await until(page, (m) => m.current.length);
      assert.deepEqual(m.current, expected(DURING).current, now);
      assert.equal(await page.locator('.preview-clock').innerText(), notice);
      // It stays in the reader's own address, and in no link the app writes.
      assert.match(await page.evaluate(() => location.search), /now=/);
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.length > 10);
      assert.deepEqual(hrefs.filter((h) => /now=/.test(h)), []);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      assert.doesNotMatch(canonical, /now=/);
    }, { timezoneId: 'America/Los_Angeles' });
  }
  await atMoment(`th/?now=${local(GAP.start)}`, null, async (page) => {
    await until(page, (m) => Object.keys(m.tags).length);
    const day = `${dateOf('th-TH', GAP.start, { weekday: 'long' })}ที่ ${dateOf('th-TH', GAP.start, { day: 'numeric', month: 'long' })}`;
    assert.equal(await page.locator('.preview-clock').innerText(), `นาฬิกาจำลอง: ${day}, ${GAP.time} น. (${ABBR})`);
  });
  // Before and after by `?now=`, too.
  await atMoment(`?now=${local(WEEKS_BEFORE)}`, null, async (page) => {
    assert.equal((await until(page, (m) => m.countdown)).countdown, `Starts in 13 days · ${FIRST_DAY}`);
  });
  await atMoment(`?now=${local(AFTER_WEEK)}`, null, async (page) => {
    await page.locator('.preview-clock').waitFor();
    const m = await marks(page);
    assert.deepEqual([m.current, m.tags, m.countdown, m.switch], [[], {}, null, null]);
  });
});

test('the preview notice is written once, not at every tick', async () => {
  await atMoment(`?now=${local(DURING)}`, DURING, async (page) => {
    await page.locator('.preview-clock').waitFor();
    await until(page, (m) => m.current.length);
    await page.evaluate(() => {
      window.__writes = 0;
      new MutationObserver((list) => { window.__writes += list.length; })
        .observe(document.querySelector('.preview-clock'), { subtree: true, childList: true, characterData: true });
    });
    // Shown again (a tick) twice: the same notice, never written again.
    for (let i = 0; i < 2; i++) {
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await nextTask(page);
    }
    await page.clock.fastForward('02:00');
    await nextTask(page);
    assert.equal(await page.evaluate(() => window.__writes), 0);
  });
});

test('the embed snippet never carries ?now=', async () => {
  await atMoment(`?now=${local(DURING)}#${ON.id}`, null, async (page) => {
    await until(page, (m) => m.current.length);
    await page.locator('.embed-snippet > summary').click();
    await page.locator('.embed-snippet input[type="radio"]').last().check();
    const snippet = await page.locator('.embed-snippet textarea').inputValue();
    assert.match(snippet, new RegExp(ON.id));
    assert.doesNotMatch(snippet, /now=/);
  });
});

test('a malformed ?now= is told, and the real clock is used', async () => {
  await atMoment('?now=tomorrow-morning', DURING, async (page) => {
    const m = await until(page, (m) => m.current.length);
    assert.deepEqual(m.current, expected(DURING).current, 'the real clock');
    assert.equal(await page.locator('.preview-clock').innerText(),
      'This link’s preview clock, “tomorrow-morning”, is not a date and time such as 2022-11-18T09:30, so the page follows the real clock.');
    assert.equal(await page.locator('.preview-clock').getAttribute('role'), 'status');
  });
});

test('axe finds no violation with the marks on, light and dark, in both languages', async () => {
  for (const path of ['', 'th/', 'embed/']) {
    for (const colorScheme of ['light', 'dark']) {
      await atMoment(`${path}?now=${local(DURING)}`, null, async (page) => {
        await until(page, (m) => m.current.length);
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const summary = result.violations.map((v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(summary, [], `${path} ${colorScheme}`);
        assert.equal(await page.locator('[aria-current="time"]').count(), expected(DURING).current.length);
      }, { colorScheme });
    }
  }
});

// For a person to look at (`make shots` writes the ones docs/live/ shows).
test('screenshots of "now" on a phone, both languages', async () => {
  await mkdir(OUTPUT, { recursive: true });
  for (const [path, name] of [['', 'live-now-375-en.png'], ['th/', 'live-now-375-th.png']]) {
    await atMoment(`${path}?now=${local(DURING)}`, null, async (page) => {
      await until(page, (m) => m.current.length);
      await page.locator(`#day-${ON.date}`).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUTPUT}${name}` });
    });
  }
});
