// `?data=<url>`: an update of the week is swapped in only if it passes the same checks
// as the embedded data. Every failure keeps the embedded week and says why in one line.
// The server below serves the bad cases; the app runs under the strict CSP header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { builtPolicy } from './server.mjs';
import { suite } from './browser.mjs';

import { DIST } from './browser.mjs';
const embedded = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));
const indexHtml = await readFile(`${DIST}index.html`, 'utf8');
const POLICY = builtPolicy(DIST);

/** The last release's record in either shape of the file: `releases`, or an older file's `updated`. */
const setReleased = (d, day) => {
  if (d.releases) d.releases.at(-1).released = day;
  else d.updated = day;
};
const releasedDay = (d) => (d.releases ? d.releases.at(-1).released : d.updated).slice(0, 10);

/** The day after the embedded data's last release: a revision newer than it. */
const NEWER = (() => {
  const day = new Date(`${releasedDay(embedded)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
})();

/** An embedded event by id, so that edits do not depend on positions in the file. */
const eventById = (d, id) => d.events.find((e) => e.id === id);

/** The embedded data with one edit. */
function edited(edit) {
  const copy = structuredClone(embedded);
  edit(copy);
  return JSON.stringify(copy);
}
const json = (body, extra = {}) => (req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json', ...extra });
  res.end(body);
};

const routes = {
  '/updates/good.json': json(edited((d) => {
    setReleased(d, NEWER);
    d.week.title.en = "APEC Economic Leaders' Week 2022 (revised)";
  })),
  '/updates/markup.json': json(edited((d) => {
    eventById(d, 'abac-4').title.en = '<img src=x onerror="window.__pwned=1">ABAC meeting';
    eventById(d, 'youth-declaration').summary.en = '<script>window.__pwned=1</script>Youth delegates met the Prime Minister.';
  })),
  '/updates/404.json': (req, res) => res.writeHead(404, { 'Content-Type': 'application/json' }).end('{}'),
  '/updates/500.json': (req, res) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom'),
  '/updates/html.json': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p>hi'),
  '/updates/broken.json': json('{"version": 1, "week": {'),
  '/updates/invalid.json': json(edited((d) => { eventById(d, 'csom-day-1').priorities = ['opne']; })),
  '/updates/js-link.json': json(edited((d) => { d.priorities[2].deliverables[0].links[0].url = 'javascript:alert(1)'; })),
  // An earlier release, though published on a later day: releases go by version.
  '/updates/older.json': json(edited((d) => {
    d.version = embedded.version - 1;
    if (d.releases) {
      // The history as that release had it: the ones before it, then itself.
      const last = { ...d.releases.at(-1), version: d.version };
      d.releases = [...d.releases.filter((r) => r.version < d.version), last];
    }
    setReleased(d, '2030-01-01');
  })),
  '/updates/huge.json': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(2_000_000) });
    res.end(' '.repeat(2_000_000));
  },
  '/updates/huge-chunked.json': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(`[${'0,'.repeat(700_000)}0]`);
  },
  '/updates/slow.json': (req, res) => {
    const timer = setTimeout(() => json(embedded && JSON.stringify(embedded))(req, res), 9_000);
    req.on('close', () => clearTimeout(timer));
  },
  '/updates/reset.json': (req) => req.socket.destroy(),
};

const requests = [];
const t = suite(DIST, { headers: { 'Content-Security-Policy': POLICY }, routes });

/** Opens the app with `?data=<source>` and returns the status line once it is there. */
async function openWithUpdate(source, check, path = '/') {
  const context = await t.browser.newContext();
  const page = await context.newPage();
  const violations = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__violations?.push(e.violatedDirective));
    window.__violations = [];
  });
  page.on('request', (r) => { if (r.resourceType() !== 'document') requests.push(r.url()); });
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
  try {
    await page.goto(`${t.server.origin}${path}?data=${encodeURIComponent(source)}#ministerial-meeting`);
    await page.waitForSelector('html.app-ready', { state: 'attached' });
    const status = page.locator('#data-status p');
    await page.waitForFunction(() => document.querySelector('#data-status p')?.textContent.trim(), null, { timeout: 12_000 });
    const line = await status.innerText();
    // In every case the week is on screen.
    assert.equal(await page.locator('details.event').count(), embedded.events.length);
    assert.equal(await page.locator('section.day').count(), embedded.days.length);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await check(page, line);
    const blocked = await page.evaluate(() => window.__violations);
    if (/^https:\/\//.test(source)) {
      // Another origin: the policy's connect-src 'self' blocks it, as docs/deploying.md says.
      assert.ok(blocked.length > 0 && blocked.every((d) => d === 'connect-src'), JSON.stringify(blocked));
    } else {
      assert.deepEqual(blocked, [], 'no CSP violation');
    }
    assert.deepEqual(violations, []);
  } finally {
    await context.close();
  }
}

const failures = [
  ['/updates/404.json', 'the server answered with status 404'],
  ['/updates/500.json', 'the server answered with status 500'],
  ['/updates/html.json', 'it is not JSON (content type “text/html”)'],
  // The browser's own JSON.parse message, whose wording varies between versions.
  ['/updates/broken.json', 'in JSON at position 24'],
  ['/updates/invalid.json', `it failed the data checks: events[${embedded.events.findIndex((e) => e.id === 'csom-day-1')}] "csom-day-1", field "priorities[0]": unknown priority "opne"`],
  ['/updates/js-link.json', 'field "links[0].url": "javascript:alert(1)" is not an https: URL'],
  ['/updates/older.json', `it is release ${embedded.version - 1}, earlier than the data shown`],
  ['/updates/huge.json', 'it is larger than 1 MB'],
  ['/updates/huge-chunked.json', 'it is larger than 1 MB'],
  ['/updates/reset.json', 'it could not be downloaded'],
  ['/updates/slow.json', 'it did not arrive within 5 seconds'],
  ['https://127.0.0.1:9/elsewhere.json', 'it could not be downloaded'],
];
for (const [source, reason] of failures) {
  test(`an update that fails (${source}) keeps the embedded week and says why`, async () => {
    await openWithUpdate(source, async (page, line) => {
      assert.ok(line.startsWith('The built-in data is shown: the updated data could not be used because '), line);
      assert.ok(line.includes(reason), `expected “${reason}” in “${line}”`);
      assert.equal(await page.locator('h1').innerText(), embedded.week.title.en);
      assert.equal(await page.locator('#data-status').getAttribute('role'), 'status');
    });
  });
}

for (const source of ['http://127.0.0.1/updates/good.json', 'javascript:alert(1)', '//evil.example/x.json', 'data:application/json,{}']) {
  test(`the data source ${source} is refused without a request`, async () => {
    const before = requests.length;
    await openWithUpdate(source, async (page, line) => {
      assert.ok(line.includes('only https: addresses and addresses on this site are accepted'), line);
    });
    assert.ok(!requests.slice(before).some((u) => u.includes('good.json') || u.includes('evil') || u.startsWith('data:')));
  });
}

test('a valid update replaces the week, and the linked section stays in view', async () => {
  await openWithUpdate('/updates/good.json', async (page, line) => {
    // The revision's date as the footer says it, which is the update's own.
    const footer = page.locator('.site-footer time');
    assert.equal(await footer.getAttribute('datetime'), NEWER);
    assert.equal(line, `Showing updated data, last revised on ${await footer.innerText()}.`);
    assert.equal(await page.locator('h1').innerText(), "APEC Economic Leaders' Week 2022 (revised)");
    await page.waitForFunction(() => document.activeElement?.id === 'ministerial-meeting-heading');
  });
});

test('in Thai, the update says its date as the footer does, in the Buddhist era', async () => {
  await openWithUpdate('/updates/good.json', async (page, line) => {
    const footer = page.locator('.site-footer time');
    assert.equal(await footer.getAttribute('datetime'), NEWER);
    const date = await footer.innerText();
    assert.ok(date.endsWith(String(Number(NEWER.slice(0, 4)) + 543)), date);
    assert.ok(line.endsWith(date) && !line.includes(NEWER), line);
  }, '/th/');
});

test('markup in data is shown as text, never run', async () => {
  await openWithUpdate('updates/markup.json', async (page, line) => {
    assert.match(line, /^Showing updated data/);
    assert.equal(await page.locator('#abac-4 h3 img').count(), 0);
    assert.match(await page.locator('#abac-4 h3').innerText(), /^<img src=x onerror="window.__pwned=1">ABAC meeting/);
    assert.equal(await page.locator('#youth-declaration script').count(), 0);
    // In the closed row's details: textContent, which a closed <details> does not hide.
    assert.match(await page.locator('#youth-declaration .event-summary').textContent(), /^<script>/);
  });
});
