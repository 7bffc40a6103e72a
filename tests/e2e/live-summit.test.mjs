// Now and next for the second summit (`make build-summit`: target/dist-summit/, from
// tests/summit/harbours-2027.json): its own week (3–5 April 2027) in its own zone
// (Pacific/Auckland), across the end of daylight saving time at 03:00 on 4 April, when
// the clocks go back to 02:00 (NZDT, +13:00, to NZST, +12:00), with no code change. The
// drafting committee sits from 00:30 NZDT to 04:00 NZST: four and a half hours, not three
// and a half, so a clock that took one offset for the day would end it an hour early.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { suite, frames } from './browser.mjs';

const DIST = fileURLToPath(new URL('../../target/dist-summit/', import.meta.url));
const t = suite(DIST);

/** Opens `path` (with Playwright's clock at `time`, unless null) and waits for the app. */
async function open(path, time, options = {}) {
  const context = await t.browser.newContext({ viewport: { width: 375, height: 812 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  if (time) await page.clock.install({ time });
  await page.goto(`${t.server.origin}/${path}`);
  await page.waitForSelector('html.app-ready', { state: 'attached', timeout: 30_000 });
  return { context, page, problems };
}

/** The title tags on show, by row id, once there are any (for at most ten seconds). */
async function tags(page) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.event-title[data-live]')]
      .map((h) => [h.closest('details.event').id, getComputedStyle(h, '::before').content.replace(/^"|"$/g, '')])));
    if (Object.keys(found).length) return found;
    if (Date.now() > deadline) throw new Error('no mark appeared');
    await frames(page, 1);
  }
}

// Instants named in UTC, so that the hour the clocks repeat is not ambiguous here.
for (const [how, path, time] of [
  ['its own clock', '', new Date('2027-04-03T15:30:00Z')],
  ['?now= as an instant', '?now=2027-04-03T15:30:00Z', null],
]) {
  test(`the second summit at 03:30 NZST, after the clocks went back, by ${how}: the night sitting still on, Next in NZST`, async () => {
    const { context, page, problems } = await open(path, time, { timezoneId: 'Europe/London' });
    try {
      assert.deepEqual(await tags(page), { 'drafting-night': 'Now', 'dawn-ceremony': 'Next · 06:00 NZST' });
      const current = await page.locator('[aria-current="time"]').evaluateAll((els) => els.map((li) => li.querySelector('details.event').id));
      assert.deepEqual(current, ['drafting-night']);
      if (!time) assert.equal(await page.locator('.preview-clock').innerText(), 'Preview clock: Sunday 4 April, 03:30 NZST');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

for (const [moment, expected] of [
  // The evening before: the night sitting is next, on daylight time.
  ['2027-04-03T10:00:00Z', { 'drafting-night': 'Next · 00:30 NZDT' }],
  // 02:30 the first time round (NZDT), an hour before the same wall time on NZST.
  ['2027-04-03T13:30:00Z', { 'drafting-night': 'Now', 'dawn-ceremony': 'Next · 06:00 NZST' }],
  // 04:00 NZST: the sitting has ended, the blessing is next.
  ['2027-04-03T16:00:00Z', { 'dawn-ceremony': 'Next · 06:00 NZST' }],
]) {
  test(`the second summit at ${moment}: ${JSON.stringify(expected)}`, async () => {
    const { context, page, problems } = await open('', new Date(moment), { timezoneId: 'America/New_York' });
    try {
      assert.deepEqual(await tags(page), expected);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('the second summit in Thai after the change: its tags in Thai, with the standard abbreviation', async () => {
  const { context, page, problems } = await open('th/?now=2027-04-03T15:30:00Z', null);
  try {
    assert.deepEqual(await tags(page), { 'drafting-night': 'ตอนนี้', 'dawn-ceremony': 'ถัดไป · 06:00 น. (NZST)' });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the second summit\'s embed opens on its own today, in Thai too', async () => {
  const { context, page, problems } = await open('th/embed/?now=2027-04-04T08:00', null);
  try {
    const visible = async () => page.locator('section.day:visible').evaluateAll((els) => els.map((e) => e.id));
    const deadline = Date.now() + 10_000;
    while ((await visible())[0] !== 'day-2027-04-04' && Date.now() < deadline) await frames(page, 1);
    assert.deepEqual(await visible(), ['day-2027-04-04']);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
