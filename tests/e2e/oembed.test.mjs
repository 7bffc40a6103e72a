// Paste a link, get the timeline: the oEmbed responses, their discovery by a real
// consumer (unfurl.js), and a WordPress-shaped host page on another origin that embeds
// the sanitized, sandboxed frame and resizes it by WordPress's own rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { unfurl } from 'unfurl.js';
import { serve } from './server.mjs';
import { frames, twoOrigins } from './browser.mjs';

import { DIST } from './browser.mjs';
const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));
// The absolute root the build wrote into its links (AELW_SITE_URL): the canonical URL of
// the English page.
const SITE = (await readFile(`${DIST}index.html`, 'utf8')).match(/<link rel="canonical" href="([^"]+)">/)[1];
const WEEK = { en: 'oembed.json', th: 'oembed.th.json' };


/** The app's absolute URL `url` (under SITE), as served by this test's server. */
const served = (url) => url.replace(SITE, `${t.app.origin}/`);

/** Every oEmbed response in the build: { file, lang, id (null for the week), json }. */
async function responses() {
  const files = [WEEK.en, WEEK.th, ...(await readdir(`${DIST}oembed`)).filter((f) => f.endsWith('.json')).map((f) => `oembed/${f}`)];
  return Promise.all(files.map(async (file) => {
    const [, id, th] = file.match(/^(?:oembed\/(.+?))?(?:oembed)?(\.th)?\.json$/);
    return { file, lang: th ? 'th' : 'en', id: id ?? null, json: JSON.parse(await readFile(`${DIST}${file}`, 'utf8')) };
  }));
}

/** `text` with the character references this build writes decoded. */
const decoded = (text) => text.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** The attributes of the one `<iframe>` that `html` must be. */
function iframeAttributes(html) {
  const m = html.match(/^<iframe((?:\s+[a-z-]+="[^"]*")*)><\/iframe>$/);
  assert.ok(m, `one iframe and nothing else: ${html}`);
  return Object.fromEntries([...m[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decoded(v)]));
}

/**
 * What WordPress makes of a discovered provider's HTML (`wp_filter_oembed_result`): only
 * the iframe, only the attributes its allow-list keeps, sandboxed, with its class and a
 * secret in `data-secret` and appended to the address as `#?secret=`.
 */
function wordpressMarkup(html, secret) {
  const keep = ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'];
  const attrs = iframeAttributes(html);
  const kept = keep.filter((k) => k in attrs).map((k) => {
    const value = k === 'src' ? served(attrs.src) + (secret ? `#?secret=${secret}` : '') : attrs[k];
    return ` ${k}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
  }).join('');
  const secretAttr = secret ? ` data-secret="${secret}"` : '';
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"${kept}${secretAttr}></iframe>`;
}

// WordPress's host script (wp-includes/js/wp-embed.js), by its documented rule: a message
// {secret, message: "height", value} from the frame whose data-secret it repeats sets that
// frame's height, clamped to 200–1000 px; {message: "link", value} from the focused frame
// opens the address in place of the post if it is on the frame's host; once loaded, it
// says "ready" to every frame.
// Every message the page receives is kept in `window.received` for the tests.
const WP_EMBED = `
window.received = [];
window.addEventListener('message', function (e) {
  var data = e.data;
  window.received.push(data);
  if (!data || !(data.secret || data.message || data.value)) return;
  if (/[^a-zA-Z0-9]/.test(data.secret)) return;
  var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    var frame = frames[i];
    if (e.source !== frame.contentWindow) continue;
    frame.removeAttribute('style');
    if (data.message === 'height') {
      var height = parseInt(data.value, 10);
      if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
      frame.height = height;
    }
    if (data.message === 'link') {
      var sourceURL = document.createElement('a'), targetURL = document.createElement('a');
      sourceURL.href = frame.getAttribute('src');
      targetURL.href = data.value;
      if (targetURL.host === sourceURL.host && document.activeElement === frame) window.top.location.href = data.value;
    }
  }
});
window.addEventListener('load', function () {
  var frames = document.querySelectorAll('iframe.wp-embedded-content');
  for (var i = 0; i < frames.length; i++) {
    frames[i].contentWindow.postMessage({ message: 'ready', secret: frames[i].getAttribute('data-secret') }, '*');
  }
});`;

const t = twoOrigins(async () => {
  // The app as a static host serves it with the build's _headers (CORS, CSP).
  const app = await serve(DIST, { useHeadersFile: true });
  // A WordPress post on another origin: `/post.html?file=<response>&secret=<s>`.
  const host = await serve(OUTPUT, {
    routes: {
      '/post.html': async (req, res) => {
        const q = new URL(req.url, 'http://x').searchParams;
        const { html } = JSON.parse(await readFile(`${DIST}${q.get('file')}`, 'utf8'));
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,">
<style>body { max-width: 680px; margin: 1rem auto; font: 16px/1.5 serif; } iframe { max-width: 100%; border: 0; display: block; }</style>
</head><body><h1>Leaders' Week, day by day</h1><p>Our correspondent's report.</p>
<figure class="wp-block-embed">${wordpressMarkup(html, q.get('secret') ?? '')}</figure>
<p>The article goes on.</p><script>${WP_EMBED}</script></body></html>`);
      },
    },
  });
  return { app, host };
});

test('every section has an oEmbed response in each language that frames its own embed page', async () => {
  const all = await responses();
  const previews = (await readdir(`${DIST}share`)).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '.json'));
  // One per preview page, and the week's, in each language.
  assert.deepEqual(all.filter((r) => r.id).map((r) => r.file.replace('oembed/', '')).sort(), previews.sort());
  assert.equal(all.length, previews.length + 2);
  const embedHtml = {
    en: await readFile(`${DIST}embed/index.html`, 'utf8'),
    th: await readFile(`${DIST}th/embed/index.html`, 'utf8'),
  };
  for (const { file, lang, id, json } of all) {
    assert.deepEqual(Object.keys(json).sort(), ['height', 'html', 'provider_name', 'provider_url', 'thumbnail_height', 'thumbnail_url', 'thumbnail_width', 'title', 'type', 'version', 'width'], file);
    assert.equal(json.version, '1.0', file);
    assert.equal(json.type, 'rich', file);
    for (const key of ['title', 'provider_name']) assert.ok(typeof json[key] === 'string' && json[key].trim(), `${file}: ${key}`);
    assert.ok(Number.isInteger(json.width) && json.width > 0, file);
    assert.ok(Number.isInteger(json.height) && json.height >= 200 && json.height <= 1000, file);
    assert.equal(json.provider_url, `${SITE}${lang === 'th' ? 'th/' : ''}`, file);
    const frame = iframeAttributes(json.html);
    const page = `${SITE}${lang === 'th' ? 'th/' : ''}embed/`;
    assert.equal(frame.src, id ? `${page}#${id}` : page, file);
    assert.equal(frame.width, String(json.width), file);
    assert.equal(frame.height, String(json.height), file);
    assert.equal(frame.loading, 'lazy', file);
    assert.ok(frame.title.includes(json.provider_name), `${file}: the frame's title names the week`);
    if (lang === 'th') assert.match(json.title, /[\u0E00-\u0E7F]/, `${file} is in Thai`);
    // The section is on the embed page it frames, in the prerendered markup already.
    if (id) assert.ok(embedHtml[lang].includes(`id="${id}"`), `${file}: #${id} is on ${lang} embed/`);
  }
});

test('unfurl.js finds each page\'s oEmbed response and returns its HTML', async () => {
  // The consumer fetches the page, reads its discovery link, fetches the response: the
  // links are absolute (AELW_SITE_URL), so this server stands in for the deployed site.
  const fetchSite = (url) => fetch(served(url));
  const pages = [
    ['', WEEK.en], ['th/', WEEK.th], ['embed/', WEEK.en], ['th/embed/', WEEK.th],
    ...(await readdir(`${DIST}share`)).filter((f) => f.endsWith('.html')).map((f) => [`share/${f}`, `oembed/${f.replace(/\.html$/, '.json')}`]),
  ];
  assert.ok(pages.length > 100);
  for (const [path, file] of pages) {
    const expected = JSON.parse(await readFile(`${DIST}${file}`, 'utf8'));
    const found = await unfurl(`${t.app.origin}/${path}`, { fetch: fetchSite });
    assert.equal(found.oEmbed?.type, 'rich', path);
    // unfurl.js hands the HTML on with its character references decoded.
    assert.equal(found.oEmbed.html, decoded(expected.html), path);
    assert.equal(found.oEmbed.title, expected.title, path);
  }
});

/** Opens a WordPress post embedding `file`'s response; returns the page, frame and problems. */
async function openPost(file, secret, viewport = { width: 760, height: 900 }) {
  const context = await t.browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(`${t.host.origin}/post.html?file=${encodeURIComponent(file)}&secret=${secret}`);
  const frameEl = page.locator('iframe.wp-embedded-content');
  const frame = await (await frameEl.elementHandle()).contentFrame();
  await frame.waitForSelector('html.app-ready', { state: 'attached', timeout: 30_000 });
  return { context, page, frameEl, frame, problems };
}

/**
 * Waits until the frame's height attribute is its content's height (±16 px), as far as
 * WordPress's limits allow (200–1000 px; a taller content scrolls inside the frame).
 * Returns the content's height.
 */
async function assertFollows(page, frameEl, frame, label) {
  let last;
  for (let i = 0; i < 60; i++) {
    const outer = Number(await frameEl.getAttribute('height'));
    const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
    last = { outer, inner };
    if (Math.abs(outer - Math.min(1000, Math.max(200, inner))) <= 16) return inner;
    await frames(page, 6);
  }
  assert.fail(`${label}: frame ${last.outer}px vs content ${last.inner}px`);
}

test('a sandboxed WordPress embed shows the deep-linked day and its height follows the content', async () => {
  const secret = 'Ab3dE5gH9k';
  const day = 'day-2022-11-16';
  const { context, page, frameEl, frame, problems } = await openPost(`oembed/${day}.json`, secret);
  try {
    assert.equal(await frameEl.getAttribute('sandbox'), 'allow-scripts');
    assert.equal(await frame.evaluate(() => origin), 'null', 'an opaque origin');
    // The app started, styled, on the day the link names, with no notice about the link.
    assert.ok(await frame.evaluate(() => !document.documentElement.classList.contains('app-failed')));
    assert.ok(await frame.locator(`#${day}`).isVisible());
    assert.equal(await frame.locator('#day-2022-11-17').isVisible(), false, 'one day at a time');
    assert.equal(await frame.locator('.link-notice:not(.is-empty)').count(), 0, 'the secret is no section');
    assert.notEqual(await frame.evaluate(() => getComputedStyle(document.body).marginTop), '8px', 'the stylesheets applied');
    // The secret is kept for the messages, not in the address.
    assert.equal(await frame.evaluate(() => location.hash), `#${day}`);

    const closed = await assertFollows(page, frameEl, frame, 'after load');
    // Opening an event makes the content taller, and the frame follows.
    await frame.locator('[id="special-holidays"] > summary').click();
    const opened = await assertFollows(page, frameEl, frame, 'after opening an event');
    assert.ok(closed > 200 && opened < 1000, `${closed}px and ${opened}px are inside WordPress's limits`);
    assert.ok(opened > closed + 100, `opened ${opened}px > closed ${closed}px`);
    await page.screenshot({ path: `${OUTPUT}wordpress-embed.png`, fullPage: true });
    // Past WordPress's 1,000 px the frame stops there and its content scrolls: nothing
    // is cut off.
    await frame.locator('[id="ceo-summit"] > summary').click();
    const taller = await assertFollows(page, frameEl, frame, 'with two events open');
    assert.ok(taller > 1000, `${taller}px`);
    assert.equal(await frameEl.getAttribute('height'), '1000');
    assert.ok(await frame.evaluate(() => document.scrollingElement.scrollHeight > innerHeight + 100), 'the frame scrolls');

    // Copy link: the clipboard is refused in the sandbox, so the selectable field shows
    // the section's link, which carries no secret.
    await frame.locator(`#${day} .share button`, { hasText: 'Copy link' }).first().click();
    const field = frame.locator('.copy-fallback input');
    await field.waitFor();
    assert.equal(await field.inputValue(), `${t.app.origin}/share/${day}.html`);

    const heights = await page.evaluate(() => window.received.filter((m) => m && m.message === 'height'));
    assert.ok(heights.length >= 3, 'a height message on load and after each event opened');
    for (const m of heights) assert.equal(m.secret, secret);
    assert.deepEqual(problems, []);

    // "Open full view" cannot open a new window in the sandbox: WordPress opens the
    // standalone app at the section in place of the post instead.
    await frame.getByRole('link', { name: 'Open full view' }).click();
    await page.waitForURL(`${t.app.origin}/#${day}`);
    await page.waitForSelector('html.app-ready', { state: 'attached', timeout: 30_000 });
    assert.ok(await page.locator(`#${day}`).isVisible());
  } finally {
    await context.close();
  }
});

test('the WordPress height message goes out only to a host that gave a secret', async () => {
  for (const [secret, expected] of [['', 0], ['abc%20def', 0], ['Zz9', 1]]) {
    const { context, page, frameEl, frame, problems } = await openPost(WEEK.th, secret, { width: 400, height: 800 });
    try {
      // Every host still hears its height in the other formats (AMP, Pym.js, our own).
      await page.waitForFunction(() => window.received.some((m) => m && m.type === 'aelw:resize'));
      const wordpress = await page.evaluate(() => window.received.filter((m) => m && m.message === 'height'));
      if (expected) {
        assert.ok(wordpress.length >= 1, secret);
        for (const m of wordpress) assert.deepEqual(Object.keys(m).sort(), ['message', 'secret', 'value']);
        assert.ok(wordpress.every((m) => m.secret === secret));
        await assertFollows(page, frameEl, frame, 'Thai week');
      } else {
        assert.deepEqual(wordpress, [], `no WordPress message for secret ${JSON.stringify(secret)}`);
      }
      // The Thai week, whatever the tail of its address.
      assert.equal(await frame.evaluate(() => document.documentElement.lang), 'th');
      assert.equal(await frame.locator('.link-notice:not(.is-empty)').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});
