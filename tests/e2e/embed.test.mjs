// Embedding: a host page on another origin frames the compact view; the frame sizes
// itself through the host script, opens deep links, ignores other windows' messages,
// sets no cookies, calls no other origin, and passes axe inside the frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { builtPolicy, serve } from './server.mjs';
import { frames, twoOrigins } from './browser.mjs';

import { DIST } from './browser.mjs';
const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));
const exampleHtml = await readFile(`${DIST}embed-example.html`, 'utf8');
const indexHtml = await readFile(`${DIST}index.html`, 'utf8');
const POLICY = builtPolicy(DIST);


/** The shipped example page, pointed at the app's embed page on its own origin, with the
 * options in `query` (`&theme=dark…`) and `fragment`. */
function hostPage({ query = '', fragment = '', script = true, extra = '' } = {}) {
  const search = query.replace(/^&/, '?');
  let html = exampleHtml
    .replace('src="embed/"', `src="${t.app.origin}/embed/${search}${fragment}"`)
    .replace('src="embed.js"', `src="${t.app.origin}/embed.js"`)
    .replace('</article>', `${extra}</article>`);
  if (!script) html = html.replace(/<script src="[^"]+embed\.js" defer><\/script>/, '');
  return html;
}

const t = twoOrigins(async () => {
  // A frame of the app's own origin that is not the embed: it tests that the host script
  // checks which window a message comes from, not only its origin.
  const rogueRoutes = {
    '/rogue.html': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>rogue</title><script src="/rogue.js"></script>');
    },
    '/rogue.js': (req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end("setInterval(() => parent.postMessage({type: 'aelw:resize', version: 1, height: 4321, section: 'gala-dinner'}, '*'), 50);");
    },
  };
  const app = await serve(DIST, { headers: { 'Content-Security-Policy': POLICY }, routes: rogueRoutes });
  const host = await serve(DIST, {
    routes: {
      '/host.html': (req, res) => {
        const q = new URL(req.url, 'http://x').searchParams;
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(hostPage({
          query: q.get('q') ?? '',
          fragment: q.get('f') ?? '',
          script: q.get('script') !== '0',
          extra: q.get('rogue') ? `<iframe id="rogue" src="${q.get('rogue')}" title="Other widget" height="50"></iframe>` : '',
        }));
      },
      ...rogueRoutes,
    },
  });
  return { app, host };
});

/** Opens the host page and returns the page, the frame and what went wrong. */
async function openHost(params = '', viewport = { width: 1280, height: 800 }) {
  const context = await t.browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  const origins = new Set();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('request', (r) => { if (!r.url().startsWith('data:')) origins.add(new URL(r.url()).origin); });
  await page.goto(`${t.host.origin}/host.html${params}`);
  const frameEl = page.locator('iframe[data-aelw-embed]');
  const frame = page.frameLocator('iframe[data-aelw-embed]');
  await frame.locator('html.app-ready').waitFor({ state: 'attached', timeout: 30_000 });
  const contentFrame = await (await frameEl.elementHandle()).contentFrame();
  return { context, page, frameEl, frame, contentFrame, problems, origins };
}

/** Screenshots of the host page: its top, and where the frame ends and the article goes on. */
async function shoot(page, frameEl, width) {
  await page.screenshot({ path: `${OUTPUT}embed-example-${width}-top.png` });
  const bottom = await frameEl.evaluate((f) => f.getBoundingClientRect().bottom + scrollY);
  await page.evaluate((y) => scrollTo(0, y - 400), bottom);
  await page.screenshot({ path: `${OUTPUT}embed-example-${width}-end.png` });
  await page.evaluate(() => scrollTo(0, 0));
}

/** Waits until the frame's height matches its content's within 4 px. */
async function assertSized(page, frameEl, contentFrame, label) {
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await contentFrame.evaluate(() => document.body.getBoundingClientRect().height);
    last = { outer, inner };
    if (Math.abs(outer - inner) <= 4 && inner > 300) return inner;
    await frames(page, 6);
  }
  assert.fail(`${label}: frame ${last.outer}px vs content ${last.inner}px`);
}

test('the compact view fills a frame on another origin, sized to its content', async () => {
  // The busiest day, so a filter has rows to take away.
  const { context, page, frameEl, frame, contentFrame, problems, origins } = await openHost(`?f=${encodeURIComponent('#day-2022-11-18')}`);
  try {
    await assertSized(page, frameEl, contentFrame, 'after load');
    await shoot(page, frameEl, 1280);
    assert.equal(await frame.locator('.masthead').count(), 0, 'no site header');
    assert.equal(await frame.locator('.site-footer').count(), 0, 'no site footer');
    const open = frame.getByRole('link', { name: 'Open full view' });
    assert.equal(await open.getAttribute('target'), '_blank');
    // Relative to the embed page, so it is right before the app starts.
    assert.equal(await open.getAttribute('href'), '../#day-2022-11-18');
    assert.equal(await open.evaluate((a) => a.href), `${t.app.origin}/#day-2022-11-18`);
    assert.equal(await frame.locator('.sources a').first().getAttribute('target'), '_blank');

    // A filter shrinks the content, and the frame follows.
    await frame.locator('summary', { hasText: 'Find events' }).click();
    const full = await assertSized(page, frameEl, contentFrame, 'with the filters open');
    await frame.getByRole('checkbox', { name: 'Ministers', exact: true }).check();
    const filtered = await assertSized(page, frameEl, contentFrame, 'after a filter');
    assert.ok(filtered < full - 150, `filtered ${filtered} < full ${full}: rows fewer`);
    assert.match(await open.getAttribute('href'), /\?track=ministers#day-2022-11-18$/);

    // A language switch changes the content's height too, and the frame follows.
    await frame.getByRole('link', { name: 'ภาษาไทย' }).click();
    await contentFrame.waitForFunction(() => document.documentElement.lang === 'th');
    await assertSized(page, frameEl, contentFrame, 'after a language switch');
    assert.match(await frame.getByRole('link', { name: 'เปิดแบบเต็มหน้า' }).getAttribute('href'), /^\.\.\/\.\.\/th\/\?track=ministers#day-2022-11-18$/);

    // No cookies or storage, and nothing but the two origins was asked for anything.
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await contentFrame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
    assert.deepEqual([...origins].sort(), [t.app.origin, t.host.origin].sort());
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('at phone width the frame still matches its content', async () => {
  const { context, page, frameEl, contentFrame, problems } = await openHost('', { width: 375, height: 812 });
  try {
    await assertSized(page, frameEl, contentFrame, 'at 375 px');
    const { scrollWidth, clientWidth } = await contentFrame.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
    }));
    assert.ok(scrollWidth <= clientWidth, `no horizontal scroll in the frame (${scrollWidth} > ${clientWidth})`);
    await shoot(page, frameEl, 375);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('opening a row grows the frame through the height messages, and closing it shrinks it', async () => {
  const { context, page, frameEl, frame, contentFrame, problems } = await openHost(`?f=${encodeURIComponent('#day-2022-11-18')}`, { width: 375, height: 812 });
  try {
    const closed = await assertSized(page, frameEl, contentFrame, 'every row closed');
    assert.ok(closed <= 1000, `${closed}px fits WordPress's 1,000 px`);
    await frame.locator('#leaders-retreat-1 > summary').click();
    const open = await assertSized(page, frameEl, contentFrame, 'one row open');
    assert.ok(open > closed + 200, `open ${open} > closed ${closed}`);
    await frame.locator('#leaders-retreat-1 > summary').click();
    assert.ok(Math.abs(await assertSized(page, frameEl, contentFrame, 'closed again') - closed) <= 2);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a deep link in the iframe URL opens the frame at that section', async () => {
  // Without the host script the frame keeps its height and scrolls inside.
  const { context, contentFrame, problems } = await openHost(`?script=0&f=${encodeURIComponent('#priority-balance')}`);
  try {
    await contentFrame.waitForFunction(() => {
      // The cards are the panel on show; the frame may be too short to scroll the card
      // to its top, so it only has to be in view, with its heading focused.
      const r = document.getElementById('priority-balance').getBoundingClientRect();
      return r.top >= -2 && r.top < innerHeight - 40 && !document.querySelector('section.day:not(.is-hidden)')
        && document.activeElement?.id === 'priority-balance-heading';
    });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the host page fragment reaches the frame, and the open section is mirrored back', async () => {
  const { context, page, frame, contentFrame, problems } = await openHost('#aelw-day-2022-11-17');
  try {
    await contentFrame.waitForFunction(() => document.activeElement?.id === 'day-2022-11-17-heading');
    await frame.locator('#ministerial-meeting > summary').click();
    await frame.locator('#ministerial-meeting .tags a', { hasText: 'Balance' }).click();
    await page.waitForFunction(() => location.hash === '#aelw-priority-balance');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

for (const [who, rogue] of [['the host\'s origin', () => `${t.host.origin}/rogue.html`], ['the app\'s own origin', () => `${t.app.origin}/rogue.html`]]) {
  test(`messages from another frame of ${who}, or from the page itself, are ignored`, async () => {
    const { context, page, frameEl, contentFrame } = await openHost(`?rogue=${encodeURIComponent(rogue())}`);
    try {
      // Resolves once the message has been delivered to the page's listeners (the host
      // script's among them, registered before this one) and their task is over.
      await page.evaluate(() => new Promise((done) => {
        window.addEventListener('message', () => setTimeout(done, 0), { once: true });
        window.postMessage({ type: 'aelw:resize', version: 1, height: 1234, section: 'gala-dinner' }, '*');
      }));
      const height = await assertSized(page, frameEl, contentFrame, `with a rogue frame on ${who}`);
      assert.notEqual(Math.round(height), 4321);
      assert.notEqual(Math.round(height), 1234);
      assert.notEqual(await page.evaluate(() => location.hash), '#aelw-gala-dinner');
    } finally {
      await context.close();
    }
  });
}

test('the host script never clears a fragment the host page set for itself', async () => {
  const { context, page, frameEl, contentFrame } = await openHost('#comments');
  try {
    await assertSized(page, frameEl, contentFrame, 'with a host fragment');
    assert.equal(await page.evaluate(() => location.hash), '#comments');
  } finally {
    await context.close();
  }
});

test('axe finds no violation inside the frame, light and dark', async () => {
  for (const [query, scheme] of [['', 'light'], ['&theme=dark', 'light'], ['', 'dark']]) {
    const { context, page, frame, problems } = await openHost(`?q=${encodeURIComponent(query)}`);
    try {
      await page.emulateMedia({ colorScheme: scheme });
      await frame.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      const result = await new AxeBuilder({ page })
        .include('iframe[data-aelw-embed]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      // The example host page is not ours to judge: only rules about the frame's content.
      const inFrame = result.violations.filter((v) => v.nodes.some((n) => n.target.length > 1));
      const summary = inFrame.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, [], `theme ${query || 'auto'}, scheme ${scheme}`);
      // Nodes inside the frame carry a two-part target (frame, then element).
      assert.ok(result.passes.some((p) => p.nodes.some((n) => n.target.length > 1)), 'axe checked inside the frame');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

test('theme and accent come from the URL, validated', async () => {
  const { context, contentFrame } = await openHost(`?q=${encodeURIComponent('&theme=dark&accent=d4351c')}`);
  try {
    const [theme, brand, bg] = await contentFrame.evaluate(() => [
      document.documentElement.dataset.theme,
      getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
      getComputedStyle(document.documentElement).backgroundColor,
    ]);
    assert.deepEqual([theme, brand, bg], ['dark', '#d4351c', 'rgb(18, 19, 20)']);
  } finally {
    await context.close();
  }
  const bad = await openHost(`?q=${encodeURIComponent('&theme=neon&accent=url(x)')}`);
  try {
    const [theme, brand] = await bad.contentFrame.evaluate(() => [
      document.documentElement.dataset.theme ?? null,
      document.documentElement.style.getPropertyValue('--brand'),
    ]);
    assert.deepEqual([theme, brand], [null, '']);
  } finally {
    await bad.context.close();
  }
});

test('the standalone app offers the snippet for the whole week or the open section', async () => {
  const context = await t.browser.newContext({ reducedMotion: 'reduce' });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.app.origin });
    const page = await context.newPage();
    await page.goto(`${t.app.origin}/#gala-dinner`);
    await page.waitForSelector('html.app-ready', { state: 'attached' });
    await page.locator('summary', { hasText: 'Embed this timeline on your site' }).click();
    const code = page.getByLabel('HTML to paste');
    const week = await code.inputValue();
    assert.match(week, new RegExp(`^<iframe src="${t.app.origin}/embed/" title="[^"]+" width="100%" height="900" loading="lazy" allow="clipboard-write; web-share" data-aelw-embed></iframe>\\n<script src="${t.app.origin}/embed.js" defer></script>$`));
    await page.getByLabel('The section open now').check();
    assert.match(await code.inputValue(), /\/embed\/#gala-dinner"/);
    await page.getByRole('button', { name: 'Copy the HTML' }).click();
    await page.locator('.embed-snippet .share-status', { hasText: 'HTML copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code.inputValue());
  } finally {
    await context.close();
  }
});
