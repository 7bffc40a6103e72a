// Hard to break: the release build under a strict Content Security Policy sent as an
// HTTP header, the week without JavaScript, without WebAssembly or with a broken .wasm,
// and a panic inside the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtPolicy, serve } from './server.mjs';
import { suite, openPage } from './browser.mjs';

import { DIST } from './browser.mjs';
// The same app built with the test hooks (`make build-hooks`).
const HOOKS = fileURLToPath(new URL('../../target/dist-hooks/', import.meta.url));
const data = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));
const indexHtml = await readFile(`${DIST}index.html`, 'utf8');
// The policy under test is the one the build ships, so the two cannot drift apart.
const POLICY = builtPolicy(DIST);
// One inline script, the redirect of old-style links to their page (pages.test.mjs), is
// allowed by its hash alone: if its text changes, the hash in the policy must follow.
const inline = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const HASH = `'sha256-${createHash('sha256').update(inline[0] ?? '').digest('base64')}'`;
const REQUIRED = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${HASH}; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'`;

const t = suite(DIST, { headers: { 'Content-Security-Policy': POLICY ?? '' } });

test('the built page carries the strict policy and nothing it would block', async () => {
  assert.equal(inline.length, 1, 'one inline script');
  assert.equal(POLICY, REQUIRED);
  // Every page carries the same policy.
  for (const folder of ['th/', 'embed/', 'th/embed/']) {
    assert.equal(builtPolicy(`${DIST}${folder}`), REQUIRED, folder);
  }
  // The example headers for static hosts ship the same policy and the other headers.
  const headers = await readFile(`${DIST}_headers`, 'utf8');
  assert.equal(headers.match(/^  Content-Security-Policy: (.+)$/m)?.[1], REQUIRED);
  assert.match(headers, /^  X-Content-Type-Options: nosniff$/m);
  assert.match(headers, /^  Referrer-Policy: strict-origin-when-cross-origin$/m);
  assert.match(headers, /^  Permissions-Policy: clipboard-write=\(self\), web-share=\(self\), camera=\(\)/m);
  const scripts = [...indexHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => attrs !== '');
  assert.ok(scripts.length >= 1);
  for (const [, attrs, body] of scripts) {
    assert.equal(body.trim(), '', 'no inline script');
    assert.match(attrs, /\bsrc=/);
    assert.match(attrs, /\bintegrity="sha384-/);
  }
  // The app's own files carry hashes too (boot.js enforces them), and are not preloaded,
  // so they never compete with the prerendered week.
  const hashed = [...indexHtml.matchAll(/<meta name="app-integrity" data-href="([^"]+)" content="sha384-[^"]+">/g)];
  assert.deepEqual(hashed.map((m) => m[1].replace(/-[0-9a-f]+/, '')).sort(), ['./aelw.js', './aelw_bg.wasm']);
  // The JS glue ships minified, and its hash is the minified file's (the browser checks
  // it: a stale one would stop the app on every page).
  const [, glue, hash] = indexHtml.match(/<meta name="app-integrity" data-href="([^"]+\.js)" content="([^"]+)">/);
  const js = await readFile(`${DIST}${glue.slice(2)}`);
  assert.equal(`sha384-${createHash('sha384').update(js).digest('base64')}`, hash);
  assert.ok(!/\/\*\*|\n {4}/.test(js.toString()), 'no doc comments or indentation left');
  assert.ok(!/rel="(module)?preload"/.test(indexHtml), 'no preload link');
  assert.ok(!/\sstyle=/.test(indexHtml), 'no inline style attribute');
  assert.ok(!/<style/.test(indexHtml), 'no <style> element');
  assert.ok(!/\son[a-z]+=/.test(indexHtml), 'no inline event handler');
});

test('under the policy as an HTTP header the app runs with no violation', async () => {
  const context = await t.browser.newContext({ reducedMotion: 'reduce' });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.server.origin });
  const problems = [];
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    const response = await page.goto(`${t.server.origin}/?track=leaders#priority-open`);
    assert.equal(response.headers()['content-security-policy'], REQUIRED);
    await page.waitForSelector('html.app-ready', { state: 'attached' });
    // Exercise what the app does: open a section, filter, search, copy a link.
    await page.waitForFunction(() => document.activeElement?.id === 'priority-open-heading');
    // The filter panel opens by itself on a filtered link.
    await page.getByRole('checkbox', { name: 'Business', exact: true }).check();
    await page.getByLabel('Search titles, summaries and outcomes').fill('dialogue');
    await page.locator('#abac-dialogue > summary').click();
    await page.getByRole('button', { name: /^Copy link to APEC Leaders' dialogue/ }).click();
    await page.locator('#abac-dialogue .share-status', { hasText: 'Link copied' }).waitFor();
    await page.evaluate(() => { location.hash = '#day-2022-11-19'; });
    await page.waitForFunction(() => document.activeElement?.id === 'day-2022-11-19-heading');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/** Checks that the whole week is readable and the dead controls are gone. */
async function assertWeekReadable(page) {
  assert.equal(await page.locator('section.day').count(), data.days.length);
  assert.equal(await page.locator('details.event').count(), data.events.length);
  assert.equal(await page.locator('article.card').count(), 3);
  assert.equal(await page.locator('h1').innerText(), data.week.title.en);
  assert.equal(await page.locator('.share:visible, .filters:visible').count(), 0, 'no dead buttons');
}

test('without JavaScript the prerendered week is there, with working section links', async () => {
  const context = await t.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${t.server.origin}/#royal-audience`);
    await assertWeekReadable(page);
    // Scrolling is smooth, so give it a moment to land.
    const landed = async () => Math.abs(await page.locator('#royal-audience').evaluate((el) => el.getBoundingClientRect().top)) < 40;
    for (let i = 0; i < 50 && !(await landed()); i++) await page.waitForTimeout(100);
    assert.ok(await landed(), 'the fragment scrolls to the event without the app');
  } finally {
    await context.close();
  }
});

const appFailures = {
  'blocked': (route) => route.abort('blockedbyclient'),
  'missing (404)': (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
  'corrupted': async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 1] ^= 0xff;
    await route.fulfill({ response, body });
  },
};

const appFiles = { '.wasm': /\.wasm$/, 'JS glue': /\/aelw-[0-9a-f]+\.js$/ };
for (const [file, pattern] of Object.entries(appFiles)) for (const [name, handler] of Object.entries(appFailures)) {
  test(`with the ${file} ${name}, the week stays readable and a note says why`, async () => {
    const context = await t.browser.newContext();
    try {
      await context.route(pattern, handler);
      const page = await context.newPage();
      await page.goto(`${t.server.origin}/`);
      const note = page.locator('[data-problem="no-wasm"]');
      await note.waitFor({ state: 'visible', timeout: 15_000 });
      assert.match(await note.innerText(), /could not start the interactive timeline/);
      assert.equal(await page.locator('[data-problem="crash"]').isVisible(), false);
      await assertWeekReadable(page);
    } finally {
      await context.close();
    }
  });
}

test('without WebAssembly in the browser, the week stays readable and a note says why', async () => {
  const context = await t.browser.newContext();
  try {
    await context.addInitScript(() => { delete globalThis.WebAssembly; });
    const page = await context.newPage();
    await page.goto(`${t.server.origin}/`);
    await page.locator('[data-problem="no-wasm"]').waitFor({ state: 'visible' });
    await assertWeekReadable(page);
  } finally {
    await context.close();
  }
});

test('a panic inside the app leaves the week on screen and says so', async () => {
  // The release build has no way to panic on purpose: its JS glue exports no test hook
  // and boot.js exposes no bindings. The tests' build (`make build-hooks`) has both.
  const glue = (await readdir(DIST)).find((f) => /^aelw-[0-9a-f]+\.js$/.test(f));
  assert.ok(glue, 'the JS glue is in dist/');
  assert.ok(!(await readFile(`${DIST}${glue}`, 'utf8')).includes('debug_panic'), 'no debug_panic in the release glue');
  const hooks = await serve(HOOKS, { headers: { 'Content-Security-Policy': POLICY ?? '' } });
  const { context, page, problems } = await openPage(t.browser, `${hooks.origin}/`);
  try {
    assert.equal(await page.evaluate(() => typeof window.wasmBindings?.debug_panic), 'function');
    await page.evaluate(() => { try { window.wasmBindings.debug_panic(); } catch { /* the trap */ } });
    await page.locator('[data-problem="crash"]').waitFor({ state: 'visible' });
    assert.equal(await page.locator('details.event').count(), data.events.length);
    assert.ok(problems.some((p) => p.includes('debug_panic was called')), 'the panic is logged');
  } finally {
    await context.close();
    await hooks.close();
  }
  // The release build never exposes its bindings.
  const { context: plain, page: released } = await openPage(t.browser, `${t.server.origin}/`);
  try {
    assert.equal(await released.evaluate(() => typeof window.wasmBindings), 'undefined');
  } finally {
    await plain.close();
  }
});

test('preview pages need no script, style or remote resource', async () => {
  const files = (await readdir(`${DIST}share`)).filter((f) => f.endsWith('.html'));
  assert.ok(files.length > 30);
  for (const file of files) {
    const html = await readFile(`${DIST}share/${file}`, 'utf8');
    assert.ok(!/<script|<style|\sstyle=|\son[a-z]+=/i.test(html), file);
  }
});
