// Share links: opening a link to each kind of section, Back/Forward, bad fragments,
// copy and share, preview pages, and filters kept in the query string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { frames, nextTask, suite, withPage } from './browser.mjs';

import { DIST } from './browser.mjs';
const data = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));
const total = data.events.length;

const t = suite(DIST);
/** An event's English title, from the built data file (an editor's release may change it). */
const title = (id) => data.events.find((e) => e.id === id).title.en;
/** A priority card's title as the page gives it: its name, then its official name. */
const balance = data.priorities.find((p) => p.id === 'balance');
const balanceTitle = `${balance.name.en}: ${balance.official_name.en}`;

/** A fresh page at `path` on the test server; see `withPage` in browser.mjs. */
const at = (path, body, options = {}) =>
  withPage(t.browser, `${t.server.origin}/${path}`, body, { ...options });

/** Waits until the section is on screen and its heading has keyboard focus. */
async function assertOpened(page, id) {
  await page.waitForFunction((id) => {
    const el = document.getElementById(id);
    const r = el?.getBoundingClientRect();
    return r && r.top >= -2 && r.top < innerHeight / 2 && document.activeElement?.id === `${id}-heading`;
  }, id, { timeout: 5_000 }).catch(async () => {
    const state = await page.evaluate((id) => ({
      top: document.getElementById(id)?.getBoundingClientRect().top,
      focused: document.activeElement?.id,
      hash: location.hash,
    }), id);
    assert.fail(`#${id} not opened: ${JSON.stringify(state)}`);
  });
  assert.ok(await page.locator(`[id="${id}"]`).evaluate((el) => el.classList.contains('is-target')));
  // A row (an event or a deliverable) is opened, not only scrolled to.
  assert.ok(await page.locator(`[id="${id}"]`).evaluate((el) => el.tagName !== 'DETAILS' || el.open), `#${id} is open`);
}

const reduced = { reducedMotion: 'reduce' };

test('a link to a day, an event, a card or a deliverable opens at that section', async () => {
  const cases = [
    ['day-2022-11-18', 'Friday, 18 November 2022'],
    ['leaders-declaration-bangkok-goals', data.events.find((e) => e.id === 'leaders-declaration-bangkok-goals').title.en],
    ['priority-balance', balanceTitle],
    ['deliverable-bangkok-goals', balance.deliverables.find((d) => d.id === 'bangkok-goals').title.en],
  ];
  for (const [id, title] of cases) {
    await at(`#${id}`, async (page) => {
      await assertOpened(page, id);
      assert.ok((await page.title()).startsWith(title), `${id}: title is ${await page.title()}`);
      assert.equal(await page.locator('#link-notice').innerText(), '');
    }, reduced);
  }
});

test('the skip link moves to the timeline without any notice', async () => {
  await at('', async (page) => {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#timeline');
    // The app handles the hash change in its event, and shows a notice in the next frame.
    await nextTask(page);
    await frames(page);
    assert.equal(await page.locator('#link-notice').innerText(), '');
  }, reduced);
});

test('smooth scrolling still lands on the section', async () => {
  await at('#priority-open', (page) => assertOpened(page, 'priority-open'));
});

test('in-app links add history entries that Back and Forward follow', async () => {
  await at('', async (page) => {
    await page.getByRole('link', { name: /Thu 17 Nov/ }).click();
    await assertOpened(page, 'day-2022-11-17');
    await page.locator('#ministerial-meeting > summary').click();
    await page.locator('#ministerial-meeting .tags a', { hasText: balance.name.en }).click();
    await assertOpened(page, 'priority-balance');
    await page.goBack();
    await assertOpened(page, 'day-2022-11-17');
    assert.match(await page.title(), /^Thursday, 17 November 2022/);
    await page.goForward();
    await assertOpened(page, 'priority-balance');
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => location.hash === '');
    assert.equal(await page.title(), data.week.page_title.en);
  }, reduced);
});

test('an unknown or malformed fragment shows a polite notice and the whole week', async () => {
  for (const [fragment, shown] of [
    ['no-such-meeting', 'no-such-meeting'],
    ['%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '<img src=x onerror=alert(1)>'],
    ['day-2022-11-20', 'day-2022-11-20'],
    ['%E0%B8', '\uFFFD'],
  ]) {
    await at(`#${fragment}`, async (page) => {
      const notice = page.locator('#link-notice');
      await notice.getByText('not a section of this timeline').waitFor();
      assert.equal(await notice.getAttribute('role'), 'status');
      assert.ok((await notice.innerText()).includes(`“${shown}”`), await notice.innerText());
      assert.equal(await page.locator('img').count(), 0, 'the fragment is shown as text, never as markup');
      assert.equal(await page.locator('details.event').count(), total);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      assert.equal(await notice.innerText(), '');
    });
  }
});

test('Copy link writes the preview URL, confirms it, and the copied link leads to the event', async () => {
  await at('', async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.server.origin });
    await page.locator('#ministerial-meeting > summary').click();
    const button = page.getByRole('button', { name: `Copy link to ${title('ministerial-meeting')}` });
    assert.equal(await button.innerText(), 'Copy link');
    await button.click();
    await page.locator('#ministerial-meeting .share-status', { hasText: 'Link copied' }).waitFor();
    await page.locator('[role=status][aria-live=polite]', { hasText: 'Link copied' }).waitFor({ state: 'attached' });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${t.server.origin}/share/ministerial-meeting.html`);
    // Open what was copied: the preview page sends the reader on to the event.
    await page.goto(copied);
    await page.waitForURL(`${t.server.origin}/#ministerial-meeting`);
    await assertOpened(page, 'ministerial-meeting');
  }, reduced);
});

test('where copying is refused, a selected text field offers the link', async () => {
  await at('', async (page) => {
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    });
    await page.locator('#gala-dinner > summary').click();
    await page.getByRole('button', { name: `Copy link to ${title('gala-dinner')}` }).click();
    const field = page.getByRole('textbox', { name: `Link to ${title('gala-dinner')}` });
    await field.waitFor();
    assert.equal(await field.inputValue(), `${t.server.origin}/share/gala-dinner.html`);
    await page.waitForFunction(() => document.activeElement?.id === 'gala-dinner-link');
    const selected = await field.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
    assert.equal(selected, `${t.server.origin}/share/gala-dinner.html`);
  });
});

test('Share appears only where the Web Share API exists, and shares the preview URL', async () => {
  await at('', async (page) => {
    assert.equal(await page.getByRole('button', { name: /^Share / }).count(), 0);
  });
  const context = await t.browser.newContext();
  try {
    await context.addInitScript(() => {
      window.__shared = [];
      navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
    });
    const page = await context.newPage();
    await page.goto(`${t.server.origin}/`);
    const button = page.getByRole('button', { name: `Share ${balanceTitle}` });
    await button.click();
    const shared = await page.evaluate(() => window.__shared);
    assert.deepEqual(shared, [{ title: balanceTitle, url: `${t.server.origin}/share/priority-balance.html` }]);
  } finally {
    await context.close();
  }
});

test('preview pages carry their own tags, no script, and lead to their section', async () => {
  const sections = [
    ...data.days.map((d) => `day-${d.date}`),
    ...data.events.map((e) => e.id),
    ...data.priorities.map((p) => `priority-${p.id}`),
  ];
  for (const id of sections) {
    const html = await readFile(`${DIST}share/${id}.html`, 'utf8');
    const tag = (re) => html.match(re)?.[1];
    assert.ok(tag(/<title>([^<]+)<\/title>/), `${id} title`);
    assert.ok(tag(/<meta property="og:title" content="([^"]+)">/), `${id} og:title`);
    assert.ok(tag(/<meta property="og:description" content="([^"]{40,})">/), `${id} og:description`);
    assert.match(tag(/<meta property="og:url" content="([^"]+)">/), new RegExp(`^https?://.+/share/${id}\\.html$`));
    assert.equal(tag(/<link rel="canonical" href="([^"]+)">/), tag(/<meta property="og:url" content="([^"]+)">/));
    assert.equal(tag(/<meta name="twitter:card" content="([^"]+)">/), 'summary_large_image');
    assert.equal(tag(/<meta http-equiv="refresh" content="0; url=([^"]+)">/), `../#${id}`);
    assert.ok(!/<script/i.test(html), `${id} has no script`);
  }
  const context = await t.browser.newContext({ reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(`${t.server.origin}/share/day-2022-11-16.html`);
    await page.waitForURL(`${t.server.origin}/#day-2022-11-16`);
    await page.waitForSelector('#day-2022-11-16');
    await assertOpened(page, 'day-2022-11-16');
  } finally {
    await context.close();
  }
});

test('filters and search narrow the week, live in the URL, survive a reload and clear', async () => {
  await at('', async (page) => {
    await page.locator('summary', { hasText: 'Find events' }).click();
    await page.getByRole('checkbox', { name: 'Ministers', exact: true }).check();
    await page.waitForFunction(() => location.search === '?track=ministers');
    const visible = () => page.locator('details.event:visible').evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(await visible(), data.events.filter((e) => e.tracks.includes('ministers')).map((e) => e.id));
    await page.locator('.filter-count', { hasText: `2 of ${total} events shown` }).waitFor();
    await page.locator('[aria-live=polite]', { hasText: `2 of ${total} events shown` }).waitFor({ state: 'attached' });
    assert.equal(await page.locator('#day-2022-11-14 .day-none').isVisible(), true);

    await page.getByLabel('Search titles, summaries and outcomes').fill('Ukraine');
    await page.waitForFunction(() => location.search === '?track=ministers&q=Ukraine');
    assert.deepEqual(await visible(), ['joint-ministerial-statement']);

    await page.reload();
    await page.waitForSelector('html.app-ready', { state: 'attached' });
    assert.deepEqual(await visible(), ['joint-ministerial-statement']);
    assert.equal(await page.getByRole('checkbox', { name: 'Ministers', exact: true }).isChecked(), true);
    assert.equal(await page.getByLabel('Search titles, summaries and outcomes').inputValue(), 'Ukraine');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => location.search === '');
    assert.equal((await visible()).length, total);
    assert.equal(await page.getByRole('button', { name: 'Clear filters' }).isDisabled(), true);

    // Search ignores accents and case, through the browser's own Unicode folding.
    const mentions = (e) => [e.title, e.summary, ...(e.outcomes ?? [])].some((t) => /ukraine/i.test(t.en));
    const expected = data.events.filter(mentions).map((e) => e.id);
    assert.ok(expected.length >= 1);
    await page.getByLabel('Search titles, summaries and outcomes').fill('ÚKRAÏNE');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'ÚKRAÏNE');
    await page.locator('.filter-count', { hasText: `${expected.length} of ${total} events shown` }).waitFor();
    assert.deepEqual(await visible(), expected);
  });
});

test('a link to an event hidden by the filters says so and can show it', async () => {
  await at('?priority=connect#gala-dinner', async (page) => {
    const notice = page.locator('#link-notice');
    await notice.getByText('hidden by the current filters').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'link-notice');
    await notice.getByRole('button', { name: 'Show all events' }).click();
    await assertOpened(page, 'gala-dinner');
    await page.waitForFunction(() => location.search === '');
    assert.equal(await page.locator('details.event:visible').count(), total);
  }, reduced);
});
