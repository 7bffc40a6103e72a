// `make bench`: a benchmark, not a test. Measures the release build in dist/ against
// TimelineJS rendering the same week, and writes target/bench/report.json plus a
// readable table. Timings on these machines are noisy, so every timing is a median (and
// p95) over several runs.
//
// Everything is served by one local static server with gzip, from target/bench/site/:
// a copy of dist/, and under timelinejs/ TimelineJS 3 showing the same events,
// converted from our data file here (titles, summaries and outcomes in English, the
// start time where the data has one, the first track as the group).
//
// Figures:
// - first load of each of the four pages (`./`, `th/`, `embed/`, `th/embed/`) and of
//   the TimelineJS page: every file requested until the network is idle, raw, gzip -9
//   and brotli (q 11), and the number of requests;
// - Lighthouse (mobile, simulated throttling), median of 3 runs for each of the five:
//   the four category scores, LCP, TBT and CLS; and ours / TimelineJS for bytes, LCP
//   and TBT;
// - in headless Chromium, 20 runs each: first contentful paint of the English page; the
//   time to the Thai page's first paint from an old-style `?lang=th` link (through the
//   redirect) and from `th/` directly; and the scripting time (Chrome's ScriptDuration)
//   of a language switch and of a filter change;
// - the language switch at full speed and with the CPU slowed 4× (bench/switch.mjs):
//   click to second frame, the CPU time to the first frame, and the work by kind.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from './e2e/server.mjs';
import { launch, CHROMIUM } from './e2e/browser.mjs';
import { measureSwitch, table as switchTable } from './bench/switch.mjs';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = `${ROOT}dist/`;
const OUT = `${ROOT}target/bench/`;
const TOOLS = `${OUT}node_modules/`;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sum = (files, key) => files.reduce((n, f) => n + f[key], 0);

const PAGES = ['', 'th/', 'embed/', 'th/embed/'];
const SITE = `${OUT}site/`;
const TLJS = 'timelinejs/';

const escapeHtml = (t) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The served site: dist/ and TimelineJS with the same week under timelinejs/. */
async function buildSite() {
  await rm(SITE, { recursive: true, force: true });
  await cp(DIST, SITE, { recursive: true });
  await cp(`${TOOLS}@knight-lab/timelinejs/dist/`, `${SITE}${TLJS}tl/`, { recursive: true });
  const data = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));
  const week = {
    title: { text: { headline: escapeHtml(data.week.title.en), text: `<p>${escapeHtml(data.week.summary.en)}</p>` } },
    events: data.events.map((e) => {
      const [year, month, day] = e.date.split('-').map(Number);
      const [hour, minute] = (e.start ?? '').split(':').map(Number);
      const outcomes = (e.outcomes ?? []).map((o) => `<li>${escapeHtml(o.en)}</li>`).join('');
      return {
        start_date: e.start ? { year, month, day, hour, minute } : { year, month, day },
        text: { headline: escapeHtml(e.title.en), text: `<p>${escapeHtml(e.summary.en)}</p><ul>${outcomes}</ul>` },
        group: e.tracks[0],
        unique_id: e.id,
      };
    }),
  };
  await writeFile(`${SITE}${TLJS}week.json`, JSON.stringify(week));
  await writeFile(`${SITE}${TLJS}init.js`, "window.timeline = new TL.Timeline('timeline-embed', 'week.json');\n");
  await writeFile(`${SITE}${TLJS}index.html`, `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.week.title.en)} (TimelineJS)</title>
<meta name="description" content="The same week in TimelineJS, for the benchmark.">
<link rel="stylesheet" href="tl/css/timeline.css"></head>
<body><div id="timeline-embed" style="width: 100%; height: 650px"></div>
<script src="tl/js/timeline.js"></script><script src="init.js"></script></body></html>
`);
  return data.events.length;
}

/** Every file `url` requests until the network is idle, with its sizes. */
async function firstLoad(browser, url, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = [];
  page.on('requestfinished', (r) => urls.push(r.url()));
  await page.goto(url);
  await page.waitForSelector(ready, { state: 'attached', timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  // A file requested twice would count once in bytes and twice in requests.
  const files = [];
  for (const path of new Set(urls.map((u) => new URL(u).pathname.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html')))) {
    const f = { file: path, ...sizes(await readFile(`${SITE}${path}`)) };
    // Fonts are already compressed; a server would not compress them again.
    if (/\.woff2?$/.test(path)) { f.gzip = f.raw; f.brotli = f.raw; }
    files.push(f);
  }
  return { files, requests: urls.length, raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') };
}

async function lighthouse(url, name) {
  const flags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage';
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const path = `${OUT}lighthouse-${name}-${i}.json`;
    await run(process.execPath, [`${TOOLS}lighthouse/cli/index.js`, url, `--chrome-path=${CHROMIUM}`,
      `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json', `--output-path=${path}`, '--quiet'], { maxBuffer: 1 << 26 });
    const r = JSON.parse(await readFile(path, 'utf8'));
    runs.push({
      performance: r.categories.performance.score * 100,
      accessibility: r.categories.accessibility.score * 100,
      bestPractices: r.categories['best-practices'].score * 100,
      seo: r.categories.seo.score * 100,
      lcpMs: r.audits['largest-contentful-paint'].numericValue,
      tbtMs: r.audits['total-blocking-time'].numericValue,
      cls: r.audits['cumulative-layout-shift'].numericValue,
      failing: Object.values(r.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
    });
  }
  const keys = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls'];
  return { runs: runs.length, median: Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])), failingAudits: [...new Set(runs.flatMap((r) => r.failing))] };
}

async function timings(browser, origin) {
  const paint = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.waitForSelector('html.app-ready', { state: 'attached' });
    paint.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await context.close();
  }
  // Wall-clock time from asking for a link to the Thai page's first paint.
  const thaiPaint = async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const asked = Date.now();
    await page.goto(`${origin}/${path}`);
    await page.waitForSelector('html.app-ready', { state: 'attached' });
    const painted = await page.evaluate(() => performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await context.close();
    return painted - asked;
  };
  const viaRedirect = [];
  const direct = [];
  for (let i = 0; i < RUNS; i++) {
    viaRedirect.push(await thaiPaint('?lang=th'));
    direct.push(await thaiPaint('th/'));
  }
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector('html.app-ready', { state: 'attached' });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const scripting = async (action) => {
    const before = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
    await action();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const after = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
    return (after - before) * 1000;
  };
  const language = [];
  const filter = [];
  await page.locator('summary', { hasText: 'Find events' }).click();
  for (let i = 0; i < RUNS; i++) {
    filter.push(await scripting(() => page.locator('#filter-track-ministers').click()));
  }
  for (let i = 0; i < RUNS; i++) {
    language.push(await scripting(() => page.locator('.lang-switch').first().click()));
  }
  await context.close();
  const stats = (xs) => ({ median: median(xs), p95: p95(xs), runs: xs.length });
  return {
    firstContentfulPaintMs: stats(paint),
    thaiFirstPaintFromLangThLinkMs: stats(viaRedirect),
    thaiFirstPaintFromThPageMs: stats(direct),
    languageSwitchScriptingMs: stats(language),
    filterChangeScriptingMs: stats(filter),
  };
}

await mkdir(OUT, { recursive: true });
const eventCount = await buildSite();
const server = await serve(SITE, { compress: true });
const browser = await launch();
let report;
try {
  const pages = {};
  for (const path of PAGES) {
    const url = `${server.origin}/${path}`;
    pages[`/${path}`] = { firstLoad: await firstLoad(browser, url, 'html.app-ready'), lighthouse: await lighthouse(url, path.replace(/\/$/, '').replaceAll('/', '-') || 'en') };
  }
  const tlUrl = `${server.origin}/${TLJS}`;
  const version = JSON.parse(await readFile(`${TOOLS}@knight-lab/timelinejs/package.json`, 'utf8')).version;
  const timelineJs = { version, events: eventCount, firstLoad: await firstLoad(browser, tlUrl, '.tl-slide'), lighthouse: await lighthouse(tlUrl, 'timelinejs') };
  const t = await timings(browser, server.origin);
  const languageSwitch = {};
  for (const rate of [1, 4]) languageSwitch[`${rate}x`] = await measureSwitch(browser, server.origin, { rate });
  const ratios = Object.fromEntries(Object.entries(pages).map(([path, p]) => [path, {
    gzipBytes: p.firstLoad.gzip / timelineJs.firstLoad.gzip,
    lcp: p.lighthouse.median.lcpMs / timelineJs.lighthouse.median.lcpMs,
    tbt: p.lighthouse.median.tbtMs / Math.max(timelineJs.lighthouse.median.tbtMs, 1),
  }]));
  const all = (test) => Object.values(pages).every(test);
  report = {
    date: new Date().toISOString(),
    pages,
    timelineJs,
    ratios,
    timings: t,
    languageSwitch,
    goals: {
      'first load ≤ 200 KB gzip, each page': all((p) => p.firstLoad.gzip <= 200 * 1024),
      'Lighthouse performance ≥ 98, each page': all((p) => p.lighthouse.median.performance >= 98),
      'TBT ≤ 150 ms, each page': all((p) => p.lighthouse.median.tbtMs <= 150),
      'CLS 0, each page': all((p) => p.lighthouse.median.cls === 0),
      'Lighthouse accessibility, best practices, SEO 100, each page': all((p) => ['accessibility', 'bestPractices', 'seo'].every((k) => p.lighthouse.median[k] === 100)),
      'language switch < 16 ms scripting (p95)': t.languageSwitchScriptingMs.p95 < 16,
      'filter change < 16 ms scripting (p95)': t.filterChangeScriptingMs.p95 < 16,
      'language switch, click to second frame ≤ 20 ms (median)': languageSwitch['1x'].clickToFrame.median <= 20,
      'language switch at 4× CPU slowdown, click to second frame ≤ 100 ms (median)': languageSwitch['4x'].clickToFrame.median <= 100,
    },
  };
} finally {
  await browser.close();
  await server.close();
}
await writeFile(`${OUT}report.json`, JSON.stringify(report, null, 2));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const named = [...Object.entries(report.pages), [`TimelineJS ${report.timelineJs.version}, same ${report.timelineJs.events} events`, report.timelineJs]];
const lines = [
  '## First load and Lighthouse (mobile, median of 3)', '',
  row(['Page', 'Requests', 'Raw', 'gzip -9', 'brotli', 'Perf.', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS']),
  row(['---', ...Array(11).fill('---:')]),
  ...named.map(([name, p]) => row([name, p.firstLoad.requests, kb(p.firstLoad.raw), kb(p.firstLoad.gzip), kb(p.firstLoad.brotli),
    p.lighthouse.median.performance, p.lighthouse.median.accessibility, p.lighthouse.median.bestPractices, p.lighthouse.median.seo,
    `${Math.round(p.lighthouse.median.lcpMs)} ms`, `${Math.round(p.lighthouse.median.tbtMs)} ms`, p.lighthouse.median.cls.toFixed(3)])),
  '', '## Ours / TimelineJS', '', row(['Page', 'gzip bytes', 'LCP', 'TBT']), row(['---', '---:', '---:', '---:']),
  ...Object.entries(report.ratios).map(([name, r]) => row([name, r.gzipBytes.toFixed(2), r.lcp.toFixed(2), r.tbt.toFixed(2)])),
  '', "## Files of the English page's first load", '', row(['File', 'Raw', 'gzip -9', 'brotli']), row(['---', '---:', '---:', '---:']),
  ...report.pages['/'].firstLoad.files.map((f) => row([f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)])),
  '', `Failing binary audits: ${[...new Set(named.flatMap(([, p]) => p.lighthouse.failingAudits))].join(', ') || 'none'}`,
  '', `## Headless Chromium, ${RUNS} runs`, '', row(['Measure', 'Median', 'p95']), row(['---', '---:', '---:']),
  ...Object.entries(report.timings).map(([k, v]) => row([k, `${v.median.toFixed(1)} ms`, `${v.p95.toFixed(1)} ms`])),
  '', '## Language switch', '',
  switchTable(Object.entries(report.languageSwitch).map(([rate, sw]) => ({ name: 'dist/', rate: Number.parseInt(rate, 10), s: sw }))),
  '', '## Goals (reported, not enforced)', '',
  ...Object.entries(report.goals).map(([k, v]) => `- ${v ? 'met' : 'MISSED'}: ${k}`),
  '', `Full report: target/bench/report.json`,
];
const table = lines.join('\n');
await writeFile(`${OUT}report.md`, `${table}\n`);
console.log(table);
