// Launching Debian's Chromium through playwright-core, with the flags that work offline
// and as root on these machines (never Playwright's own downloaded browsers).
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/**
 * The built site the tests read: dist/, or `AELW_DIST` where `make test-release` built an
 * editor's release apart (target/dist-release/), so that dist/ stays the record's site.
 */
export const DIST = process.env.AELW_DIST
  ? `${resolve(process.env.AELW_DIST)}/`
  : fileURLToPath(new URL('../../dist/', import.meta.url));

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * Opens `url` in a fresh context (with `init` run first in each document) and records what a reader would never want to see:
 * console errors, uncaught exceptions, failed or non-2xx requests, and requests that
 * leave the app's origin.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 800 }, waitForApp = true, init, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  // `init`: a function run in every document before its own scripts.
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // An old-style link's page is left for the right one before it has loaded: the
    // redirect in index.html (tested in pages.test.mjs), not a failure.
    const redirected = r.isNavigationRequest() && r.frame() === page.mainFrame()
      && r.failure()?.errorText === 'net::ERR_ABORTED';
    if (!redirected) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) problems.push(`third-party request: ${r.url()}`);
  });
  await page.goto(url);
  // The prerendered week is there at once; wait until the app has taken it over.
  if (waitForApp) await page.waitForSelector('html.app-ready', { state: 'attached', timeout: 30_000 });
  return { context, page, problems };
}

/** Runs `body(page, context)` on a fresh page at `url`, then checks nothing went wrong. */
export async function withPage(browser, url, body, options = {}) {
  const { context, page, problems } = await openPage(browser, url, options);
  try {
    await body(page, context);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

/**
 * Registers the usual test-file setup: `root` served by `serve(root, options)` and one
 * browser, both closed at the end. Returns an object whose `server` and `browser` are
 * set once the suite starts.
 */
export function suite(root, options = {}) {
  const ctx = {};
  before(async () => {
    ctx.server = await serve(root, options);
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/**
 * Registers the setup of an embedding test: the app and a host page served on two
 * different origins, and one browser, all closed at the end. `start()` serves both and
 * resolves to { app, host } (each from `serve`). Returns an object whose `app`, `host`
 * and `browser` are set once the suite starts.
 */
export function twoOrigins(start) {
  const ctx = {};
  before(async () => {
    Object.assign(ctx, await start());
    assert.notEqual(ctx.app.origin, ctx.host.origin);
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.app?.close();
    await ctx.host?.close();
  });
  return ctx;
}

/**
 * Positive signals to wait for instead of a fixed sleep: each resolves once something has
 * happened, never after a guessed time.
 */

/** Resolves after `n` rendered frames of `target` (a page or a frame). */
export function frames(target, n = 2) {
  return target.evaluate((n) => new Promise((done) => {
    const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : done());
    next(n);
  }), n);
}

/**
 * Resolves after every task the page had queued (the app's `next_task` work, which is a
 * 0 ms timer) has run: a timer queued now runs after them, as timers run in order.
 */
export function nextTask(page) {
  return page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
}

/**
 * Sets `open` on every `<details>` matching `selector` in one task, and resolves once
 * each has dispatched its `toggle` event (so the app's listeners have run) and the task
 * after them has run too.
 */
export function setOpen(page, selector, open) {
  return page.evaluate(([selector, open]) => new Promise((done) => {
    const all = [...document.querySelectorAll(selector)].filter((d) => d.open !== open);
    if (!all.length) { done(); return; }
    let left = all.length;
    const seen = () => { if (--left === 0) { document.removeEventListener('toggle', seen, true); setTimeout(done, 0); } };
    document.addEventListener('toggle', seen, true);
    all.forEach((d) => { d.open = open; });
  }), [selector, open]);
}
