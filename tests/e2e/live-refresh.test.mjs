// The week refreshed while it happens (issue 30, item 3): inside the live window the app
// re-reads its own data file, once after start-up, every few minutes while shown and when
// shown again; a newer release replaces the week in place and says what changed, once;
// anything else changes nothing and says nothing. Playwright's clock places the page in
// the Bangkok week and fires the app's timers (`fastForward` to the next check fires each
// due timer once, so a check's own 5-second timeout does not fire under it); the data
// file is answered per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { hostHeaders } from './server.mjs';
import { DIST, suite } from './browser.mjs';

const [file] = (await readdir(`${DIST}data`)).filter((f) => f.endsWith('.json'));
const embedded = JSON.parse(await readFile(`${DIST}data/${file}`, 'utf8'));
const DATA_PATH = `/data/${embedded.week.data_file}`;
const DAY = 86_400_000;
const MINUTES = 60_000;

/** The event the next release gives a time: the record's first on a single day with
 * only a time of day ("Evening"), picked from the built data, so that an editor's change
 * breaks no test. */
const UNTIMED = embedded.events.find((e) => !e.start && !e.span && e.time_of_day).id;
/** Inside the week: 10:00 on that event's day, by the summit's clock. */
const DURING = new Date(`${embedded.events.find((e) => e.id === UNTIMED).date}T10:00:00${embedded.week.utc_offset}`);
/** The week and its day after are over. */
const AFTER = new Date(new Date(`${embedded.week.end}T10:00:00${embedded.week.utc_offset}`).getTime() + 6 * DAY);

/** The published week with one edit, as JSON. */
function release(edit) {
  const copy = structuredClone(embedded);
  edit(copy);
  return JSON.stringify(copy);
}
const event = (d, id) => d.events.find((e) => e.id === id);

/** When the next release is published: a day after the record's last one (which may
 * give only its day), and that moment on the summit's clock, as the status line says it. */
const RELEASED = new Date(Math.ceil((Date.parse(embedded.releases.at(-1).released) + DAY) / MINUTES) * MINUTES);
const [, sign, hh, mm] = embedded.week.utc_offset.match(/^([+-])(\d\d):(\d\d)$/);
const AT = new Date(RELEASED.getTime() + (sign === '-' ? -1 : 1) * (hh * 60 + +mm) * MINUTES).toISOString().slice(11, 16);

/** The next release, published at `RELEASED`: that event gets its time, and
 * its change line says so. */
function next(d) {
  d.version = embedded.version + 1;
  d.releases.push({
    version: d.version,
    released: RELEASED.toISOString().replace('.000', ''),
    changes: [{ en: 'An event now starts at 19:30.', th: 'กิจกรรมหนึ่งเริ่มเวลา 19:30 น.' }],
  });
  event(d, UNTIMED).start = '19:30';
}
const NEWER = release(next);
/** A later release that fails the data checks. */
const BROKEN = release((d) => {
  next(d);
  event(d, UNTIMED).priorities = ['nope'];
});

/** The tests' answers for the data file by name; `served` counts requests by kind. */
let answer = 'same';
const served = [];
let etag = 0;
const routes = {
  // A real conditional answer: an ETag, and a 304 when the browser's own validator matches.
  [DATA_PATH]: (req, res) => {
    served.push(answer);
    const body = answer === 'newer' ? NEWER : JSON.stringify(embedded);
    const tag = `"${answer === 'newer' ? 'n' : 's'}${etag}"`;
    if (req.headers['if-none-match'] === tag) {
      res.writeHead(304, { ETag: tag, 'Cache-Control': 'public, max-age=0, must-revalidate' }).end();
      served.push('304');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: tag, 'Cache-Control': 'public, max-age=0, must-revalidate' });
    res.end(body);
  },
};
const t = suite(DIST, { routes });

/**
 * Opens `path` with the clock at `time`, records the data file's requests, the status
 * line's every text (to count announcements) and console warnings, and runs `body`.
 * `hidden` opens the page as a hidden tab; `refused` expects the browser's own console
 * line for each refused connection.
 */
async function withLivePage(path, time, body, { hidden = false, route, refused = false } = {}) {
  const context = await t.browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  const warnings = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const expected = refused && m.text().includes('net::ERR_CONNECTION_REFUSED');
    if (m.type() === 'error' && !expected) problems.push(`console error: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('request', (r) => { if (r.url().includes('/data/')) requests.push(r.url()); });
  if (route) await page.route('**/data/**', route);
  await page.addInitScript((hidden) => {
    // A hidden tab until the test shows it (`show`), as Chromium's own would be.
    window.__visibility = hidden ? 'hidden' : 'visible';
    Object.defineProperty(document, 'visibilityState', { get: () => window.__visibility });
    Object.defineProperty(document, 'hidden', { get: () => window.__visibility !== 'visible' });
    // Each check the app has finished reading: a data file's body read, or its request
    // failed. What the app does with it runs in the microtasks after, so a page task that
    // sees the count has seen the check through, its next timer set.
    window.__checked = 0;
    const fetch = window.fetch;
    window.fetch = (...args) => {
      const data = String(args[0]?.url ?? args[0]).includes('/data/');
      const answer = fetch(...args);
      if (!data) return answer;
      return answer.then((response) => {
        const text = response.text;
        response.text = () => text.call(response).finally(() => { window.__checked += 1; });
        return response;
      }, (error) => { window.__checked += 1; throw error; });
    };
    // Every text the status line takes, once the app is up.
    window.__said = [];
    new MutationObserver(() => {
      const text = document.querySelector('#data-status p')?.textContent.trim() ?? '';
      if (text && window.__said.at(-1) !== text) window.__said.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, hidden);
  await page.clock.install({ time });
  try {
    await page.goto(`${t.server.origin}${path}`);
    await page.waitForSelector('html.app-ready', { state: 'attached', timeout: 30_000 });
    await body({ page, requests, warnings });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

/** Shows or hides the page, as a tab brought back or left would. */
const setVisibility = (page, state) => page.evaluate((state) => {
  window.__visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}, state);

/** Waits until the app has seen `n` checks of the data file through. */
const checked = (page, n) => page.waitForFunction((n) => window.__checked >= n, n, { timeout: 10_000, polling: 50 });

/** Waits until the status line says something, firing the app's next tasks (it speaks
 * in a task after the rebuilt week is up) on the page's clock. */
async function spoken(page) {
  await page.clock.runFor(1_000);
  await page.waitForFunction(() => document.querySelector('#data-status p')?.textContent.trim(), null, { timeout: 10_000, polling: 50 });
  return page.locator('#data-status p').innerText();
}

test('the host headers have every open page revalidate the data file', async () => {
  const headers = hostHeaders(await readFile(`${DIST}_headers`, 'utf8'));
  assert.equal(headers(DATA_PATH)['Cache-Control'], 'public, max-age=0, must-revalidate');
  assert.equal(headers('/index.html')['Cache-Control'], undefined);
});

test('a newer release replaces the week in place and says what changed, once', async () => {
  answer = 'same';
  await withLivePage('/', DURING, async ({ page, requests }) => {
    // Once after start-up: the same release, which changes nothing.
    await checked(page, 1);
    const row = page.locator(`#${UNTIMED}`);
    await page.locator(`#${UNTIMED}-heading`).click();
    await page.waitForSelector(`#${UNTIMED}[open]`);
    await page.locator(`#${UNTIMED}-heading`).focus();
    const scroll = await page.evaluate(() => window.scrollY);
    const before = await row.locator('.event-time').innerText();
    assert.ok(!before.includes('19:30'), before);
    // The editors publish; the next regular check (3 to 5 minutes on) finds it.
    answer = 'newer';
    await page.clock.fastForward(5 * MINUTES);
    await checked(page, 2);
    const line = await spoken(page);
    assert.equal(requests.length, 2);
    assert.equal(line, `Updated ${AT} ICT: An event now starts at 19:30.`);
    assert.equal(await page.locator('#data-status').getAttribute('role'), 'status');
    // In place: the time changed in the row, which is still open and still has focus;
    // the page has not moved.
    assert.equal(await row.locator('.event-time').innerText(), '19:30 ICT');
    assert.equal(await page.locator(`#${UNTIMED}[open]`).count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement?.id), `${UNTIMED}-heading`);
    assert.equal(await page.evaluate(() => window.scrollY), scroll);
    // Said once; the checks after it (the same release now) say nothing more.
    await page.clock.fastForward(5 * MINUTES);
    await checked(page, 3);
    await page.clock.fastForward(5 * MINUTES);
    await checked(page, 4);
    assert.deepEqual(await page.evaluate(() => window.__said), [line]);
  });
});

test('in Thai, the status line says the release time and its change in Thai', async () => {
  answer = 'newer';
  await withLivePage('/th/', DURING, async ({ page, requests }) => {
    await checked(page, 1);
    assert.equal(await spoken(page), `ปรับปรุงเมื่อ ${AT} น. (ICT): กิจกรรมหนึ่งเริ่มเวลา 19:30 น.`);
    assert.equal(await page.locator(`#${UNTIMED} .event-time`).innerText(), '19:30 น. (ICT)');
  });
});

test('an unchanged file is revalidated (a 304) and changes nothing', async () => {
  answer = 'same';
  etag += 1;
  served.length = 0;
  await withLivePage('/', DURING, async ({ page, requests }) => {
    await checked(page, 1);
    await page.evaluate(() => { window.__app = document.querySelector('#app'); });
    await page.clock.fastForward(5 * MINUTES);
    await checked(page, 2);
    // The browser asked with its own validator and got a 304; the week was not rebuilt.
    assert.ok(served.includes('304'), JSON.stringify(served));
    assert.ok(await page.evaluate(() => window.__app === document.querySelector('#app')), 'the same rendering');
    assert.deepEqual(await page.evaluate(() => window.__said), []);
  });
});

test('a release that fails its checks leaves the week as it is and says nothing', async () => {
  await withLivePage('/', DURING, async ({ page, requests, warnings }) => {
    await checked(page, 1);
    // The console tells an editor why; the reader is not told.
    while (!warnings.some((w) => w.startsWith('release not used'))) {
      await page.waitForEvent('console', { timeout: 10_000 });
    }
    assert.match(warnings.find((w) => w.startsWith('release not used')), /unknown priority "nope"/);
    assert.ok(!(await page.locator(`#${UNTIMED} .event-time`).innerText()).includes('19:30'));
    assert.deepEqual(await page.evaluate(() => window.__said), []);
    assert.equal(await page.locator('#data-status p').innerText(), '');
  }, { route: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: BROKEN }) });
});

test('a network failure is retried sooner than the regular check, with backoff', async () => {
  let failing = true;
  await withLivePage('/', DURING, async ({ page, requests }) => {
    await checked(page, 1);
    // A retry comes within 30 seconds of the first failure.
    await page.clock.fastForward(30_000);
    await checked(page, 2);
    failing = false;
    await page.clock.fastForward(60_000);
    await checked(page, 3);
    assert.ok((await spoken(page)).startsWith(`Updated ${AT} ICT`));
  }, {
    refused: true,
    route: (route) => (failing
      ? route.abort('connectionrefused')
      : route.fulfill({ status: 200, contentType: 'application/json', body: NEWER })),
  });
});

test('after the week no request is made at all', async () => {
  await withLivePage('/', AFTER, async ({ page, requests }) => {
    // Every timer of the next half hour fires.
    await page.clock.runFor(30 * MINUTES);
    await setVisibility(page, 'hidden');
    await setVisibility(page, 'visible');
    await page.clock.runFor(30 * MINUTES);
    assert.deepEqual(requests, []);
  }, { route: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: NEWER }) });
});

test('a hidden tab makes no request; shown again, it checks at once', async () => {
  await withLivePage('/', DURING, async ({ page, requests }) => {
    await page.clock.runFor(20 * MINUTES);
    assert.deepEqual(requests, []);
    await setVisibility(page, 'visible');
    await checked(page, 1);
    // Hidden again: the regular checks stop.
    await setVisibility(page, 'hidden');
    await page.clock.runFor(20 * MINUTES);
    assert.equal(requests.length, 1);
    assert.equal(await page.evaluate(() => window.__checked), 1);
    // Shown again after that: it checks at once.
    await setVisibility(page, 'visible');
    await checked(page, 2);
    // Hidden and shown within a minute of a check: no check at once; the regular one
    // comes 3 to 5 minutes after the last.
    await setVisibility(page, 'hidden');
    await setVisibility(page, 'visible');
    await page.clock.fastForward(170_000);
    assert.equal(requests.length, 2);
    await page.clock.fastForward(140_000);
    await checked(page, 3);
    assert.equal(requests.length, 3);
  }, {
    hidden: true,
    route: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(embedded) }),
  });
});
