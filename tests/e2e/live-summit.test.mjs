// Now and next for the second summit (`make build-summit`: target/dist-summit/, from
// tests/summit/apec-2023.json): its own week (15–17 November 2023) in its own zone
// (America/Los_Angeles, PST, −08:00), with no code change.
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

for (const [how, path, time] of [
  ['its own clock', '', new Date('2023-11-15T10:00:00-08:00')],
  ['?now= in its own zone', '?now=2023-11-15T10:00', null],
]) {
  test(`the second summit at 10:00 PST on its first day, by ${how}: Next in PST, today its own`, async () => {
    const { context, page, problems } = await open(path, time, { timezoneId: 'Asia/Bangkok' });
    try {
      assert.deepEqual(await tags(page), { 'biden-xi-talks': 'Next · 11:20 PST' });
      if (!time) assert.equal(await page.locator('.preview-clock').innerText(), 'Preview clock: Wednesday 15 November, 10:00 PST');
      assert.equal(await page.locator('.live-switch').innerText(), 'Live updates: on');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('the second summit\'s embed opens on its own today, in Thai too', async () => {
  const { context, page, problems } = await open('th/embed/?now=2023-11-16T08:00', null);
  try {
    const visible = async () => page.locator('section.day:visible').evaluateAll((els) => els.map((e) => e.id));
    const deadline = Date.now() + 10_000;
    while ((await visible())[0] !== 'day-2023-11-16' && Date.now() < deadline) await frames(page, 1);
    assert.deepEqual(await visible(), ['day-2023-11-16']);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
