// `make bench`: a benchmark, not a test. Measures the release build in dist/ against
// TimelineJS and writes target/bench/report.json plus a readable table. Timings on these
// machines are noisy, so every timing is a median (and p95) over several runs.
//
// Figures:
// - first load: every file the default view requests, raw, gzip -9 and brotli (q 11),
//   and the number of requests; TimelineJS's first load (timeline.js, timeline.css, the
//   en locale, the default font CSS and the icon font) measured the same way;
// - Lighthouse (mobile, simulated throttling) median of 3 runs: the four category scores,
//   LCP, TBT and CLS;
// - in headless Chromium, 20 runs each: navigation to the first paint of the week's
//   content (first contentful paint; the content is prerendered), and the scripting time
//   (Chrome's ScriptDuration) of a language switch and of a filter change.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from './e2e/server.mjs';
import { launch, CHROMIUM } from './e2e/browser.mjs';

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

async function firstLoad(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = [];
  page.on('requestfinished', (r) => urls.push(r.url()));
  await page.goto(`${origin}/`);
  await page.waitForSelector('html.app-ready', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  await context.close();
  // A file requested twice would count once in bytes and twice in requests.
  const files = [];
  for (const path of new Set(urls.map((u) => new URL(u).pathname.replace(/^\//, '') || 'index.html'))) {
    files.push({ file: path, ...sizes(await readFile(`${DIST}${path}`)) });
  }
  return { files, requests: urls.length, raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') };
}

async function timelineJs() {
  const base = `${TOOLS}@knight-lab/timelinejs/dist/`;
  const names = ['js/timeline.js', 'css/timeline.css', 'js/locale/en.json', 'css/fonts/font.default.css', 'css/icons/tl-icons.woff2'];
  const files = [];
  for (const name of names) files.push({ file: name, ...sizes(await readFile(`${base}${name}`)) });
  // The icon font is already compressed; a server would not compress it again.
  for (const f of files) if (f.file.endsWith('.woff2')) { f.gzip = f.raw; f.brotli = f.raw; }
  const version = JSON.parse(await readFile(`${TOOLS}@knight-lab/timelinejs/package.json`, 'utf8')).version;
  return { version, files, requests: files.length, raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') };
}

async function lighthouse(origin) {
  const flags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage';
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const path = `${OUT}lighthouse-${i}.json`;
    await run(process.execPath, [`${TOOLS}lighthouse/cli/index.js`, `${origin}/`, `--chrome-path=${CHROMIUM}`,
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
  return { firstContentfulPaintMs: stats(paint), languageSwitchScriptingMs: stats(language), filterChangeScriptingMs: stats(filter) };
}

await mkdir(OUT, { recursive: true });
const server = await serve(DIST, { compress: true });
const browser = await launch();
let report;
try {
  const ours = await firstLoad(browser, server.origin);
  const theirs = await timelineJs();
  const lh = await lighthouse(server.origin);
  const t = await timings(browser, server.origin);
  report = {
    date: new Date().toISOString(),
    firstLoad: ours,
    timelineJs: theirs,
    ratio: { raw: ours.raw / theirs.raw, gzip: ours.gzip / theirs.gzip, brotli: ours.brotli / theirs.brotli },
    lighthouse: lh,
    timings: t,
    goals: {
      'first load ≤ 80 KB gzip': ours.gzip <= 80 * 1024,
      'Lighthouse performance ≥ 98': lh.median.performance >= 98,
      'Lighthouse accessibility 100': lh.median.accessibility === 100,
      'Lighthouse best practices 100': lh.median.bestPractices === 100,
      'Lighthouse SEO 100': lh.median.seo === 100,
      'LCP ≤ 1.2 s': lh.median.lcpMs <= 1200,
      'CLS 0': lh.median.cls === 0,
      'language switch < 16 ms scripting (p95)': t.languageSwitchScriptingMs.p95 < 16,
      'filter change < 16 ms scripting (p95)': t.filterChangeScriptingMs.p95 < 16,
    },
  };
} finally {
  await browser.close();
  await server.close();
}
await writeFile(`${OUT}report.json`, JSON.stringify(report, null, 2));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const lines = [
  '## First load', '', row(['File', 'Raw', 'gzip -9', 'brotli']), row(['---', '---:', '---:', '---:']),
  ...report.firstLoad.files.map((f) => row([f.file, kb(f.raw), kb(f.gzip), kb(f.brotli)])),
  row([`**Leaders' Week, ${report.firstLoad.requests} requests**`, kb(report.firstLoad.raw), kb(report.firstLoad.gzip), kb(report.firstLoad.brotli)]),
  row([`**TimelineJS ${report.timelineJs.version}, ${report.timelineJs.requests} requests, no data**`, kb(report.timelineJs.raw), kb(report.timelineJs.gzip), kb(report.timelineJs.brotli)]),
  row(['ours / theirs', report.ratio.raw.toFixed(2), report.ratio.gzip.toFixed(2), report.ratio.brotli.toFixed(2)]),
  '', `## Lighthouse, mobile, median of ${report.lighthouse.runs}`, '',
  row(['Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS']), row(['---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  row([report.lighthouse.median.performance, report.lighthouse.median.accessibility, report.lighthouse.median.bestPractices,
    report.lighthouse.median.seo, `${Math.round(report.lighthouse.median.lcpMs)} ms`, `${Math.round(report.lighthouse.median.tbtMs)} ms`,
    report.lighthouse.median.cls.toFixed(3)]),
  `Failing binary audits: ${report.lighthouse.failingAudits.join(', ') || 'none'}`,
  '', `## Headless Chromium, ${RUNS} runs`, '', row(['Measure', 'Median', 'p95']), row(['---', '---:', '---:']),
  ...Object.entries(report.timings).map(([k, v]) => row([k, `${v.median.toFixed(1)} ms`, `${v.p95.toFixed(1)} ms`])),
  '', '## Goals (reported, not enforced)', '',
  ...Object.entries(report.goals).map(([k, v]) => `- ${v ? 'met' : 'MISSED'}: ${k}`),
  '', `Full report: target/bench/report.json`,
];
const table = lines.join('\n');
await writeFile(`${OUT}report.md`, `${table}\n`);
console.log(table);
